//! The `vigie` command: argument parsing, input reading, output writing and exit codes.
//!
//! Exit codes: 0 when everything was read, 1 when an input could not be read (the
//! others are still processed), 2 for usage errors. A closed output pipe (`| head`)
//! ends the program quietly with 0.

mod bench;
mod input;
mod split;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use input::{ReadOptions, Source};

#[derive(Parser)]
#[command(
    name = "vigie",
    version,
    about = "Turn news reports about political crises (French and English) into explainable event data.",
    long_about = "vigie reads news reports about political crises, in French and English, and turns them \
into structured, explainable data. Every output points back at the exact bytes of the text it \
comes from.\n\nExamples:\n  vigie split examples/fr-mali-algerie-drone.txt\n  cat article.txt | vigie split - --no-tokens\n  vigie bench text --mb 50"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Cut documents into sentences and tokens; print one JSON line per sentence.
    ///
    /// Each line has the document id (file name without extension), the sentence index,
    /// its `span` as [start, end] byte offsets into the original file, its text, its
    /// language (fr, en or other), its paragraph, `repeat_of` when it repeats a longer
    /// sentence of the same document (a pull quote), and its tokens (span, text, kind,
    /// folded form). Diagnostics go to standard error.
    Split {
        /// Files to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE|-")]
        files: Vec<PathBuf>,
        /// Leave tokens out of the output.
        #[arg(long)]
        no_tokens: bool,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Measure throughput on a generated corpus and check the answer.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
}

/// Options for reading input documents.
#[derive(Args, Clone, Copy)]
struct ReadArgs {
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file (spans then
    /// count bytes of the repaired text).
    #[arg(long)]
    lossy: bool,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    max_bytes: u64,
}

impl From<ReadArgs> for ReadOptions {
    fn from(a: ReadArgs) -> ReadOptions {
        ReadOptions {
            max_bytes: a.max_bytes,
            lossy: a.lossy,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vigie: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Split {
            files,
            no_tokens,
            read,
        } => split_files(&files, !no_tokens, read.into()),
        Command::Bench(cmd) => bench::run(cmd),
    }
}

fn split_files(
    files: &[PathBuf],
    with_tokens: bool,
    options: ReadOptions,
) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in files {
        let source = Source::from_arg(file);
        let text = match input::read_document(&source, options) {
            Ok(text) => text,
            Err(e) => {
                out.flush()?;
                eprintln!("vigie: {e}");
                failed = true;
                continue;
            }
        };
        if text.trim().is_empty() {
            eprintln!(
                "vigie: {}: empty document, nothing to split",
                source.display()
            );
        }
        let analysis = vigie_text::analyze(&text);
        for d in &analysis.diagnostics {
            let at = d
                .span
                .map(|s| format!(" (bytes {}..{})", s.start, s.end))
                .unwrap_or_default();
            eprintln!(
                "vigie: {}: {:?}: {}{at}",
                source.display(),
                d.severity,
                d.message
            );
        }
        split::write_sentences(&mut out, &source.doc_id(), &text, &analysis, with_tokens)?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
