//! Language identification: French, English, or neither.
//!
//! Function words decide: each sentence counts its French and English ones. A
//! sentence with a clear majority of its own keeps it; a short or mixed sentence (a
//! headline, a quote) takes its paragraph's language, and a paragraph without a
//! verdict takes the document's. A paragraph with many words and almost no French or
//! English function words is handed to `whatlang`, and is [`Lang::Other`] unless it
//! says French or English. Counting words we already folded is far cheaper than
//! running a statistical model on every sentence, and more reliable on short ones.

use std::sync::OnceLock;

use vigie_core::Lang;

use crate::hash::{hash_word, HashKeyed};

/// French and English function-word counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Votes {
    pub fr: u32,
    pub en: u32,
    pub other: u32,
    pub words: u32,
}

impl Votes {
    /// Counts one folded word.
    #[cfg(test)]
    pub fn add(&mut self, folded: &str) {
        self.add_hashed(hash_word(folded));
    }

    /// Counts one word, given the [`hash_word`] of its folded form.
    pub fn add_hashed(&mut self, hash: u64) {
        self.words += 1;
        match function_words().get(&hash).copied() {
            Some(Lang::Fr) => self.fr += 1,
            Some(Lang::En) => self.en += 1,
            Some(Lang::Other) => self.other += 1,
            None => {}
        }
    }

    /// Adds another count to this one.
    pub fn merge(&mut self, other: Votes) {
        self.fr += other.fr;
        self.en += other.en;
        self.other += other.other;
        self.words += other.words;
    }

    /// The language these counts clearly show, if any.
    pub fn verdict(self) -> Option<Lang> {
        let (win, lose, lang) = if self.fr >= self.en {
            (self.fr, self.en, Lang::Fr)
        } else {
            (self.en, self.fr, Lang::En)
        };
        let clear = (win >= 2 && lose == 0) || (win >= 3 && win >= 2 * lose);
        clear.then_some(lang)
    }

    /// The language of the only side that has any vote, however weak.
    pub fn lean(self) -> Option<Lang> {
        match (self.fr, self.en) {
            (0, 0) => None,
            (_, 0) => Some(Lang::Fr),
            (0, _) => Some(Lang::En),
            _ => None,
        }
    }

    /// More function words of other languages than of French and English, or too few
    /// of either for a text this long: probably another language.
    /// A headline with no function word of any language (`Russian troops killed
    /// Ukrainian civilians`) is not foreign for that: it has nothing to count.
    pub fn looks_foreign(self) -> bool {
        let headline = self.fr + self.en + self.other == 0 && self.words < HEADLINE_WORDS;
        self.words >= 5
            && !headline
            && (self.other > self.fr + self.en || (self.fr + self.en) * 15 < self.words)
    }
}

/// Whether `whatlang` agrees that `text` is French or English.
pub(crate) fn detect_other(text: &str) -> Lang {
    let sample = match text.char_indices().nth(2000) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    match whatlang::detect_lang(sample) {
        Some(whatlang::Lang::Fra) => Lang::Fr,
        Some(whatlang::Lang::Eng) => Lang::En,
        _ => Lang::Other,
    }
}

/// The language of a text with no function word to count (a headline: `Russian forces
/// shelled Kharkiv`): French when it writes French accents, else `whatlang`'s choice
/// between French and English when it is sure of it, else English. No function word
/// of another language was seen, so no other language is a candidate.
pub(crate) fn guess_short(text: &str) -> Lang {
    if text.contains(['é', 'è', 'ê', 'à', 'ç', 'ù', 'û', 'ô', 'î']) {
        return Lang::Fr;
    }
    // nothing says it is another language: only French and English are candidates
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    match detector.detect(text) {
        Some(info) if info.is_reliable() && info.lang() == whatlang::Lang::Fra => Lang::Fr,
        _ => Lang::En,
    }
}

/// A paragraph of fewer words with no function word of any language is a headline.
const HEADLINE_WORDS: u32 = 16;

