//! Our own evaluation sets (`eval/` at the repository root), scored as `vigie eval`
//! scores them.
//!
//! - `eval/`: the floor on F1 is the coder issue's target (0.8; 0.804 when it was set,
//!   0.802 in the fourth session); the floor on precision guards against regressions.
//! - `eval/heldout/` and the blind test halves: floors a little under the figures of
//!   the session that set them (held-out F1 0.782 in the fourth; blind test halves
//!   F1 0.449, 0.398 and 0.298 in the eleventh, 0.449, 0.436 and 0.309 in the
//!   twelfth), so that a regression on text the rules were not written from fails.
//!   The first blind test half's floor went from 0.43 to 0.41 in the seventeenth
//!   session, when the actor dictionaries learned the world's armed groups: that set
//!   was written when the M23, RED-Tabara and the ADF had no key, and its README says
//!   their acts were left uncoded or keyed otherwise (the ADF as `IS`), so naming them
//!   costs it (0.472 → 0.430 at the end of that session) while the two later halves, which key such groups as
//!   their country, gained (0.434 → 0.458, 0.320 → 0.359).

use std::path::{Path, PathBuf};

use vigie_coder::eval::{score, GoldEvent, Score};
use vigie_coder::Pipeline;

/// Codes `eval/<dir>/docs` and scores it against `eval/<dir>/gold.events.jsonl`, with
/// the number of documents and gold events.
fn score_set(dir: &str) -> (Score, usize, usize) {
    let root: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../eval")
        .join(dir);
    let gold: Vec<GoldEvent> = std::fs::read_to_string(root.join("gold.events.jsonl"))
        .expect("gold.events.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line"))
        .collect();
    let pipeline =
        Pipeline::new(vigie_lexicon::Lexicon::bundled().expect("actors")).expect("pipeline");
    let mut coded = Vec::new();
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs")
        .map(|e| e.expect("entry").path())
        .collect();
    docs.sort();
    for path in &docs {
        let id = path.file_stem().and_then(|s| s.to_str()).expect("doc id");
        let text = std::fs::read_to_string(path).expect("document");
        coded.extend(pipeline.run(id, &text, None, None).events);
    }
    let s = score(&gold, &coded);
    eprintln!(
        "eval/{dir}: recall core {:.3}, recall {:.3}, precision {:.3}, F1 {:.3}, negatives as fact {}",
        s.recall_core(),
        s.recall(),
        s.precision(),
        s.f1(),
        s.negatives_as_fact.len()
    );
    (s, docs.len(), gold.len())
}

#[test]
fn own_evaluation_set_stays_above_its_floors() {
    let (s, docs, gold) = score_set("");
    assert!(docs >= 40 && gold >= 150, "the set shrank");
    assert!(s.f1() >= 0.8, "F1 {:.3}", s.f1());
    assert!(s.precision() >= 0.85, "precision {:.3}", s.precision());
    assert!(s.negatives_as_fact.is_empty(), "negatives coded as fact");
}

#[test]
fn held_out_and_blind_sets_do_not_regress() {
    let (s, docs, _) = score_set("heldout");
    assert_eq!(docs, 10, "the held-out set changed");
    assert!(s.f1() >= 0.75, "held-out F1 {:.3}", s.f1());
    assert!(
        s.negatives_as_fact.is_empty(),
        "held-out negatives coded as fact"
    );
    let (s, docs, _) = score_set("blind/test");
    assert_eq!(docs, 10, "the blind test half changed");
    assert!(s.f1() >= 0.41, "blind test F1 {:.3}", s.f1());
    assert!(
        s.negatives_as_fact.len() <= 2,
        "blind test: {} negatives coded as fact",
        s.negatives_as_fact.len()
    );
    for (dir, docs, floor, negatives) in
        [("blind2/test", 15, 0.42, 3), ("blind3/test", 12, 0.29, 0)]
    {
        let (s, n, _) = score_set(dir);
        assert_eq!(n, docs, "{dir} changed");
        assert!(s.f1() >= floor, "{dir} F1 {:.3}", s.f1());
        assert!(
            s.negatives_as_fact.len() <= negatives,
            "{dir}: {} negatives coded as fact",
            s.negatives_as_fact.len()
        );
    }
}
