//! `vigie bench`: throughput on a generated corpus, with the answer checked.
//!
//! The corpus is generated at run time from templates written for vigie (nothing is
//! committed), from a fixed seed, so that runs are comparable. Each benchmark checks
//! what it timed: the generator knows how many sentences and pull quotes it wrote, and
//! which actors and dates it inserted, and a benchmark whose stages find something
//! else fails (events are only counted: the generator does not know them yet). Figures are the best of several passes on one core, with the median
//! beside them.

mod corpus;
mod ingest;
mod serve;
mod syntax;

use std::collections::HashMap;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};

use corpus::Corpus;

/// The benchmarks.
#[derive(Subcommand)]
pub enum BenchCommand {
    /// Text layer: tokens, sentences, language, repeats.
    Text(BenchArgs),
    /// The whole pipeline (text, syntax, dates, actors, places, events), with the time
    /// of each stage.
    Code(BenchArgs),
    /// Tagging, lemmas and parsing of every sentence on one core, checking that known
    /// sentences get their known trees and every sentence a well-formed tree.
    Syntax(BenchArgs),
    /// `vigie ingest` of generated JSON Lines into a fresh store on every core, then
    /// the analyst's queries: documents/s, events/s, store size, dyad-year latency.
    Ingest(IngestBenchArgs),
    /// The events endpoint of `vigie serve` under load over a store of a million
    /// events: requests/s and latency percentiles per query, and the peak resident
    /// memory of the process (server included).
    Serve(ServeBenchArgs),
}

/// Options of the serve benchmark.
#[derive(Args)]
pub struct ServeBenchArgs {
    /// Events in the store.
    #[arg(long, default_value_t = 1_000_000)]
    events: usize,
    /// Seconds of load.
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// Concurrent client threads.
    #[arg(long, default_value_t = 8)]
    clients: usize,
    /// The store to build (or reuse when it holds enough events).
    #[arg(long, value_name = "FILE")]
    db: Option<std::path::PathBuf>,
}

/// Options of the ingest benchmark.
#[derive(Args)]
pub struct IngestBenchArgs {
    /// Documents to generate.
    #[arg(long, default_value_t = 100_000)]
    pub docs: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// The store to fill and keep: a SQLite file (replaced) or an empty PostgreSQL
    /// database `postgres://…` (default: a temporary SQLite file, removed).
    #[arg(long, value_name = "FILE|URL")]
    pub keep: Option<std::path::PathBuf>,
    /// Coding workers (default: every core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Ingests running at once, each over its share of the corpus files and with its
    /// share of the workers, as several `vigie ingest` processes writing to one store.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub writers: usize,
    /// First ingest the corpus with one worker into a scratch SQLite store, and report
    /// how much faster the chosen number of workers is.
    #[arg(long)]
    pub scaling: bool,
    /// Write the generated corpus (JSON Lines, 1,000 documents a file) to this folder
    /// and keep it, to feed the same documents to another engine.
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<std::path::PathBuf>,
}

/// Options shared by the benchmarks.
#[derive(Args)]
pub struct BenchArgs {
    /// Size of the generated corpus, in MB.
    #[arg(long, default_value_t = 50)]
    mb: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Timed passes over the corpus; the best and the median are reported.
    #[arg(long, default_value_t = 3)]
    passes: usize,
    /// `bench code` only: layer the PETRARCH dictionaries of this folder on the coder
    /// (as `vigie code --petrarch`), and report how long they take to read.
    #[arg(long, value_name = "DIR")]
    petrarch: Option<std::path::PathBuf>,
}