/// Folded function words of French. Words common to French and English (`a`, `on`)
/// or to French and Spanish (`y`) are left out.
const FRENCH: &[&str] = &[
    "le", "la", "les", "l'", "des", "du", "d'", "et", "un", "une", "est", "au", "aux", "qui",
    "qu'", "dans", "pour", "par", "sur", "avec", "ne", "pas", "se", "s'", "son", "sa", "ses",
    "leur", "leurs", "ils", "elle", "elles", "ce", "cette", "ces", "ont", "ete", "sont", "mais",
    "ou", "selon", "entre", "depuis", "apres", "avant", "contre", "sous", "vers", "lors", "avait",
    "etait", "n'", "c'", "j'", "nous", "vous", "aussi", "tres", "deux", "trois", "ainsi", "dont",
    "sans", "fait", "plus", "comme", "tout", "tous", "toute", "toutes", "cet", "mes", "nos", "vos",
    "lui", "a-t-il", "-t-il", "-il", "-elle", "en", "de",
];

/// Folded function words of English.
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "is", "was", "were", "are", "has", "have", "had", "that", "which",
    "who", "with", "for", "by", "from", "at", "it", "its", "his", "her", "their", "they", "he",
    "she", "this", "these", "those", "an", "be", "been", "not", "but", "or", "after", "before",
    "against", "said", "would", "will", "into", "over", "also", "than", "'s", "n't", "we", "our",
    "says", "would've", "since", "two", "three", "there", "what", "when", "while", "between",
    "about", "under", "out", "up", "in", "as",
];

/// Frequent function words of German, Spanish, Italian and Portuguese that are not
/// French or English words.
const OTHERS: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "zu", "auf", "sich",
    "ein", "eine", "wird", "el", "los", "las", "del", "por", "con", "una", "es", "su", "lo", "di",
    "che", "della", "per", "non", "sono", "gli", "nel", "uma", "os", "do", "da", "em", "nao",
    "com",
];

/// Function-word hashes and their language, built once.
fn function_words() -> &'static HashKeyed<Lang> {
    static TABLE: OnceLock<HashKeyed<Lang>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashKeyed::default();
        for (words, lang) in [
            (FRENCH, Lang::Fr),
            (ENGLISH, Lang::En),
            (OTHERS, Lang::Other),
        ] {
            for w in words {
                table.insert(hash_word(w), lang);
            }
        }
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(s: &str) -> Votes {
        let mut v = Votes::default();
        for w in s.split_whitespace() {
            v.add(&crate::fold(w));
        }
        v
    }

    #[test]
    fn function_words_decide_between_french_and_english() {
        assert_eq!(
            votes("Le Mali rappelle son ambassadeur").verdict(),
            Some(Lang::Fr)
        );
        assert_eq!(
            votes("Mali recalls its ambassador from Algiers").verdict(),
            Some(Lang::En)
        );
        assert_eq!(votes("Mali recalls ambassador").verdict(), None);
        assert_eq!(
            votes("The army said it had shot down the drone").verdict(),
            Some(Lang::En)
        );
        assert_eq!(votes("Bamako, Alger").verdict(), None);
    }

    #[test]
    fn a_short_text_without_function_words_gets_a_language() {
        assert_eq!(guess_short("Russian forces shelled Kharkiv."), Lang::En);
        assert_eq!(
            guess_short("Bamako expulse trois diplomates français"),
            Lang::Fr
        );
        let headline = crate::analyze("Russian forces shelled Kharkiv.");
        assert_eq!(headline.sentences[0].lang, Lang::En);
        // five words and more with no function word are a headline too, not foreign
        let longer = crate::analyze("Russian troops killed Ukrainian civilians.");
        assert_eq!(longer.sentences[0].lang, Lang::En);
        let french = crate::analyze("Bamako expulse trois diplomates français");
        assert_eq!(french.sentences[0].lang, Lang::Fr);
    }

    #[test]
    fn long_text_without_function_words_looks_foreign() {
        let german =
            "Die Regierung hat am Montag neue Sanktionen gegen das Nachbarland beschlossen";
        assert!(votes(german).looks_foreign());
        assert_eq!(detect_other(german), Lang::Other);
        assert!(
            !votes("Le gouvernement a annoncé de nouvelles sanctions contre le pays voisin")
                .looks_foreign()
        );
    }
}
