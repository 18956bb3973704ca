//! The `vigie` command: argument parsing, input reading, output writing and exit codes.
//!
//! Exit codes: 0 when everything was read, 1 when an input could not be read (the
//! others are still processed), 2 for usage errors. A closed output pipe (`| head`)
//! ends the program quietly with 0.

mod annotate;
mod bench;
mod code;
mod crisis;
mod dates;
mod eval;
mod events;
mod ingest;
#[cfg(feature = "parquet")]
mod parquet_in;
mod parse;
mod places_eval;

mod petrarch;
mod split;
mod timex_table;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use input::{ReadOptions, Source};
use vigie_ingest::read as input;

#[derive(Parser)]
#[command(
    name = "vigie",
    version,
    about = "Turn news reports about political crises (French and English) into explainable event data.",
    long_about = "vigie reads news reports about political crises, in French and English, and turns them \
into structured, explainable data. Every output points back at the exact bytes of the text it \
comes from.\n\nExamples:\n  vigie code examples/fr-mali-algerie-drone.txt\n  vigie ingest examples            (into vigie.db; --db FILE for another store)\n  vigie events --dyad MLI-DZA --modality factual\n  vigie alerts\n  vigie brief --dyad MLI-DZA --out brief.html\n  vigie serve                      (the dashboard at http://127.0.0.1:8080/)\n  cat article.txt | vigie split - --no-tokens"
)]
struct Cli {
    /// The event store of the commands that use one: a SQLite file (created when
    /// needed), or a PostgreSQL database that several machines share, as
    /// `postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME` (the database must exist; vigie
    /// creates its tables; connections are not encrypted, so keep them on a trusted
    /// network or a Unix socket: `postgresql:///DBNAME?host=/run/postgresql`).
    #[arg(
        long,
        global = true,
        default_value = "vigie.db",
        value_name = "FILE|URL",
        env = "VIGIE_DB"
    )]
    db: PathBuf,
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
    /// Find dates and other temporal expressions; print one JSON line per expression.
    ///
    /// Each line has the document id, the expression's `span` ([start, end] byte
    /// offsets), its `text`, its TIMEX3 `value` (2025-04-01, 2025-04, 2025, 199X,
    /// 2025-03-31/2025-04-01, P2Y...), its `precision`, its `type` (date, range,
    /// duration), `mod` for parts of periods (start, mid, end, approx), the `sentence`
    /// it is in, and which `anchor` resolved it: none (absolute), publication (the
    /// --anchor date), inferred_document (no anchor: the document's date inferred from
    /// its latest explicit date, reported on standard error) or narrative (the last
    /// date the story told, for "le lendemain", "two days later").
    Dates {
        /// Files to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE|-")]
        files: Vec<PathBuf>,
        /// Publication date and time, the anchor of relative expressions ("hier").
        #[arg(long, value_name = "YYYY-MM-DD[THH:MM]", value_parser = dates::parse_anchor)]
        anchor: Option<vigie_time::Anchor>,
        /// Read each line as one expression to normalise (for checks against test tables).
        #[arg(long)]
        lines: bool,
        /// Language of the expressions with --lines (default: detected per line).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Which occurrence a date without year or direction means ("lundi", "le 1er
        /// mars", "avril", "Noël"): `past` (default), `future` or `nearest`. Explicit
        /// words ("prochain", "dernier", "next", "last", "dans", "ago") always win.
        #[arg(long, value_enum, default_value_t = PreferArg::Past)]
        prefer: PreferArg,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Find actors and dates; print one JSON line per mention, in text order.
    ///
    /// Every line has `kind` (actor or date), the document id, the mention's `span`
    /// ([start, end] byte offsets) and `text`. Actors add `country` (ISO 3166-1
    /// alpha-3), `org` (organisation or armed group key), `role` (GOV, MIL, REB, CVL...),
    /// `code` (CAMEO-style: DZAMIL, or the organisation key), `members` for
    /// organisations of states, `entry` (the dictionary file:line that matched), `via`
    /// (how it was recognised), `resolved` (false for capitalised names no dictionary
    /// knows: review them and add them with --lexicon) and `locative` (a country or
    /// capital named as a place). Places carry `role`: place, actor (a country or
    /// capital that acts, also printed as an actor) or demonym (a country adjective, at
    /// the country's point). Dates carry the fields of `vigie dates`.
    Annotate {
        /// Files to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE|-")]
        files: Vec<PathBuf>,
        /// Publication date, the anchor of relative dates and of people's offices.
        #[arg(long, value_name = "YYYY-MM-DD[THH:MM]", value_parser = dates::parse_anchor)]
        anchor: Option<vigie_time::Anchor>,
        /// A folder of actor dictionaries (*.txt, format in data/actors/README.md) that
        /// add to or override the bundled ones.
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
        /// Which occurrence a date without year or direction means ("lundi", "le 1er
        /// mars", "avril", "Noël"): `past` (default), `future` or `nearest`. Explicit
        /// words ("prochain", "dernier", "next", "last", "dans", "ago") always win.
        #[arg(long, value_enum, default_value_t = PreferArg::Past)]
        prefer: PreferArg,
        /// Print only the places (geoparsing): one line per toponym with `name`,
        /// `feature`, `country`, `lat`, `lon`, `geonames_id`, `confidence`, `reason` and
        /// `role` (place, actor, demonym).
        #[arg(long)]
        places_only: bool,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Code events: who did what to whom, when, and how sure; one JSON object per event.
    ///
    /// Each event has `doc` (the file name without extension), `id`, the `sentence`
    /// index with its `span` and `text`, the `trigger` words, `source` and `target`
    /// actors (text, span, country, org, role, code), the CAMEO `cameo` code with
    /// `cameo_name`, `goldstein` and `quad_class`, the PLOVER type `plover` and
    /// `plover_mode`, `date`, `date_end`, `date_precision` and `date_source` (sentence,
    /// narrative or document), `place` (name, country, lat, lon, geonames_id, span of the
    /// place named in the sentence closest to the trigger), `modality` (asserted, alleged,
    /// reported, hypothetical, recommended, planned, prevented, negated), `claimed_by`,
    /// `contested_with`, the `rule` (pattern file:line) that fired, `confidence` and
    /// the `versions` that produced it. Only sentences in French or English are coded,
    /// and pull quotes only once.
    Code {
        /// Files to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE|-")]
        files: Vec<PathBuf>,
        /// Publication date: anchors relative dates and people's offices.
        #[arg(long, value_name = "YYYY-MM-DD[THH:MM]", value_parser = dates::parse_anchor)]
        published: Option<vigie_time::Anchor>,
        /// Read every sentence in this language instead of detecting it.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// A folder of actor dictionaries that add to or override the bundled ones.
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
        /// Which occurrence a date without year or direction means ("lundi", "le 1er
        /// mars", "avril", "Noël"): `past` (default), `future` or `nearest`. Explicit
        /// words ("prochain", "dernier", "next", "last", "dans", "ago") always win.
        #[arg(long, value_enum, default_value_t = PreferArg::Past)]
        prefer: PreferArg,
        /// A folder of PETRARCH-2 / Phoenix dictionaries (CAMEO.2.0.txt and the like)
        /// whose verb patterns code English verbs that vigie's own patterns and lemma
        /// lexicon do not, when the tree names vigie actors as doer and target. Files
        /// are recognised by name (*verbs*, CAMEO*, *actors*, *agents*, *discards*);
        /// PETR.Validate.* (PETRARCH's unit-test dictionaries) are skipped.
        #[arg(long, value_name = "DIR")]
        petrarch: Option<PathBuf>,
        /// Read every FILE (or `-`, standard input) as JSON Lines documents, one a
        /// line (`id`, `url`, `source`, `title`, `published`, `lang`, `text`; only
        /// `text` is required), and stream: each document's events are written and
        /// flushed before the next line is read, with `doc` set to the record's `id`,
        /// so that an engine (Spark's `RDD.pipe`, GNU parallel, a shell pipe) can run
        /// vigie as a filter in bounded memory. Each record is coded as `vigie ingest`
        /// codes it (its `published` anchors relative dates, its `lang` overrides
        /// detection), so the events are those the store would hold; --published and
        /// --lang fill in records that give none. A line that is not a document (bad
        /// JSON, no `text`, not UTF-8, over --max-bytes) is reported as `FILE:LINE: …`
        /// (`stdin:LINE` for `-`) on standard error and skipped, and the exit status
        /// is 1 at the end; with --strict the first one stops the run.
        ///
        /// Example: cat docs.jsonl | vigie code --jsonl - > events.jsonl
        #[arg(long)]
        jsonl: bool,
        /// With --jsonl: after each document's events, write one line
        /// `{"kind":"document","doc":ID,"published":…,"lang":"fr","events":N,"versions":{…}}`
        /// with the publication date that anchored it, the language the text layer
        /// identified and the versions that coded it
        /// (event lines have no `kind`), so that the document can be stored without
        /// recoding (examples/spark does this).
        #[arg(long, requires = "jsonl")]
        document_lines: bool,
        /// With --jsonl: stop at the first line that is not a document (exit status
        /// 1) instead of reporting it and going on.
        #[arg(long, requires = "jsonl")]
        strict: bool,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Code a folder of documents and score them against gold files.
    ///
    /// Prints recall (core events, all positive events), precision, F1, negative events
    /// coded as fact, then every missed gold event and every false positive with its
    /// sentence. With --timex and --places, also scores temporal expressions and place
    /// mentions. Scoring follows the
    /// gold README: source, target, CAMEO root and date must match; matching is
    /// one-to-one. Exit code 0 whatever the scores (use --min-f1 to fail below a floor).
    Eval {
        /// Gold events (JSON Lines).
        #[arg(long, value_name = "FILE", required_unless_present_any = ["timex_table", "places", "petrarch_records"])]
        gold: Option<PathBuf>,
        /// Folder of documents (`*.txt`); a document's id is its file name without extension.
        #[arg(long, value_name = "DIR", required_unless_present_any = ["timex_table", "petrarch_records"])]
        docs: Option<PathBuf>,
        /// Run PETRARCH's unit-test suite instead (`PETR.UnitTest.records.xml`): each
        /// record is coded with the dictionaries its <Environment> names (found beside
        /// the file, or in --petrarch DIR) and vigie's own syntax; prints per category
        /// the share of records whose set of (source, target, code) is exactly the
        /// expected one, and the no-event records that coded nothing. --misses prints
        /// every record coded otherwise.
        #[arg(long, value_name = "XML", conflicts_with_all = ["gold", "docs", "timex_table"])]
        petrarch_records: Option<PathBuf>,
        /// With --petrarch-records: the folder holding the suite's dictionaries (default:
        /// the records file's folder). With --gold: PETRARCH dictionaries layered on
        /// the coder, as `vigie code --petrarch`.
        #[arg(long, value_name = "DIR")]
        petrarch: Option<PathBuf>,
        /// With --petrarch-records: exit with 1 when the share of exact records is
        /// below this.
        #[arg(long, value_name = "SHARE", requires = "petrarch_records")]
        min_exact: Option<f64>,
        /// Score date normalisation on tables of expressions instead (TSV: id,
        /// reference, expression, future, past, family; format in eval/time/README.md):
        /// the share of rows whose value is right with `--prefer future`, and with
        /// `--prefer past` on the rows where the preference matters, per language and
        /// family. Several files may follow.
        #[arg(long, value_name = "TSV", num_args = 1.., conflicts_with_all = ["gold", "docs"])]
        timex_table: Vec<PathBuf>,
        /// With --timex-table, or --places without --gold: print every row or toponym
        /// scored wrong.
        #[arg(long)]
        misses: bool,
        /// Gold temporal expressions (JSON Lines) to score as well.
        #[arg(long, value_name = "FILE")]
        timex: Option<PathBuf>,
        /// Gold place mentions (JSON Lines) to score as well. Without --gold, scores
        /// geoparsing alone on every gold toponym (doc, text, optional start and end
        /// byte offsets, country, lat, lon, optional feature): recall, country right
        /// and Acc@161 per feature and language (format in eval/places/README.md).
        #[arg(long, value_name = "FILE")]
        places: Option<PathBuf>,
        /// Exit with 1 when F1 is below this.
        #[arg(long, value_name = "F1")]
        min_f1: Option<f64>,
        /// A folder of actor dictionaries that add to or override the bundled ones.
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Read files and folders into the store: code every document on all cores,
    /// store documents and events, then cluster reports of one event.
    ///
    /// Reads plain text (.txt), Markdown (.md, with front matter title/date/source/url),
    /// HTML (.html: main text, boilerplate removed, title, date and outlet from the
    /// page's metadata), JSON Lines (.jsonl: one document per line with id, url, source,
    /// title, published, lang, text) and RSS/Atom (.rss, .atom, .xml: one document per
    /// item), recursing into folders. A document whose text is already stored is
    /// skipped, so running again is a no-op and an interrupted ingest resumes without
    /// duplicates; a bad document or line is reported with its file and line and
    /// skipped. Prints a summary on standard error; exit code 1 if anything failed.
    Ingest {
        /// Files and folders to read.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Read each PATH as a corpus coded elsewhere and store it without coding it
        /// again: a folder with `documents/` (Parquet: id, text, url, source, title,
        /// published, lang, versions) and `events/` (Parquet: doc, n, event = the
        /// event's JSON, as `vigie code` writes it), such as
        /// examples/spark/code_corpus.py writes. Documents already stored are skipped;
        /// a bad row is reported with its file, row group and row, and skipped.
        ///
        /// Example: vigie ingest --parquet out/ --db corpus.db
        #[arg(long, conflicts_with_all = ["lexicon", "petrarch", "jobs"])]
        parquet: bool,
        /// Worker threads (default: every core).
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
        /// Documents per transaction.
        #[arg(long, default_value_t = 256, value_name = "N")]
        batch: usize,
        /// A folder of actor dictionaries that add to or override the bundled ones.
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
        /// A folder of PETRARCH-2 / Phoenix dictionaries whose verb patterns code
        /// English verbs, as `vigie code --petrarch`.
        #[arg(long, value_name = "DIR")]
        petrarch: Option<PathBuf>,
        /// No progress bar and no summary.
        #[arg(long, short)]
        quiet: bool,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// List stored events with filters: a table, JSON Lines or CSV.
    ///
    /// JSON Lines carry every field of `vigie code` plus `cluster`, `num_articles`,
    /// `num_sources`, `cluster_contested` and the `document` (doc, source, url, title,
    /// published). Events come by date, undated last.
    Events(crisis::EventsArgs),
    /// List clusters (one event as many reports tell it), most reported first, as
    /// JSON Lines.
    Clusters(crisis::ClustersArgs),
    /// Export stored events in the field's formats (gdelt, icews, acled, plover,
    /// geojson, parquet, csv); the filters of `vigie events` apply.
    ///
    /// What each mapping fills and loses: docs/export-formats.md. GDELT, ICEWS and
    /// ACLED hold only events told as having happened; the count left out is printed.
    Export(crisis::ExportArgs),
    /// The tension between two actors over time: events per day or week by QuadClass
    /// and their Goldstein sum, each cluster counted once, facts only.
    Dyad(crisis::DyadArgs),
    /// Escalation alerts: a sharp drop of a pair's Goldstein sum against its own
    /// baseline, or recalls, closures and military incidents within seven days; each
    /// alert lists the events behind it.
    Alerts(crisis::AlertsArgs),
    /// Follow news feeds: poll each on its schedule, code and store new items, and
    /// print every new or grown escalation alert as a JSON line (optionally POSTed to a
    /// webhook).
    ///
    /// Feeds are RSS or Atom addresses (conditional requests, gzip, a timeout and a
    /// size cap on every response, back-off after errors), feed files, or folders
    /// whose new files are items. An item that only carries a summary is replaced by
    /// the main text of the page it links to. What was read and raised is kept in the
    /// store: stop the watcher at any time (Ctrl-C or a kill) and start it again, it
    /// resumes without losing or repeating anything. `vigie feeds` shows each feed's
    /// health; `vigie serve` streams new alerts to the dashboard.
    ///
    /// Examples:
    ///   vigie watch --feed https://www.example.org/rss.xml
    ///   vigie watch --feeds feeds.txt --every 10m --webhook http://127.0.0.1:9000/hook
    Watch(watch::WatchArgs),
    /// The feeds `vigie watch` follows, with their health: last success, last error,
    /// failures in a row, items read today and in all.
    Feeds(watch::FeedsArgs),
    /// A dated chronology of a pair's events, with places, modality, quoted evidence
    /// and sources, in Markdown or HTML.
    Brief(crisis::BriefArgs),
    /// Serve the dashboard and its JSON API over the store (loopback by default).
    ///
    /// Pages: overview (alerts, active dyads, events by type), timeline with filters,
    /// dyad tension, map, actor network, documents with their coded spans, briefs, and
    /// ingest (paste or upload; needs the token). The API is under /api/ and described
    /// at /api/openapi.json. Requests that change data need `Authorization: Bearer
    /// TOKEN`; on an address other than loopback, every request does.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", value_name = "IP:PORT")]
        addr: std::net::SocketAddr,
        /// The token write requests must bear (default: the VIGIE_TOKEN variable; none:
        /// the server takes no writes).
        #[arg(
            long,
            env = "VIGIE_TOKEN",
            hide_env_values = true,
            value_name = "TOKEN"
        )]
        token: Option<String>,
        /// Serve the web assets from this folder instead of the embedded copy.
        #[arg(long, value_name = "DIR")]
        assets: Option<PathBuf>,
        /// Largest request body accepted (ingest), in bytes.
        #[arg(long, default_value_t = 8 * 1024 * 1024, value_name = "BYTES")]
        max_body: usize,
        /// A folder of actor dictionaries that add to or override the bundled ones.
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
        /// Serve an empty store when the --db file does not exist yet (without it, a
        /// missing store is an error: a mistyped path would serve nothing).
        #[arg(long)]
        create: bool,
    },
    /// Tag, lemmatise and parse sentences; print CoNLL-U, or scores against treebanks.
    ///
    /// Each sentence of the text layer is a block with `# sent_id` and `# text`; each
    /// syntactic word has its lemma, universal part of speech, morphological features,
    /// head and Universal Dependencies relation, and its byte offsets in the original
    /// text in MISC as `TokenRange=start:end`. Contractions (« du », « aux ») are
    /// multiword tokens whose words share the token's bytes. Sentences in languages
    /// other than French and English are skipped.
    ///
    /// With `--eval GOLD.conllu`, parses the treebank's own words (gold tokenisation) and
    /// prints one JSON line per file: sentences, words, upos, lemma, feats (universal
    /// features), uas, las (universal part of the relation) as fractions, and
    /// sentences_per_s, with the CoNLL 2018 shared task's definitions. The language is
    /// taken from the file name (en_… is English, anything else French) unless --lang.
    ///
    /// Examples:
    ///   echo "Le Mali accuse l’Algérie d’avoir abattu un drone." | vigie parse -
    ///   vigie parse --eval ../shared/ud/fr_sequoia-ud-test.conllu
    Parse {
        /// Files to read; `-` reads standard input.
        #[arg(value_name = "FILE|-", required_unless_present = "eval")]
        files: Vec<PathBuf>,
        /// Score against these treebanks instead of parsing files.
        #[arg(long, value_name = "GOLD.conllu")]
        eval: Vec<PathBuf>,
        /// With --eval: also write the predicted trees (the gold file's words and
        /// comments) in CoNLL-U to this file, for error analysis.
        #[arg(long, value_name = "FILE", requires = "eval")]
        predictions: Option<PathBuf>,
        /// The language of every sentence (default: found per sentence).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// A model file from `vigie train-syntax` instead of the bundled one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Train a tagger, lemmatiser and parser on Universal Dependencies treebanks.
    ///
    /// Deterministic: the same files, options and seed give the same model file. Prints
    /// its progress and the development scores after each parser pass on standard
    /// error; keeps the pass with the best development LAS. The bundled models were
    /// made by `tools/syntax/train.sh` (see data/syntax/README.md).
    ///
    /// Example:
    ///   vigie train-syntax --lang fr --train fr_sequoia-ud-train.conllu \
    ///     --train fr_gsd-ud-dev.conllu --dev fr_sequoia-ud-dev.conllu --out fr.bin
    TrainSyntax(parse::TrainArgs),
    /// Measure throughput on a generated corpus and check the answer.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
    /// Dictionary tools.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
}

/// Dictionary tools.
#[derive(Subcommand)]
enum LexiconCommand {
    /// Write the actors of a PETRARCH-2 / Phoenix folder in vigie's actor format
    /// (`OUT/petrarch-actors.txt`, one `[person petrarch-…]` entry per actor, a term per
    /// dated code, an example per term), to edit and load with `--lexicon OUT`.
    ///
    /// Only actors coded as a country vigie knows plus one of vigie's roles are written
    /// (`AFGGOV`; `USAGOVFRM` becomes `USAGOV`); actors coded as a country alone,
    /// organisations (`IGOUNO`) and other codes are counted and left out. The file is
    /// loaded once with the bundled dictionaries before the command ends, so what it
    /// writes is known to load. Verb patterns stay in PETRARCH's format: `vigie code
    /// --petrarch DIR` reads them.
    ImportPetrarch {
        /// The PETRARCH folder (its `*actors*` files are read).
        dir: PathBuf,
        /// The folder to write into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Replace `OUT/petrarch-actors.txt` if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// A language given on the command line.
#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
}

impl From<LangArg> for vigie_core::Lang {
    fn from(l: LangArg) -> vigie_core::Lang {
        match l {
            LangArg::Fr => vigie_core::Lang::Fr,
            LangArg::En => vigie_core::Lang::En,
        }
    }
}

/// Which occurrence a date that names no year or direction means.
#[derive(Clone, Copy, Default, clap::ValueEnum)]
enum PreferArg {
    /// The latest one not after the anchor, unless the sentence speaks of the future
    /// (right for news, which mostly reports).
    #[default]
    Past,
    /// The first one not before the anchor (agendas, announcements).
    Future,
    /// Whichever is nearest the anchor.
    Nearest,
}

impl From<PreferArg> for vigie_time::Prefer {
    fn from(p: PreferArg) -> vigie_time::Prefer {
        match p {
            PreferArg::Past => vigie_time::Prefer::Past,
            PreferArg::Future => vigie_time::Prefer::Future,
            PreferArg::Nearest => vigie_time::Prefer::Nearest,
        }
    }
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

#[cfg(feature = "parquet")]
fn ingest_parquet(
    db: &std::path::Path,
    dirs: &[PathBuf],
    batch: usize,
) -> anyhow::Result<ingest::Summary> {
    parquet_in::run(db, dirs, batch)
}

#[cfg(not(feature = "parquet"))]
fn ingest_parquet(_: &std::path::Path, _: &[PathBuf], _: usize) -> anyhow::Result<ingest::Summary> {
    anyhow::bail!(
        "this vigie was built without the `parquet` feature (cargo build --features parquet)"
    )
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match cli.command {
        Command::Split {
            files,
            no_tokens,
            read,
        } => each_document(&files, read.into(), |source, text| {
            let analysis = vigie_text::analyze(text);
            report(source, &analysis.diagnostics);
            split::write_sentences(&mut out, &source.doc_id(), text, &analysis, !no_tokens)
        }),
        Command::Dates {
            files,
            anchor,
            lines,
            lang,
            prefer,
            read,
        } => {
            let recognizer = vigie_time::TimeRecognizer::new().with_prefer(prefer.into());
            each_document(&files, read.into(), |source, text| {
                let doc = source.doc_id();
                if lines {
                    dates::write_lines(
                        &mut out,
                        &recognizer,
                        &doc,
                        text,
                        lang.map(Into::into),
                        anchor,
                    )
                } else {
                    dates::write_document(&mut out, &recognizer, &doc, text, anchor)
                }
            })
        }
        Command::Annotate {
            files,
            anchor,
            lexicon,
            prefer,
            places_only,
            read,
        } => {
            let mut pipeline = pipeline(lexicon.as_deref())?;
            pipeline.times = vigie_time::TimeRecognizer::new().with_prefer(prefer.into());
            each_document(&files, read.into(), |source, text| {
                let doc = source.doc_id();
                annotate::write_document(&mut out, &pipeline, &doc, text, anchor, places_only)
            })
        }
        Command::Code {
            files,
            published,
            lang,
            lexicon,
            prefer,
            petrarch,
            jsonl,
            document_lines,
            strict,
            read,
        } => {
            let mut pipeline = pipeline(lexicon.as_deref())?;
            if let Some(dir) = petrarch {
                pipeline.coder = pipeline.coder.with_petrarch(petrarch::load(&dir)?);
            }
            pipeline.times = vigie_time::TimeRecognizer::new().with_prefer(prefer.into());
            if jsonl {
                let options = code::StreamOptions {
                    max_bytes: read.max_bytes,
                    published,
                    lang: lang.map(Into::into),
                    document_lines,
                    strict,
                };
                let mut failed = 0;
                for file in &files {
                    failed += if file.as_os_str() == "-" {
                        let stdin = std::io::stdin();
                        code::stream_json_lines(
                            &mut out,
                            &pipeline,
                            "stdin",
                            stdin.lock(),
                            options,
                        )?
                    } else {
                        let name = file.display().to_string();
                        let opened = std::fs::File::open(file)
                            .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
                        let input = std::io::BufReader::new(opened);
                        code::stream_json_lines(&mut out, &pipeline, &name, input, options)?
                    };
                }
                return Ok(if failed > 0 {
                    eprintln!("vigie: {failed} line(s) were not documents");
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                });
            }
            each_document(&files, read.into(), |source, text| {
                code::write_document(
                    &mut out,
                    &pipeline,
                    &source.doc_id(),
                    text,
                    published,
                    lang.map(Into::into),
                )
                .map(drop)
            })
        }
        Command::Eval {
            timex_table,
            misses,
            ..
        } if !timex_table.is_empty() => timex_table::run(&mut out, &timex_table, misses),
        Command::Eval {
            petrarch_records: Some(records),
            petrarch,
            min_exact,
            misses,
            ..
        } => petrarch::run_records(&mut out, &records, petrarch.as_deref(), misses, min_exact),
        Command::Eval {
            gold: None,
            docs: Some(docs),
            places: Some(places),
            lexicon,
            read,
            misses,
            ..
        } => {
            let pipeline = pipeline(lexicon.as_deref())?;
            places_eval::run(&mut out, &pipeline, &places, &docs, read.into(), misses)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            gold,
            docs,
            timex,
            places,
            min_f1,
            lexicon,
            petrarch,
            read,
            ..
        } => {
            let (Some(gold), Some(docs)) = (gold, docs) else {
                anyhow::bail!(
                    "eval needs --gold and --docs, --places and --docs, --timex-table, or --petrarch-records"
                );
            };
            let mut pipeline = pipeline(lexicon.as_deref())?;
            if let Some(dir) = petrarch {
                pipeline.coder = pipeline.coder.with_petrarch(petrarch::load(&dir)?);
            }
            let score = eval::run(
                &mut out,
                &pipeline,
                &gold,
                &docs,
                timex.as_deref(),
                places.as_deref(),
                read.into(),
            )?;
            Ok(match min_f1 {
                Some(floor) if score.f1() < floor => {
                    eprintln!("vigie: F1 {:.3} is below --min-f1 {floor}", score.f1());
                    ExitCode::FAILURE
                }
                _ => ExitCode::SUCCESS,
            })
        }
        Command::Ingest {
            paths,
            parquet,
            jobs,
            batch,
            lexicon,
            petrarch,
            quiet,
            read,
        } => {
            if parquet {
                let summary = ingest_parquet(&cli.db, &paths, batch.max(1))?;
                if !quiet {
                    summary.print(&cli.db);
                }
                return Ok(if summary.failed > 0 {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                });
            }
            let mut pipeline = pipeline(lexicon.as_deref())?;
            if let Some(dir) = petrarch {
                pipeline.coder = pipeline.coder.with_petrarch(petrarch::load(&dir)?);
            }
            let options = ingest::Options {
                jobs: jobs
                    .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
                batch: batch.max(1),
                read: read.into(),
                quiet,
            };
            let summary = ingest::run(&cli.db, &paths, &pipeline, &options)?;
            if !quiet {
                summary.print(&cli.db);
            }
            Ok(if summary.failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Events(args) => {
            crisis::events(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS)
        }
        Command::Clusters(args) => {
            crisis::clusters(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS)
        }
        Command::Export(args) => {
            crisis::export(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS)
        }
        Command::Dyad(args) => crisis::dyad(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Alerts(args) => {
            crisis::alerts(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS)
        }
        Command::Watch(args) => watch::watch(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Feeds(args) => watch::feeds(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Brief(args) => crisis::brief(&cli.db, &args, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Serve {
            addr,
            token,
            assets,
            max_body,
            lexicon,
            create,
        } => {
            if !create && !vigie_store::is_server(&cli.db) && !cli.db.exists() {
                anyhow::bail!(
                    "{}: no such store; fill it with `vigie --db {} ingest FILES`, or pass --create to serve an empty one",
                    vigie_store::location(&cli.db),
                    vigie_store::location(&cli.db)
                );
            }
            if token.as_deref().is_some_and(|t| t.trim().is_empty()) {
                anyhow::bail!("--token (or VIGIE_TOKEN) is empty or only spaces: give a real secret, or none for a read-only server");
            }
            // Opening creates or migrates the store before the first request.
            vigie_store::Store::open(&cli.db)?;
            let pipeline = std::sync::Arc::new(pipeline(lexicon.as_deref())?);
            let config = vigie_web::Config {
                db: cli.db.clone(),
                addr,
                token: token.filter(|t| !t.is_empty()),
                assets,
                max_body,
            };
            let db = cli.db.clone();
            let writable = config.token.is_some();
            vigie_web::serve_blocking(config, pipeline, |bound| {
                eprintln!(
                    "vigie: serving {} at http://{bound}/ (API under /api/, described at /api/openapi.json){}; Ctrl-C stops",
                    vigie_store::location(&db),
                    if writable { "" } else { "; read-only: give --token to allow ingest" }
                );
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Parse {
            files,
            eval,
            predictions,
            lang,
            model,
            read,
        } => {
            let lang = lang.map(vigie_core::Lang::from);
            let models = parse::Models::load(model.as_deref())?;
            if !eval.is_empty() {
                parse::eval(&mut out, &eval, &models, lang, predictions.as_deref())?;
                return Ok(ExitCode::SUCCESS);
            }
            each_document(&files, read.into(), |source, text| {
                parse::write_document(&mut out, &source.doc_id(), text, lang, &models)
            })
        }
        Command::TrainSyntax(args) => parse::train(&args).map(|()| ExitCode::SUCCESS),
        Command::Bench(cmd) => bench::run(cmd),
        Command::Lexicon(LexiconCommand::ImportPetrarch { dir, out, force }) => {
            petrarch::import(&dir, &out, force)
        }
    }
}

/// Every stage, with a user dictionary folder on top of the bundled one when given.
fn pipeline(lexicon: Option<&std::path::Path>) -> anyhow::Result<vigie_coder::Pipeline> {
    Ok(vigie_coder::Pipeline::new(load_lexicon(lexicon)?)?)
}

/// The bundled actor dictionaries, with a user folder on top when one is given.
fn load_lexicon(dir: Option<&std::path::Path>) -> anyhow::Result<vigie_lexicon::Lexicon> {
    let mut builder = vigie_lexicon::Lexicon::builder();
    builder.add_bundled()?;
    if let Some(dir) = dir {
        builder.add_dir(dir)?;
    }
    Ok(builder.build()?)
}

/// Reads each input and hands it to `handle`. An input that cannot be read is
/// reported and skipped; the exit code is then 1.
fn each_document(
    files: &[PathBuf],
    options: ReadOptions,
    mut handle: impl FnMut(&Source, &str) -> std::io::Result<()>,
) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    for file in files {
        let source = Source::from_arg(file);
        match input::read_document(&source, options) {
            Ok(text) => {
                if text.trim().is_empty() {
                    eprintln!("vigie: {}: empty document", source.display());
                }
                handle(&source, &text)?;
            }
            Err(e) => {
                eprintln!("vigie: {e}");
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes one value as a line of JSON: the output format of every command.
fn write_json_line(
    out: &mut impl std::io::Write,
    value: &impl serde::Serialize,
) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

fn report(source: &Source, diagnostics: &[vigie_core::Diagnostic]) {
    for d in diagnostics {
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
}