/// Runs a benchmark and prints its figures.
pub fn run(cmd: BenchCommand) -> anyhow::Result<ExitCode> {
    let (args, stage) = match cmd {
        BenchCommand::Text(args) => (args, Stage::Text),
        BenchCommand::Code(args) => (args, Stage::Pipeline),
        BenchCommand::Syntax(args) => (args, Stage::Syntax),
        BenchCommand::Serve(args) => {
            return Ok(verdict(&serve::run(
                args.events,
                args.seconds,
                args.clients,
                args.db,
            )?));
        }
        BenchCommand::Ingest(args) => return Ok(verdict(&ingest::run(&args)?)),
    };
    eprintln!(
        "generating {} MB of French and English news text (seed {})...",
        args.mb, args.seed
    );
    let corpus = corpus::generate(args.mb * 1_000_000, args.seed);
    let bytes: usize = corpus.documents.iter().map(String::len).sum();
    eprintln!(
        "analysing {} documents ({:.1} MB) on one core, {} passes...",
        corpus.documents.len(),
        bytes as f64 / 1e6,
        args.passes.max(1)
    );
    let errors = match stage {
        Stage::Pipeline => {
            pipeline_bench(&corpus, bytes, args.passes.max(1), args.petrarch.as_deref())?
        }
        Stage::Text => text_bench(&corpus, bytes, args.passes.max(1)),
        Stage::Syntax => syntax::run(&corpus, args.passes.max(1)),
    };
    Ok(verdict(&errors))
}

/// What a corpus benchmark times.
enum Stage {
    Text,
    Syntax,
    Pipeline,
}

