//! `vigie watch` and `vigie feeds`: follow feeds into the store, and list their health.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, ValueEnum};
use vigie_watch::fetch::Limits;
use vigie_watch::FeedSpec;

/// `vigie watch`.
#[derive(Args)]
pub struct WatchArgs {
    /// A feed list: one feed a line, `ADDRESS-OR-PATH [name=NAME] [lang=fr|en]
    /// [every=DURATION]`, `#` starts a comment. A path is a feed file, or a folder whose
    /// files (any format `vigie ingest` reads) are items.
    #[arg(long, value_name = "FILE")]
    feeds: Option<PathBuf>,
    /// A feed to follow (address or path); repeat for several.
    #[arg(long = "feed", value_name = "URL|PATH")]
    feed: Vec<String>,
    /// How often each feed is polled (30s, 5m, 1h), unless its line says otherwise.
    #[arg(long, default_value = "5m", value_name = "DURATION", value_parser = vigie_watch::parse_duration)]
    every: Duration,
    /// The longest wait between polls of a failing feed (the wait doubles with each
    /// failure in a row, from the feed's interval).
    #[arg(long, default_value = "1h", value_name = "DURATION", value_parser = vigie_watch::parse_duration)]
    max_backoff: Duration,
    /// POST every new or grown alert to this address, as JSON (`status`, `raised`,
    /// `alert` with its evidence).
    #[arg(long, value_name = "URL")]
    webhook: Option<String>,
    /// A request (feed, article page or webhook) that takes longer is abandoned.
    #[arg(long, default_value = "30s", value_name = "DURATION", value_parser = vigie_watch::parse_duration)]
    timeout: Duration,
    /// Largest response read, in bytes, after decompression.
    #[arg(long, default_value_t = 10 * 1024 * 1024, value_name = "BYTES")]
    max_response: u64,
    /// Redirects followed per request.
    #[arg(long, default_value_t = 5, value_name = "N")]
    max_redirects: u32,
    /// Fetch the page an item links to when the item's text is shorter than this many
    /// bytes (a summary); 0 never fetches.
    #[arg(long, default_value_t = 600, value_name = "BYTES")]
    summary_below: usize,
    /// Poll every feed once, store, alert, and stop (for cron jobs).
    #[arg(long)]
    once: bool,
    /// A folder of actor dictionaries that add to or override the bundled ones.
    #[arg(long, value_name = "DIR")]
    lexicon: Option<PathBuf>,
    /// Print nothing on standard error but failures.
    #[arg(long, short)]
    quiet: bool,
}

/// Runs `vigie watch`: alerts as JSON Lines on `out`, progress on standard error.
pub fn watch(db: &Path, args: &WatchArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let mut feeds = match &args.feeds {
        Some(list) => vigie_watch::parse_feed_list(list)?,
        None => Vec::new(),
    };
    feeds.extend(args.feed.iter().map(|f| FeedSpec::from_arg(f)));
    if feeds.is_empty() {
        anyhow::bail!(
            "no feed to follow: give --feeds FILE (one address or folder a line) or --feed URL"
        );
    }
    let pipeline = crate::pipeline(args.lexicon.as_deref())?;
    let options = vigie_watch::Options {
        every: args.every,
        max_backoff: args.max_backoff,
        limits: Limits {
            timeout: args.timeout,
            max_bytes: args.max_response,
            max_redirects: args.max_redirects,
        },
        webhook: args.webhook.clone(),
        summary_below: args.summary_below,
        once: args.once,
        read: vigie_ingest::read::ReadOptions {
            max_bytes: args.max_response,
            lossy: true,
        },
    };
    if !args.quiet {
        eprintln!(
            "vigie: watching {} feed(s) into {}, every {} unless a feed says otherwise{}",
            feeds.len(),
            vigie_store::location(db),
            human(args.every),
            if args.once {
                ", once"
            } else {
                "; Ctrl-C stops (nothing is lost)"
            }
        );
    }
    let mut write_error = None;
    vigie_watch::run(
        db,
        &feeds,
        &pipeline,
        &options,
        |notice| {
            if write_error.is_none() {
                if let Err(e) = crate::write_json_line(out, notice).and_then(|()| out.flush()) {
                    write_error = Some(e);
                }
            }
        },
        |line| {
            let failure = line.contains("failed") || line.contains("webhook");
            if !args.quiet || failure {
                eprintln!("vigie: {}", vigie_core::printable(line));
            }
        },
    )?;
    if let Some(e) = write_error {
        return Err(e.into());
    }
    Ok(())
}

fn human(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        s if s % 3600 == 0 => format!("{}h", s / 3600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

/// How `vigie feeds` prints.
#[derive(Clone, Copy, ValueEnum)]
pub enum FeedsFormat {
    /// One line a feed.
    Table,
    /// One JSON object a feed.
    Jsonl,
}

/// `vigie feeds`.
#[derive(Args)]
pub struct FeedsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FeedsFormat::Table)]
    format: FeedsFormat,
}

/// Runs `vigie feeds`.
pub fn feeds(db: &Path, args: &FeedsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let store = crate::crisis::open(db)?;
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let feeds = store.feeds(&today)?;
    match args.format {
        FeedsFormat::Jsonl => {
            for f in &feeds {
                crate::write_json_line(out, f)?;
            }
        }
        FeedsFormat::Table => {
            if feeds.is_empty() {
                writeln!(
                    out,
                    "no feed followed yet: start `vigie watch --feeds FILE`"
                )?;
            }
            use vigie_core::printable as p;
            for f in &feeds {
                let health = match (&f.last_error, f.failures) {
                    (Some(e), n) => format!("FAILING ({n} in a row): {}", p(e)),
                    (None, _) if f.last_success.is_some() => "ok".to_string(),
                    _ => "not polled yet".to_string(),
                };
                writeln!(
                    out,
                    "{}{}\n  {health}; last success {}; {} item(s) today, {} in all",
                    p(&f.url),
                    f.name
                        .as_deref()
                        .map(|n| format!(" ({})", p(n)))
                        .unwrap_or_default(),
                    f.last_success.as_deref().unwrap_or("never"),
                    f.items_today,
                    f.items
                )?;
            }
        }
    }
    Ok(())
}
