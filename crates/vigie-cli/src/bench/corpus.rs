//! A generator of French and English crisis news, for benchmarks.
//!
//! Sentences are built from templates written for vigie, with slots filled from small
//! lists of actors, places, dates and numbers. The templates carry the traps the text
//! layer must handle (elisions, guillemets with non-breaking spaces, spaced numbers,
//! abbreviations, acronyms in parentheses, dashes), and each document holds one pull
//! quote, so the generator knows how many sentences and repeats there are.

/// A generated corpus and the answers it holds.
pub struct Corpus {
    /// The documents.
    pub documents: Vec<String>,
    /// What each document must yield, in the order of `documents`.
    pub answers: Vec<Answer>,
    /// How many sentences they hold, headlines included.
    pub sentences: usize,
    /// How many sentences are pull quotes of another sentence.
    pub repeats: usize,
}

/// What one generated document must yield.
#[derive(Default)]
pub struct Answer {
    /// The code of each actor phrase inserted, pull quote excepted.
    pub actors: Vec<&'static str>,
    /// The TIMEX3 value of each full date inserted, pull quote excepted.
    pub dates: Vec<String>,
}

/// Actor phrases and the code the recogniser must give them.
const FR_ACTORS: &[(&str, &str)] = &[
    ("le gouvernement malien", "MLIGOV"),
    ("l’armée algérienne", "DZAMIL"),
    ("les autorités nigériennes", "NERGOV"),
    ("le ministère burkinabè de la Défense", "BFAMIL"),
    ("la Cedeao", "ECOWAS"),
    ("l’Union africaine", "AU"),
    ("les Forces armées maliennes (Fama)", "MLIMIL"),
    ("M. Attaf", "DZAGOV"),
    ("le président ghanéen", "GHAGOV"),
];
const FR_PLACES: &[&str] = &[
    "Bamako",
    "Alger",
    "Niamey",
    "Kidal",
    "Tinzawatène",
    "Tombouctou",
    "Gao",
    "Ménaka",
];
/// Months and their numbers.
const FR_MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("septembre", 9),
    ("novembre", 11),
];
const FR_TEMPLATES: &[&str] = &[
    "Le {d} {m} {y}, {a} a annoncé l’ouverture d’une enquête après l’incident survenu près de {p}.",
    "Selon {a}, plus de {n} personnes ont quitté la région de {p} depuis le début de l’année.",
    "{A} a dénoncé un «\u{a0}acte d’hostilité\u{a0}» et a rappelé son ambassadeur à {p}.",
    "Dans un communiqué, {a} affirme qu’il n’a «\u{a0}jamais franchi la frontière\u{a0}».",
    "M. Diop a rencontré Mme Traoré à {p} – une première depuis des mois – pour évoquer la crise.",
    "Les deux pays, qui partagent {n} kilomètres de frontière, n’ont plus d’ambassadeur depuis {m}.",
    "Le Dr Maïga, médecin à {p}, décrit des blessés arrivés «\u{a0}par dizaines\u{a0}».",
    "{A} aurait, d’après des sources locales, déployé des renforts jusqu’à {p}.",
    "Pourquoi {a} a-t-il choisi de se retirer du Comité d’état-major opérationnel conjoint (Cemoc)\u{a0}?",
    "La rencontre prévue à {p}, etc. n’a finalement pas eu lieu.",
];
const EN_ACTORS: &[(&str, &str)] = &[
    ("Mali's government", "MLIGOV"),
    ("the Algerian army", "DZAMIL"),
    ("Niger's foreign ministry", "NERGOV"),
    ("the African Union", "AU"),
    ("ECOWAS", "ECOWAS"),
    ("Mr. Attaf", "DZAGOV"),
    ("the U.N.", "UN"),
];
const EN_PLACES: &[&str] = &[
    "Bamako",
    "Algiers",
    "Niamey",
    "Kidal",
    "Gao",
    "Timbuktu",
    "Maiduguri",
];
const EN_MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("March", 3),
    ("April", 4),
    ("June", 6),
    ("September", 9),
    ("November", 11),
];
const EN_TEMPLATES: &[&str] = &[
    "On {d} {m} {y}, {a} said it had opened an investigation into the incident near {p}.",
    "According to {a}, more than {n} people have fled the area around {p} this year.",
    "{A} condemned what it called \"an act of hostility\" and recalled its ambassador from {p}.",
    "Dr. Keita, a surgeon in {p}, said the wounded arrived \"by the dozen.\"",
    "{A} reportedly sent reinforcements to {p} at 5 a.m. on Sunday.",
    "The two countries, which share a border of {n} km, have had no ambassadors since {m}.",
    "Why did {a} leave the joint military staff committee?",
    "Talks planned in {p} – the first in months – did not take place.",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One generated sentence and what it must yield.
struct Generated {
    text: String,
    actor: Option<&'static str>,
    date: Option<String>,
}

fn sentence(rng: &mut Rng, french: bool) -> Generated {
    let (templates, actors, places, months) = if french {
        (FR_TEMPLATES, FR_ACTORS, FR_PLACES, FR_MONTHS)
    } else {
        (EN_TEMPLATES, EN_ACTORS, EN_PLACES, EN_MONTHS)
    };
    let template = *rng.pick(templates);
    let &(actor, code) = rng.pick(actors);
    let &(month, month_number) = rng.pick(months);
    let day = 1 + rng.next() % 28;
    let year = 2019 + rng.next() % 7;
    let place = *rng.pick(places);
    let n = 1_000 + rng.next() % 20_000;
    let number = if french {
        format!("{}\u{a0}{:03}", n / 1000, n % 1000)
    } else {
        format!("{},{:03}", n / 1000, n % 1000)
    };
    let text = template
        .replace("{A}", &capitalise(actor))
        .replace("{a}", actor)
        .replace("{p}", place)
        .replace("{m}", month)
        .replace("{d}", &day.to_string())
        .replace("{y}", &year.to_string())
        .replace("{n}", &number);
    Generated {
        actor: (template.contains("{a}") || template.contains("{A}")).then_some(code),
        date: template
            .contains("{y}")
            .then(|| format!("{year}-{month_number:02}-{day:02}")),
        text,
    }
}

/// Generates documents until they reach `bytes` in all.
pub fn generate(bytes: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed.max(1));
    let mut corpus = Corpus {
        documents: Vec::new(),
        answers: Vec::new(),
        sentences: 0,
        repeats: 0,
    };
    let mut total = 0;
    while total < bytes {
        let french = !rng.next().is_multiple_of(3);
        let mut doc = String::with_capacity(5_000);
        let mut answer = Answer::default();
        let headline = if french {
            "Crise au Sahel\u{a0}: nouvelles tensions à la frontière"
        } else {
            "Sahel crisis: new tensions on the border"
        };
        doc.push_str(headline);
        doc.push_str("\n\n");
        corpus.sentences += 1;
        let mut quotable = String::new();
        // sentences are distinct within a document, so the only repeat is the pull quote
        let mut seen = std::collections::HashSet::new();
        for paragraph in 0..6 {
            for k in 0..5 {
                if k > 0 {
                    doc.push(' ');
                }
                let mut s = sentence(&mut rng, french);
                while !seen.insert(s.text.clone()) {
                    s = sentence(&mut rng, french);
                }
                if paragraph == 1 && k == 0 {
                    quotable = s.text.clone();
                }
                doc.push_str(&s.text);
                answer.actors.extend(s.actor);
                answer.dates.extend(s.date);
                corpus.sentences += 1;
            }
            doc.push_str("\n\n");
            if paragraph == 3 {
                doc.push_str(&quotable);
                doc.push_str("\n\n");
                corpus.sentences += 1;
                corpus.repeats += 1;
            }
        }
        total += doc.len();
        corpus.documents.push(doc);
        corpus.answers.push(answer);
    }
    corpus
}

/// `count` short documents (a headline and one paragraph of five sentences), each
/// distinct, for the ingest benchmark.
pub fn short_documents(count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed.max(1));
    (0..count)
        .map(|i| {
            let french = !rng.next().is_multiple_of(3);
            let mut doc = String::from(if french {
                "Crise au Sahel\u{a0}: nouvelles tensions à la frontière\n\n"
            } else {
                "Sahel crisis: new tensions on the border\n\n"
            });
            for k in 0..5 {
                if k > 0 {
                    doc.push(' ');
                }
                doc.push_str(&sentence(&mut rng, french).text);
            }
            doc.push_str(&if french {
                format!("\n\nDépêche numéro {i}.\n")
            } else {
                format!("\n\nDispatch number {i}.\n")
            });
            doc
        })
        .collect()
}