/// Reports wrong answers; the exit code says whether there were any.
fn verdict(errors: &[String]) -> ExitCode {
    for e in errors {
        eprintln!("wrong answer: {e}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Times `pass` several times; returns the best and the median of the durations it
/// reports for each of its stages (passes are ranked by their total).
fn timed<const N: usize>(passes: usize, mut pass: impl FnMut() -> [Duration; N]) -> [[f64; N]; 2] {
    let mut runs: Vec<[f64; N]> = (0..passes)
        .map(|_| pass().map(|d| d.as_secs_f64()))
        .collect();
    runs.sort_by(|a, b| a.iter().sum::<f64>().total_cmp(&b.iter().sum::<f64>()));
    [runs[0], runs[runs.len() / 2]]
}

fn text_bench(corpus: &Corpus, bytes: usize, passes: usize) -> Vec<String> {
    let mut counts = (0, 0, 0);
    let [[best], [median]] = timed(passes, || {
        let started = Instant::now();
        let (mut sentences, mut tokens, mut repeats) = (0, 0, 0);
        for doc in &corpus.documents {
            let analysis = vigie_text::analyze(doc);
            sentences += analysis.sentences.len();
            tokens += analysis.tokens.len();
            repeats += analysis
                .sentences
                .iter()
                .filter(|s| s.repeat_of.is_some())
                .count();
        }
        counts = (sentences, tokens, repeats);
        [started.elapsed()]
    });
    let (sentences, tokens, repeats) = counts;
    let mb = bytes as f64 / 1e6;
    println!(
        "text layer: {mb:.1} MB, best of {passes}: {:.1} MB/s, {:.0} sentences/s, {:.0} tokens/s; median {:.1} MB/s ({sentences} sentences, {tokens} tokens, {repeats} repeats)",
        mb / best,
        sentences as f64 / best,
        tokens as f64 / best,
        mb / median,
    );
    let mut errors = Vec::new();
    if sentences != corpus.sentences {
        errors.push(format!(
            "{sentences} sentences found, {} generated",
            corpus.sentences
        ));
    }
    if repeats != corpus.repeats {
        errors.push(format!(
            "{repeats} repeats found, {} generated",
            corpus.repeats
        ));
    }
    errors
}

fn pipeline_bench(
    corpus: &Corpus,
    bytes: usize,
    passes: usize,
    petrarch: Option<&std::path::Path>,
) -> anyhow::Result<Vec<String>> {
    let load = Instant::now();
    let lexicon = vigie_lexicon::Lexicon::bundled()?;
    let mut coder = vigie_coder::Coder::bundled()?;
    if let Some(dir) = petrarch {
        let started = Instant::now();
        let dict = vigie_petrarch::Dictionaries::load(dir)?;
        println!(
            "  PETRARCH dictionaries ({}) read in {:.1} ms",
            dict.summary(),
            started.elapsed().as_secs_f64() * 1e3
        );
        coder = coder.with_petrarch(vigie_petrarch::Coder::new(dict));
    }
    let gazetteer = vigie_geo::Gazetteer::bundled()?;
    let geoparser = vigie_geo::Geoparser::new(&gazetteer);
    let load = load.elapsed();
    let times = vigie_time::TimeRecognizer::new();
    let mut found: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    let (mut sentences, mut events) = (0, 0);
    let mut syntax_errors = Vec::new();
    let [best, median] = timed(passes, || {
        let mut spent = [Duration::ZERO; 6];
        found.clear();
        (sentences, events) = (0, 0);
        for (n, doc) in corpus.documents.iter().enumerate() {
            let t0 = Instant::now();
            let analysis = vigie_text::analyze(doc);
            let t1 = Instant::now();
            let parsed = vigie_syntax::analyze_document(doc, &analysis);
            let t1s = Instant::now();
            let spans: Vec<_> = analysis
                .sentences
                .iter()
                .map(|s| (s.span, s.lang))
                .collect();
            let dates = times.recognize(doc, &spans, None);
            let t2 = Instant::now();
            let actors = lexicon.recognize(doc, &analysis.tokens, &analysis.sentences, None);
            let t3 = Instant::now();
            let acting: Vec<_> = actors
                .iter()
                .filter(|a| !a.locative)
                .map(|a| a.span)
                .collect();
            let places = geoparser.parse(doc, &analysis, &acting);
            let t4 = Instant::now();
            let id = n.to_string();
            let coded = coder.code(&vigie_coder::DocumentInput {
                doc: &id,
                text: doc,
                analysis: &analysis,
                syntax: &parsed,
                actors: &actors,
                places: &places,
                times: &dates,
                published: None,
            });
            let t5 = Instant::now();
            for (k, (a, b)) in [(t0, t1), (t1, t1s), (t1s, t2), (t2, t3), (t3, t4), (t4, t5)]
                .into_iter()
                .enumerate()
            {
                spent[k] += b - a;
            }
            sentences += analysis.sentences.len();
            events += coded.len();
            syntax_errors.extend(parsed.iter().filter_map(syntax::check_tree).take(1));
            found.push((
                actors.into_iter().map(|a| a.code).collect(),
                dates.timexes.into_iter().map(|t| t.value).collect(),
            ));
        }
        spent
    });
    let mb = bytes as f64 / 1e6;
    let total: f64 = best.iter().sum();
    println!(
        "pipeline: {mb:.1} MB, best of {passes}: {:.1} MB/s, {:.0} sentences/s end to end ({events} events); median {:.1} MB/s",
        mb / total,
        sentences as f64 / total,
        mb / median.iter().sum::<f64>(),
    );
    for (stage, secs) in ["text", "syntax", "dates", "actors", "places", "events"]
        .iter()
        .zip(best)
    {
        println!(
            "  {stage:<7} {:>7.1} MB/s  {:>8.0} sentences/s  {:>5.1}% of the time",
            mb / secs,
            sentences as f64 / secs,
            100.0 * secs / total
        );
    }
    println!(
        "  dictionaries and patterns loaded in {:.1} ms",
        load.as_secs_f64() * 1e3
    );
    let mut errors = syntax_errors;
    for (n, (answer, (actors, dates))) in corpus.answers.iter().zip(&found).enumerate() {
        for missing in missing(&answer.actors, actors) {
            errors.push(format!("document {n}: actor {missing} not found"));
        }
        for missing in missing(&answer.dates, dates) {
            errors.push(format!("document {n}: date {missing} not found"));
        }
    }
    if events == 0 {
        errors.push("no event coded in the whole corpus".into());
    }
    errors.truncate(20);
    Ok(errors)
}

/// The expected items that `found` lacks, counting repeats.
fn missing<'a, T: AsRef<str>, U: AsRef<str>>(expected: &'a [T], found: &[U]) -> Vec<&'a str> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for f in found {
        *left.entry(f.as_ref()).or_default() += 1;
    }
    expected
        .iter()
        .map(AsRef::as_ref)
        .filter(|e| match left.get_mut(e) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::missing;

    #[test]
    fn missing_counts_repeated_answers() {
        let found = ["MLIGOV", "DZAMIL", "MLIGOV"];
        assert!(missing(&["MLIGOV", "MLIGOV", "DZAMIL"], &found).is_empty());
        assert_eq!(missing(&["MLIGOV", "MLIGOV", "MLIGOV"], &found), ["MLIGOV"]);
        assert_eq!(missing(&["NERGOV"], &found), ["NERGOV"]);
    }
}
