//! Loading dictionaries: invalid files fail with file and line, user folders add and
//! override entries, and the bundled dictionaries load fast enough to build per run.

use std::path::PathBuf;
use std::time::Instant;

use vigie_lexicon::{Lexicon, LexiconBuilder};

const MALI: &str = "[country MLI]\nname.fr = le Mali\nexample = Le Mali. => MLI\n";

/// Builds a lexicon from the Mali entry plus `text` as `user.txt`, returning the error.
fn error_of(text: &str) -> String {
    let mut builder = LexiconBuilder::new();
    let result = builder
        .add_layer([("base.txt", MALI), ("user.txt", text)])
        .and_then(|b| b.build());
    match result {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn invalid_dictionaries_name_file_and_line() {
    let cases = [
        (
            "[actor X]\nname = x\n",
            "user.txt:1: unknown entry kind `actor`",
        ),
        (
            "[org AU]\nname = UA\nrole = IGO\ncolour = red\n",
            "user.txt:4: field `colour` is not allowed",
        ),
        (
            "[org AU]\nname = UA\nrole = BOSS\nexample = x => AU\n",
            "user.txt:3: unknown role `BOSS`",
        ),
        (
            "[org AU]\nname = UA\nrole = IGO\nmembers = MLI Niger\n",
            "user.txt:4: `Niger` is not an ISO alpha-3",
        ),
        (
            "[org AU]\nname = UA\nrole = IGO\nmembers = MLI NER\nexample = UA. => AU\n",
            "user.txt:4: country `NER` is not defined",
        ),
        (
            "[person x]\nname = X\nterm = 2020 MLI GOV\n",
            "user.txt:3: term must start with `FROM..TO`",
        ),
        (
            "[person x]\nname = X\nterm = 2020..2019 MLI GOV\n",
            "user.txt:3: term ends before it starts",
        ),
        (
            "[person x]\nname = X\norg = NOPE\nterm = 2020.. MLI GOV\nexample = X. => MLIGOV\n",
            "user.txt:3: organisation `NOPE` is not defined",
        ),
        (
            "[role armee]\nname = armée\nexample = L’armée. => MIL\n",
            "user.txt:1: role entry `armee` has no `role` field",
        ),
        (
            "[org AU]\nname = UA\nrole = IGO\n",
            "user.txt:1: org entry `AU` has no `example` field",
        ),
        (
            "[org AU]\nname = UA\nrole = IGO\nexample = UA\n",
            "user.txt:4: example must be `sentence => CODES`",
        ),
        (
            "[org AU]\nname = UA\nrole = IGO\nexample = @2020-13-01 UA. => AU\n",
            "user.txt:4: invalid example date",
        ),
        (
            "[org au]\nname = UA\n",
            "user.txt:1: organisation key `au` must be uppercase",
        ),
        (
            "[country Mali]\nname = Mali\n",
            "user.txt:1: country id `Mali` is not an ISO alpha-3 code",
        ),
        (
            "[org AU]\nname.de = AU\n",
            "user.txt:2: unknown language `de`",
        ),
        (
            "name = x\n",
            "user.txt:1: field `name` before any `[kind ID]` header",
        ),
        (
            "[country MLI]\nname = Mali\nexample = Mali. => MLI\n",
            "user.txt:1: duplicate entry `country MLI`, first defined at base.txt:1",
        ),
    ];
    for (text, expected) in cases {
        let error = error_of(text);
        assert!(
            error.starts_with(expected),
            "\n  got:      {error}\n  expected: {expected}"
        );
    }
}

/// A scratch folder under the system temporary directory, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("vigie-lexicon-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create scratch folder");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn codes(lexicon: &Lexicon, text: &str) -> Vec<String> {
    let tokens = vigie_text::tokenize(text);
    lexicon
        .recognize(text, &tokens, &[], None)
        .into_iter()
        .map(|m| if m.resolved { m.code } else { "?".to_string() })
        .collect()
}

#[test]
fn a_user_folder_adds_an_actor_and_overrides_another() {
    let scratch = Scratch::new("user");
    std::fs::write(
        scratch.0.join("local.txt"),
        "# a local armed group the bundled files lack\n\
         [group MPG]\n\
         name.fr = le MPG | le Mouvement pour la paix du Gourma\n\
         role = UAF\n\
         example = Le MPG a attaqué. => MPG\n\
         \n\
         # Wagner coded as a Russian state proxy, with a nickname\n\
         [group WAGNER]\n\
         name = Wagner | le groupe Wagner | les musiciens\n\
         country = RUS\n\
         role = PMC\n\
         example = Les musiciens sont arrivés. => RUSPMC\n",
    )
    .expect("write user dictionary");
    std::fs::write(scratch.0.join("notes.md"), "not a dictionary").expect("write note");

    let bundled = Lexicon::bundled().expect("bundled dictionaries are valid");
    let sentence = "Le Mouvement pour la paix du Gourma a combattu le groupe Wagner, que les musiciens ont rejoint.";
    assert_eq!(codes(&bundled, sentence), ["?", "WAGNER"]);

    let mut builder = Lexicon::builder();
    builder
        .add_bundled()
        .expect("bundled")
        .add_dir(&scratch.0)
        .expect("user folder");
    let lexicon = builder.build().expect("valid");
    assert_eq!(codes(&lexicon, sentence), ["MPG", "RUSPMC", "RUSPMC"]);
    // The override replaced the entry: its location is the user file.
    let wagner = lexicon
        .entries()
        .iter()
        .find(|e| e.id == "WAGNER")
        .expect("wagner");
    assert!(wagner.file.ends_with("local.txt"), "{}", wagner.file);
    assert_eq!(lexicon.entries().len(), bundled.entries().len() + 1);
    // The user examples run like the bundled ones.
    for example in lexicon
        .examples()
        .filter(|e| e.location.contains("local.txt"))
    {
        let tokens = vigie_text::tokenize(&example.text);
        let found: Vec<String> = lexicon
            .recognize(&example.text, &tokens, &[], None)
            .into_iter()
            .map(|m| m.code)
            .collect();
        assert_eq!(found, example.expected, "{}", example.location);
    }
}

#[test]
fn a_user_folder_with_a_mistake_names_its_path_and_line() {
    let scratch = Scratch::new("broken");
    std::fs::write(
        scratch.0.join("broken.txt"),
        "[group X1]\nname = X1\nrole = REBELS\n",
    )
    .expect("write");
    let mut builder = Lexicon::builder();
    let error = builder
        .add_bundled()
        .expect("bundled")
        .add_dir(&scratch.0)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("broken.txt:3: unknown role `REBELS`"),
        "{error}"
    );
    let missing = Lexicon::builder()
        .add_dir(&scratch.0.join("absent"))
        .unwrap_err()
        .to_string();
    assert!(missing.starts_with("cannot read "), "{missing}");
}

#[test]
fn bundled_dictionaries_load_quickly() {
    let start = Instant::now();
    let lexicon = Lexicon::bundled().expect("bundled dictionaries are valid");
    let elapsed = start.elapsed();
    let count = |kind: &str| {
        lexicon
            .entries()
            .iter()
            .filter(|e| e.kind.as_str() == kind)
            .count()
    };
    eprintln!(
        "bundled lexicon: {} entries ({} countries, {} organisations, {} groups, {} people, {} roles, {} ignore), {} phrase nodes, loaded in {:.1} ms",
        lexicon.entries().len(),
        count("country"),
        count("org"),
        count("group"),
        count("person"),
        count("role"),
        count("ignore"),
        lexicon.phrase_nodes(),
        elapsed.as_secs_f64() * 1000.0
    );
    assert!(count("country") >= 195);
}

#[test]
fn no_bundled_phrase_names_two_entries() {
    let lexicon = Lexicon::bundled().expect("bundled dictionaries are valid");
    assert!(
        lexicon.conflicts().is_empty(),
        "\n{}",
        lexicon.conflicts().join("\n")
    );
}
