//! A bounded, deterministic fuzz of the readers the markup fuzz
//! (`crates/vigie-ingest/tests/markup_fuzz.rs`) does not cover: JSON Lines documents,
//! actor dictionaries, event patterns, PETRARCH dictionaries, and the whole pipeline
//! (`Pipeline::run`) on news text.
//!
//! Each target starts from its seed corpus in `fuzz/corpus/<target>/` (files written
//! for vigie) and mutates it with a fixed-seed xorshift generator: bytes flipped,
//! multibyte characters and markup inserted, ranges cut, copied or spliced from another
//! seed, the end truncated. Every input must be read without a panic, and:
//! - an error names its file (and line, where the format has lines);
//! - the pipeline's events point at spans that lie inside the text on character
//!   boundaries.
//!
//! `VIGIE_FUZZ_ITERATIONS` sets the inputs per target (default 150, a few seconds in a
//! debug build); a longer run: `VIGIE_FUZZ_ITERATIONS=20000 cargo test --release -p
//! vigie-cli --test fuzz_readers`. A failing input is written to
//! `target/fuzz-failures/` and its path printed, so that it can become a seed.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use vigie_ingest::{records, Format};

/// Fixed-seed xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Pieces worth inserting: multibyte characters, markup and format punctuation.
const PIECES: &[&str] = &[
    "é",
    "’",
    "«",
    "»",
    "—",
    "🙂",
    "\u{feff}",
    "\u{0}",
    "\r\n",
    "\n\n",
    "\t",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\\",
    ":",
    "=",
    "|",
    "~",
    "*",
    "_",
    "+",
    "-",
    "--- X [190] ---",
    "[person x]",
    "term = ..",
    "..",
    "<",
    ">",
    "&",
    "null",
    "1e999",
    "-0",
    "\u{202e}",
    "\u{fffd}",
];

fn mutate(seed: &[u8], other: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let piece = PIECES[rng.below(PIECES.len())].as_bytes();
                out.splice(at..at, piece.iter().copied());
            }
            2 => {
                let end = (at + rng.below(40)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(200)).min(out.len());
                let copy: Vec<u8> = out[at..end].to_vec();
                let to = rng.below(out.len() + 1);
                out.splice(to..to, copy);
            }
            4 if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + rng.below(300)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn iterations() -> usize {
    std::env::var("VIGIE_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let path = e.expect("directory entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("seed file"))
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seeds in {}", dir.display());
    out
}

/// Runs `check` on every seed and on `iterations()` mutants of them; a panic or a
/// failed check saves the input and fails the test, naming it.
fn fuzz(target: &str, seed: u64, check: impl Fn(&str, &[u8]) -> Result<(), String>) {
    let corpus = seeds(target);
    let mut rng = Rng(seed);
    let mut inputs: Vec<(String, Vec<u8>)> = corpus.clone();
    for _ in 0..iterations() {
        let (name, bytes) = &corpus[rng.below(corpus.len())];
        let other = &corpus[rng.below(corpus.len())].1;
        inputs.push((name.clone(), mutate(bytes, other, &mut rng)));
    }
    for (k, (name, bytes)) in inputs.iter().enumerate() {
        let outcome = catch_unwind(AssertUnwindSafe(|| check(name, bytes)));
        let failure = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(message)) => message,
            Err(_) => "panicked".to_string(),
        };
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
        std::fs::create_dir_all(&dir).expect("failure folder");
        let saved = dir.join(format!("{target}-{k}-{name}"));
        std::fs::write(&saved, bytes).expect("failure file");
        panic!(
            "{target}: input {k} (from {name}) failed: {failure}; saved as {}",
            saved.display()
        );
    }
}

#[test]
fn json_lines_documents_never_panic_and_errors_name_file_and_line() {
    fuzz("jsonl", 0x6a73_6f6e, |name, bytes| {
        let text = String::from_utf8_lossy(bytes);
        let path = Path::new(name);
        for r in records(path, Format::JsonLines, &text) {
            if let Err(e) = r {
                let (file, line) = e.origin.rsplit_once(':').ok_or("origin without line")?;
                if file != name || line.parse::<usize>().is_err() {
                    return Err(format!("error origin {:?}", e.origin));
                }
            }
        }
        Ok(())
    });
}

#[test]
fn actor_dictionaries_never_panic_and_errors_name_the_file() {
    fuzz("actors", 0x6163_746f, |name, bytes| {
        let text = String::from_utf8_lossy(bytes);
        let mut builder = vigie_lexicon::LexiconBuilder::new();
        let built = builder
            .add_layer([(name, text.as_ref())])
            .and_then(|b| b.build());
        match built {
            Err(e) if !e.to_string().contains(name) => Err(format!("error names no file: {e}")),
            _ => Ok(()),
        }
    });
}

#[test]
fn event_patterns_never_panic_and_errors_name_file_and_line() {
    fuzz("patterns", 0x7061_7474, |name, bytes| {
        let text = String::from_utf8_lossy(bytes);
        match vigie_coder::pattern::parse_file(name, &text) {
            Err(e) if !e.to_string().starts_with(&format!("{name}:")) => {
                Err(format!("error names no file: {e}"))
            }
            _ => Ok(()),
        }
    });
}

#[test]
fn petrarch_dictionaries_never_panic_and_problems_name_file_and_line() {
    fuzz("petrarch", 0x7065_7472, |name, bytes| {
        use vigie_petrarch::read::Source;
        let path = Path::new(name);
        let source = match Source::from_bytes(path, bytes) {
            Ok(s) => s,
            Err(e) if e.to_string().starts_with(&format!("{name}:")) => return Ok(()),
            Err(e) => return Err(format!("error names no file: {e}")),
        };
        let mut d = vigie_petrarch::Dictionaries::default();
        let problems: Vec<_> = if name.starts_with("verbs") {
            d.verbs.read(&source)
        } else if name.starts_with("actors") {
            d.actors.read(&source)
        } else {
            d.agents.read(&source)
        };
        match problems
            .iter()
            .find(|p| !p.to_string().starts_with(&format!("{name}:")))
        {
            Some(p) => Err(format!("problem names no file: {p}")),
            None => Ok(()),
        }
    });
}

#[test]
fn the_pipeline_codes_mangled_news_within_the_text() {
    let pipeline =
        vigie_coder::Pipeline::new(vigie_lexicon::Lexicon::bundled().expect("bundled actors"))
            .expect("pipeline");
    fuzz("pipeline", 0x7069_7065, |name, bytes| {
        let text = String::from_utf8_lossy(bytes);
        let coded = pipeline.run(name, &text, None, None);
        for e in &coded.events {
            let inside = |start: u32, end: u32| {
                start <= end
                    && text.is_char_boundary(start as usize)
                    && text.is_char_boundary(end as usize)
                    && (end as usize) <= text.len()
            };
            let (a, b) = (e.span.start, e.span.end);
            if !inside(a, b) || !inside(e.trigger.span.start, e.trigger.span.end) {
                return Err(format!("event {} points outside the text", e.id));
            }
        }
        Ok(())
    });
}
