//! A bounded, deterministic fuzz of the markup readers (HTML, RSS, Atom, Markdown).
//!
//! Seed documents in French, with accents, guillemets, emoji and entities, are cut at
//! every byte, given a multibyte character after every markup byte (`<`, `>`, `&`...)
//! and mutated at random by a fixed-seed xorshift generator: a few thousand inputs,
//! each read as all three markup formats. Every reading must return, never panic, and
//! keep the promises of the readers: paragraphs trimmed and separated by one blank
//! line, feed items numbered in order, origins naming a line of the file, dates as
//! `YYYY-MM-DD`, the same answer on a second reading.
//!
//! `VIGIE_FUZZ_ITERATIONS` sets the number of random mutations (default 2,000); a
//! longer run: `VIGIE_FUZZ_ITERATIONS=100000 cargo test --release -p vigie-ingest --test
//! markup_fuzz`. An input that fails is written to `fuzz-failures/` under Cargo's test
//! scratch folder (`target/tmp/`) and its path printed, so that it can become a seed.

use std::panic::{catch_unwind, resume_unwind};
use std::path::Path;

use vigie_ingest::{html, records, Format, Record, RecordError};

const PAGE: &str = r#"<!doctype html><html><head><title>Émeute à Gao &laquo; Le Veilleur &raquo;</title>
<meta property="og:site_name" content="Le Républicain">
<meta property="article:published_time" content="2026-03-14T08:30:00+01:00">
<link rel="canonical" href="https://example.invalid/gao?é=1&amp;x=2">
<script>var s = "<p>pas du texte</p>";</script></head><body>
<nav class="menu">Accueil · Monde</nav><!-- « commentaire » -->
<article><h1>À Gao, l’armée reprend le contrôle</h1>
<p>« La situation est calme », a déclaré vendredi un porte-parole&nbsp;: les écoles
rouvriront lundi 🙂.</p><p>Œuvre d&#8217;un groupe armé&#x2026; <b>É</b>tat d’urgence.</p>
<time datetime="2026-03-14">14 mars</time><aside>Lire aussi&hellip;</aside></article>
<footer>© Le Veilleur</footer></body></html>"#;

const RSS: &str = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Le Veilleur &amp; Cie</title><link>https://example.invalid</link>
<item><title>Éthiopie : « Addis-Abeba » répond</title><link>https://example.invalid/é</link>
<pubDate>Sat, 14 Mar 2026 09:00:00 +0100</pubDate>
<description>&lt;p&gt;« Le gouvernement a réagi… »&lt;/p&gt;&lt;p&gt;À suivre 🙂&lt;/p&gt;</description></item>
<item><title>Niger</title><dc:date>2026-03-15</dc:date>
<content:encoded><![CDATA[<p>À Niamey, <b>é</b>lections reportées&nbsp;!</p>]]></content:encoded></item>
<item><title>Vide é</title></item></channel></rss>"#;

const ATOM: &str = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Fil « Sahel »</title>
<entry><title>Ouagadougou</title><link rel="alternate" href="https://example.invalid/ouaga"/>
<published>2026-03-15T10:00:00Z</published>
<summary type="html">&lt;p&gt;À Ouagadougou, « calme » &amp;eacute;&lt;/p&gt;</summary></entry>
<entry><title>Tchad</title><link href='https://example.invalid/tchad' rel='self'/>
<updated>2026-03-16T07:00:00+02:00</updated>
<content type="xhtml"><div><p>Élection à N’Djamena 🗳️.</p></div></content></entry></feed>"#;

const MARKDOWN: &str = "---\ntitle: « Émeute à Gao »\ndate: 2026-03-14\nsource: Le Veilleur\n\
url: https://example.invalid/gao\n---\n# À Gao, l’armée reprend le contrôle\n\n\
**« La situation est calme »**, selon [un porte-parole](https://x.invalid/é) \
![photo é](p.jpg) _hier_ 🙂.\n\n```\ncode ignoré\n```\n> Œuvre d’un `groupe` armé…\n\
snake_case reste !\n";

/// The seed documents, each with the name and format it is read under first.
const SEEDS: &[(&str, &str)] = &[
    ("page.html", PAGE),
    ("fil.rss", RSS),
    ("fil.atom", ATOM),
    ("note.md", MARKDOWN),
];

/// Characters longer than a byte, the kind that once split under a byte slice.
const MULTIBYTE: &[&str] = &[
    "À", "é", "«", "»", "’", "…", "🙂", "\u{a0}", "\u{2003}", "Œ", "\u{fffd}", "€",
];

/// Markup fragments the mutations splice in.
const MARKUP: &[&str] = &[
    "<",
    ">",
    "&",
    ";",
    "</",
    "<p>",
    "</p>",
    "<br/>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<item>",
    "</item>",
    "<entry>",
    "</entry>",
    "<summary>",
    "</summary>",
    "<title>",
    "</title>",
    "<script>",
    "<article>",
    "<nav>",
    "<rss>",
    "<channel>",
    "<feed>",
    "<content:encoded>",
    " xmlns:dc=\"",
    " version=\"2.0\"",
    "\"",
    "'",
    "=",
    "&#",
    "&#x",
    "&amp;",
    "&#xFFFFFFFF;",
    "[",
    "](",
    ")",
    "![",
    "*",
    "_",
    "`",
    "```",
    "# ",
    "> ",
    "---\n",
    "\n",
];

