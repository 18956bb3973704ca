//! PETRARCH dictionaries from the command line: the unit-test suite (`vigie eval
//! --petrarch-records`), and the folder `vigie code --petrarch` layers on the bundled
//! coder.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use vigie_petrarch::records::{self, Suite, Summary};
use vigie_petrarch::{Coder, Kind};

/// How many skipped dictionary lines are printed.
const MAX_SHOWN: usize = 20;

/// Reads a PETRARCH folder for `--petrarch`, saying on standard error what was read and
/// how long it took.
pub fn load(dir: &Path) -> anyhow::Result<Coder> {
    let started = std::time::Instant::now();
    let dict = vigie_petrarch::Dictionaries::load(dir)?;
    eprintln!(
        "vigie: PETRARCH dictionaries from {}: {} (read in {} ms)",
        dir.display(),
        dict.summary(),
        started.elapsed().as_millis()
    );
    for p in dict.problems.iter().take(MAX_SHOWN) {
        eprintln!("vigie: skipped {p}");
    }
    if dict.problems.len() > MAX_SHOWN {
        eprintln!(
            "vigie: ... and {} more lines skipped",
            dict.problems.len() - MAX_SHOWN
        );
    }
    Ok(Coder::new(dict))
}

/// Runs the unit-test suite and prints its scores.
pub fn run_records(
    out: &mut dyn Write,
    path: &Path,
    folder: Option<&Path>,
    misses: bool,
    min_exact: Option<f64>,
) -> anyhow::Result<ExitCode> {
    let mut suite = Suite::read(path)?;
    if let Some(dir) = folder {
        for (_, file) in &mut suite.dictionaries {
            *file = dir.join(file.file_name().unwrap_or_default());
        }
    }
    if !suite.dictionaries.iter().any(|(k, _)| *k == Kind::Verbs) {
        anyhow::bail!("{}: its <Environment> names no <Verbfile>", path.display());
    }
    let started = std::time::Instant::now();
    let dict = suite
        .load_dictionaries()
        .with_context(|| format!("reading the dictionaries {} names", path.display()))?;
    let loaded = started.elapsed();
    let coder = Coder::new(dict);
    let outcomes = records::run(&suite, &coder);
    let summary = Summary::of(&outcomes);
    writeln!(
        out,
        "dictionaries: {} (read in {} ms)",
        coder.dictionaries().summary(),
        loaded.as_millis()
    )?;
    writeln!(
        out,
        "{:<12} {:>6} {:>8} {:>7}",
        "category", "exact", "records", "share"
    )?;
    for (cat, &(right, n)) in &summary.categories {
        writeln!(
            out,
            "{cat:<12} {right:>6} {n:>8} {:>7.3}",
            right as f64 / n.max(1) as f64
        )?;
    }
    writeln!(
        out,
        "{:<12} {:>6} {:>8} {:>7.3}",
        "all",
        summary.total.0,
        summary.total.1,
        summary.exact_share()
    )?;
    writeln!(
        out,
        "no-event records that coded nothing: {} of {}",
        summary.no_events.0, summary.no_events.1
    )?;
    let skipped: Vec<&str> = suite
        .records
        .iter()
        .filter(|r| records::not_applicable(r))
        .map(|r| r.id.as_str())
        .collect();
    if !skipped.is_empty() {
        writeln!(
            out,
            "not scored: {} (they test reading malformed Penn Treebank parses; vigie parses the text itself)",
            skipped.join(", ")
        )?;
    }
    if let Some((cat, share)) = summary.weakest() {
        writeln!(out, "weakest category: {cat} {share:.3}")?;
    }
    if misses {
        for o in outcomes.iter().filter(|o| !o.exact) {
            let show = |t: &[records::Triple]| {
                if t.is_empty() {
                    "nothing".to_string()
                } else {
                    t.iter()
                        .map(|t| format!("{}>{}:{}", t.source, t.target, t.code))
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            };
            let mut expected = o.record.expected.clone();
            expected.sort();
            writeln!(
                out,
                "\n{} ({}, line {}): {}\n  expected {}\n  coded    {}",
                o.record.id,
                o.record.category,
                o.record.line,
                o.record.text,
                show(&expected),
                show(&o.got)
            )?;
        }
    }
    Ok(match min_exact {
        Some(floor) if summary.exact_share() < floor => {
            eprintln!(
                "vigie: {:.3} of the records are exact, below --min-exact {floor}",
                summary.exact_share()
            );
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    })
}

/// `vigie lexicon import-petrarch DIR --out OUT`.
pub fn import(dir: &Path, out: &Path, force: bool) -> anyhow::Result<ExitCode> {
    let dict = load(dir)?.into_dictionaries();
    let bundled = vigie_lexicon::Lexicon::bundled()?;
    let (text, report) = vigie_petrarch::export::vigie_actors(
        &dict,
        |c| bundled.country(c).is_some(),
        |r| vigie_lexicon::ROLES.contains(&r),
    );
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let path = out.join("petrarch-actors.txt");
    if path.exists() && !force {
        anyhow::bail!("{} exists: give --force to replace it", path.display());
    }
    std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
    // what was written must load with the bundled dictionaries
    let mut builder = vigie_lexicon::Lexicon::builder();
    builder.add_bundled()?;
    builder
        .add_dir(out)
        .and_then(|b| b.build())
        .with_context(|| format!("{} does not load", path.display()))?;
    eprintln!(
        "vigie: wrote {} actors to {} ({} coded as a country alone and {} with codes vigie has no equivalent for were left out; {} codes shortened to country and role); load them with --lexicon {}",
        report.written,
        path.display(),
        report.country_only,
        report.not_expressible,
        report.shortened,
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}
