//! Throughput check, ignored by default (run it on a release build:
//! `cargo test --release -p vigie-time --test throughput -- --ignored --nocapture`).
//! Builds about 20 MB of running text from the suite's sentences and times one core
//! over it; asserts the expressions counted, so the timing is of a right answer.

mod common;

use std::time::Instant;

use vigie_core::Lang;
use vigie_time::{Anchor, TimeRecognizer};

#[test]
#[ignore = "timing: run on a release build"]
fn throughput_on_running_text() {
    let data = include_str!("data/cases.tsv");
    let mut paragraph = String::new();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        if let Some(sentence) = line.split('\t').nth(2) {
            paragraph.push_str(sentence);
            paragraph.push(' ');
        }
    }
    paragraph.push('\n');
    let rec = TimeRecognizer::new();
    let sentences = common::split(&paragraph, Lang::Fr);
    let once = rec
        .recognize(&paragraph, &sentences, Anchor::parse("2025-04-16"))
        .timexes
        .len();
    let copies = 20_000_000 / paragraph.len() + 1;
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..copies {
        found += rec
            .recognize(&paragraph, &sentences, Anchor::parse("2025-04-16"))
            .timexes
            .len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (copies * paragraph.len()) as f64 / 1e6;
    eprintln!(
        "{mb:.1} MB in {secs:.2} s: {:.1} MB/s, {found} expressions",
        mb / secs
    );
    assert_eq!(found, once * copies);
}

#[test]
#[ignore = "timing: run on a release build"]
fn throughput_on_the_seed_article() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/seed/000_bf518f87ea28b154.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let rec = TimeRecognizer::new();
    let sentences = common::split(&text, Lang::Fr);
    let once = rec.recognize(&text, &sentences, None).timexes.len();
    let copies = 20_000_000 / text.len() + 1;
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..copies {
        found += rec.recognize(&text, &sentences, None).timexes.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (copies * text.len()) as f64 / 1e6;
    eprintln!(
        "seed: {mb:.1} MB in {secs:.2} s: {:.1} MB/s, {found} expressions",
        mb / secs
    );
    assert_eq!(found, once * copies);
}