/// Bytes after which a multibyte character is inserted.
const MARKUP_BYTES: &[u8] = b"<>&;/\"'=[]()!*_`#\n";

/// Xorshift64: a tiny generator whose sequence is fixed by its seed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One to four random edits of `seed`, made on bytes; invalid UTF-8 that results
/// (a character cut in two) is read as U+FFFD, as `--lossy` would.
fn mutate(rng: &mut XorShift, seed: &str) -> String {
    let mut bytes = seed.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 => bytes.insert(at, rng.next() as u8),
            1 => {
                let end = (at + 1 + rng.below(8)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            2 => {
                let end = (at + 1 + rng.below(40)).min(bytes.len());
                let copy = bytes[at.min(end)..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            3 => {
                let piece = rng.pick(MARKUP);
                bytes.splice(at..at, piece.bytes());
            }
            4 => {
                let marks: Vec<usize> = (0..bytes.len())
                    .filter(|&k| MARKUP_BYTES.contains(&bytes[k]))
                    .collect();
                if !marks.is_empty() {
                    let after = marks[rng.below(marks.len())] + 1;
                    let c = rng.pick(MULTIBYTE);
                    bytes.splice(after..after, c.bytes());
                }
            }
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Reads `text` as every markup format, checks each answer, and names the input if a
/// reader panics.
fn check(name: &str, text: &str) {
    let outcome = catch_unwind(|| {
        for format in [Format::Html, Format::Feed, Format::Markdown] {
            let first = records(Path::new(name), format, text);
            check_records(name, format, text, &first);
        }
        check_paragraphs(&html::text_of(text), text);
    });
    if let Err(panic) = outcome {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
        let saved = dir.join(name);
        let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&saved, text));
        eprintln!(
            "a reader failed on {name} (saved as {}: {written:?}): {text:?}",
            saved.display()
        );
        resume_unwind(panic);
    }
}

fn check_records(name: &str, format: Format, text: &str, found: &[Result<Record, RecordError>]) {
    let lines = text.lines().count().max(1);
    let stem = name.split('.').next().unwrap_or(name);
    for (k, record) in found.iter().enumerate() {
        let origin = match record {
            Ok(r) => &r.document.origin,
            Err(e) => &e.origin,
        };
        if let Some((file, line)) = origin.rsplit_once(':') {
            assert_eq!(file, name, "{format:?} {text:?}");
            let line: usize = line.parse().expect("origin line is a number");
            assert!((1..=lines).contains(&line), "{origin} in {text:?}");
        } else {
            assert_eq!(origin, name, "{format:?} {text:?}");
        }
        let Ok(record) = record else { continue };
        let doc = &record.document;
        if let Some(day) = &doc.published {
            assert!(is_day(day), "published {day:?} in {text:?}");
        }
        match format {
            Format::Feed => {
                assert_eq!(doc.doc, format!("{stem}-{}", k + 1), "{text:?}");
                check_paragraphs(&doc.text, text);
                assert!(!doc.text.is_empty(), "{text:?}");
            }
            Format::Html => {
                assert_eq!(doc.text, html::extract(text).text, "{text:?}");
                check_paragraphs(&doc.text, text);
            }
            _ => assert_eq!(doc.text, doc.text.trim(), "{text:?}"),
        }
    }
    let again = records(Path::new(name), format, text);
    assert_eq!(describe(found), describe(&again), "{format:?} {text:?}");
}

/// What the HTML reader promises: non-empty paragraphs, trimmed, one line each, one
/// blank line between them.
fn check_paragraphs(out: &str, input: &str) {
    if out.is_empty() {
        return;
    }
    for p in out.split("\n\n") {
        let ok = !p.is_empty() && p.trim() == p && !p.contains('\n');
        assert!(ok, "paragraph {p:?} of {out:?} from {input:?}");
    }
}

/// `YYYY-MM-DD`.
fn is_day(day: &str) -> bool {
    day.len() == 10
        && day.bytes().enumerate().all(|(k, b)| match k {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

fn describe(found: &[Result<Record, RecordError>]) -> Vec<String> {
    found
        .iter()
        .map(|r| match r {
            Ok(r) => format!("{:?}", r.document),
            Err(e) => e.to_string(),
        })
        .collect()
}

#[test]
fn every_truncation_of_the_seeds_reads_cleanly() {
    for (name, seed) in SEEDS {
        check(name, seed);
        for cut in 0..seed.len() {
            check(name, &String::from_utf8_lossy(&seed.as_bytes()[..cut]));
        }
    }
}

#[test]
fn multibyte_characters_after_markup_bytes_read_cleanly() {
    for (name, seed) in SEEDS {
        for (k, _) in seed
            .bytes()
            .enumerate()
            .filter(|(_, b)| MARKUP_BYTES.contains(b))
        {
            let c = MULTIBYTE[k % MULTIBYTE.len()];
            check(name, &format!("{}{c}{}", &seed[..=k], &seed[k + 1..]));
        }
    }
}

fn iterations() -> usize {
    std::env::var("VIGIE_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

#[test]
fn random_mutations_of_the_seeds_read_cleanly() {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for round in 0..iterations() {
        let (name, seed) = SEEDS[round % SEEDS.len()];
        check(name, &mutate(&mut rng, seed));
    }
}
