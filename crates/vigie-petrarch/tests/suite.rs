//! PETRARCH's own unit-test suite and the published Phoenix dictionaries, from
//! `../shared/petrarch` (PETRARCH-2's files, MIT). Skipped, saying why, where that folder
//! is absent: the files are other people's and are never copied into the repository.

use std::path::PathBuf;

use vigie_petrarch::records::{self, Suite, Summary};
use vigie_petrarch::{Coder, Dictionaries};

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    if dir.join("PETR.UnitTest.records.xml").exists() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: ../shared/petrarch (PETRARCH-2's dictionaries and unit tests) is absent"
        );
        None
    }
}

/// The floors of issue 17: at least 70% of the records exact, no category under 40%,
/// and every record that expects no event codes nothing.
#[test]
fn unit_test_records_hold_their_floors() {
    let Some(dir) = shared() else { return };
    let suite = Suite::read(&dir.join("PETR.UnitTest.records.xml")).unwrap();
    assert!(suite.records.len() > 250, "{} records", suite.records.len());
    let coder = Coder::new(suite.load_dictionaries().unwrap());
    let outcomes = records::run(&suite, &coder);
    let summary = Summary::of(&outcomes);
    let share = summary.exact_share();
    assert!(share >= 0.70, "{share:.3} of the records exact");
    let (weakest, low) = summary.weakest().unwrap();
    assert!(low >= 0.40, "category {weakest} at {low:.3}");
    assert_eq!(
        summary.no_events.0, summary.no_events.1,
        "records that expect no event coded some"
    );
    eprintln!(
        "PETRARCH unit tests: {:.3} exact ({} of {}), weakest {weakest} {low:.3}",
        share, summary.total.0, summary.total.1
    );
}

/// The published dictionaries load, with every line that breaks the format named by
/// file and line rather than stopping the load.
#[test]
fn phoenix_dictionaries_load_with_their_bad_lines_named() {
    let Some(dir) = shared() else { return };
    let d = Dictionaries::load(&dir).unwrap();
    assert!(d.verbs.pattern_count() > 4000, "{}", d.summary());
    assert!(d.actors.actors.len() > 20_000, "{}", d.summary());
    assert!(d.agents.agents.len() > 1000, "{}", d.summary());
    assert!(
        d.files
            .iter()
            .all(|f| !f.to_string_lossy().contains("PETR.Validate")),
        "the unit-test dictionaries are not part of a folder's load"
    );
    assert!(d.problems.len() < 50, "{} lines skipped", d.problems.len());
    for p in &d.problems {
        let text = p.to_string();
        let (file, rest) = text.split_once(".txt:").unwrap();
        assert!(file.contains("Phoenix") || file.contains("CAMEO"), "{text}");
        assert!(
            rest.split(':').next().unwrap().parse::<usize>().is_ok(),
            "{text}"
        );
    }
}
