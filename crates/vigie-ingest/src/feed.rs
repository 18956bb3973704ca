//! RSS 2.0, RSS 0.9x, RSS 1.0 (RDF) and Atom feeds: one document per item.
//!
//! `feed-rs` reads the feed. Two habits of feeds in the wild that it refuses are
//! repaired first, on a copy and only when present: an `<rss>` without `version` is
//! read as RSS 2.0, and the prefixes `content`, `dc`, `atom` and `media` used without
//! their namespace declaration get the usual one. Item bodies (`content:encoded`,
//! Atom `content`, else `description` or `summary`) go through [`html::text_of`];
//! dates keep the day of their own offset, as the feed wrote it.
//!
//! `feed-rs` gives no positions, so one linear pass of `quick-xml` (the reader
//! `feed-rs` itself uses) lists where each item opens; an item without text is an error
//! naming that line. A feed that is not well-formed XML is one error naming the line
//! where the XML breaks: none of its items is read.

use std::borrow::Cow;

use chrono::Datelike;
use feed_rs::model::{Entry, Text};
use quick_xml::events::{BytesStart, Event};

use crate::{html, LineCounter, Record, RecordError};
use vigie_store::NewDocument;

/// Namespaces a feed may use without declaring them, by prefix.
const USUAL_NAMESPACES: &[(&str, &str)] = &[
    ("content", "http://purl.org/rss/1.0/modules/content/"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("atom", "http://www.w3.org/2005/Atom"),
    ("media", "http://search.yahoo.com/mrss/"),
];

/// The documents of a feed; `stem` names them (`stem-1`, `stem-2`...).
pub fn documents(file: &str, stem: &str, xml: &str) -> Vec<Result<Record, RecordError>> {
    let mut lines = LineCounter::new(xml);
    let last_line = xml.lines().count().max(1);
    let mut origin = |at: usize| format!("{file}:{}", lines.line_of(at).min(last_line));
    let outline = match Outline::of(xml) {
        Ok(outline) => outline,
        Err((at, message)) => {
            return vec![Err(RecordError {
                origin: origin(at),
                message: format!("not well-formed XML, no item read: {message}"),
            })];
        }
    };
    let feed = if matches!(outline.root.as_str(), "rss" | "RDF" | "feed") {
        parser().parse(outline.repaired(xml).as_bytes())
    } else {
        return vec![Err(RecordError {
            origin: origin(0),
            message: "not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)".into(),
        })];
    };
    let feed = match feed {
        Ok(feed) => feed,
        Err(e) => {
            return vec![Err(RecordError {
                origin: origin(0),
                message: format!("not a feed vigie can read: {e}"),
            })]
        }
    };
    let source = feed
        .title
        .as_ref()
        .map(title_text)
        .filter(|t| !t.is_empty());
    let mut documents = Vec::with_capacity(feed.entries.len());
    for (k, entry) in feed.entries.iter().enumerate() {
        let n = k + 1;
        // `feed-rs` returns the items in file order, those the outline found first;
        // one it would find beyond them is named by the top of the file.
        let origin = origin(outline.items.get(k).copied().unwrap_or(0));
        let title = entry
            .title
            .as_ref()
            .map(title_text)
            .filter(|t| !t.is_empty());
        let Some(body) = body(entry) else {
            documents.push(Err(RecordError {
                origin,
                message: format!("item {n} has no text (no description, content or summary)"),
            }));
            continue;
        };
        let text = match &title {
            Some(t) => format!("{t}\n\n{body}"),
            None => body,
        };
        let published = entry.published.or(entry.updated);
        documents.push(Ok(Record {
            document: NewDocument {
                doc: format!("{stem}-{n}"),
                source: source.clone(),
                url: link(entry),
                title,
                published: published.map(|d| d.date_naive().to_string()),
                origin,
                text,
            },
            lang: None,
        }));
    }
    documents
}

/// A `feed-rs` parser that keeps each date's own day and makes no ids.
fn parser() -> feed_rs::parser::Parser {
    feed_rs::parser::Builder::new()
        // The day as written, carried at midnight UTC: `feed-rs` would move
        // `Sat, 14 Mar 2026 00:30:00 +0100` to the 13th.
        .timestamp_parser(|value| {
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            feed_day(&value)?.and_hms_opt(0, 0, 0).map(|d| d.and_utc())
        })
        .id_generator(|_, _, _| String::new())
        .build()
}

/// What one pass of the XML tells: the root element, where items open, what to repair.
struct Outline {
    /// The root element's local name.
    root: String,
    /// Where the root's name ends, where repairs are inserted.
    root_name_end: usize,
    /// Whether the root is `rss` without a `version`.
    rss_without_version: bool,
    /// The XML declaration's bytes when it names an encoding other than UTF-8: the
    /// text is UTF-8 already, and `feed-rs` would decode it again.
    foreign_declaration: Option<(usize, usize)>,
    /// Usual prefixes used without their declaration.
    undeclared: Vec<&'static str>,
    /// Byte offsets of the items, in the order `feed-rs` returns them.
    items: Vec<usize>,
}

impl Outline {
    /// Reads `xml` once; a well-formedness error comes with its byte offset.
    fn of(xml: &str) -> Result<Outline, (usize, String)> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut outline = Outline {
            root: String::new(),
            root_name_end: 0,
            rss_without_version: false,
            foreign_declaration: None,
            undeclared: Vec::new(),
            items: Vec::new(),
        };
        // The open elements: local name and where each opened.
        let mut open: Vec<(String, usize)> = Vec::new();
        let mut used: Vec<&'static str> = Vec::new();
        let mut declared: Vec<&'static str> = Vec::new();
        loop {
            let at = reader.buffer_position() as usize;
            let event = reader
                .read_event()
                .map_err(|e| (reader.error_position() as usize, e.to_string()))?;
            let (start, empty) = match &event {
                Event::Start(start) => (start, false),
                Event::Empty(start) => (start, true),
                Event::End(_) => {
                    open.pop();
                    continue;
                }
                Event::Decl(decl) => {
                    let encoding = decl.encoding().and_then(Result::ok);
                    let utf8 =
                        |e: &str| e.eq_ignore_ascii_case("utf-8") || e.eq_ignore_ascii_case("utf8");
                    if encoding.is_some_and(|e| !utf8(&e)) {
                        let end = reader.buffer_position() as usize;
                        outline.foreign_declaration = Some((at, end));
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let name = start.local_name().as_ref().to_string();
            note_prefixes(start, &mut used, &mut declared);
            if open.is_empty() && outline.root.is_empty() {
                outline.root_name_end = at + 1 + start.name().as_ref().len();
                outline.rss_without_version = name == "rss"
                    && !start
                        .attributes()
                        .flatten()
                        .any(|a| a.key.as_ref() == "version");
                outline.root = name.clone();
            }
            let parent = open.last().map(|(p, _)| p.as_str());
            let is_item = match (outline.root.as_str(), open.len(), parent) {
                ("rss", 2, Some("channel")) | ("RDF", 1, _) => name == "item",
                ("feed", 1, _) => name == "entry",
                _ => false,
            };
            if is_item {
                outline.items.push(at);
            }
            if !empty {
                open.push((name, at));
            }
        }
        if let Some((name, at)) = open.pop() {
            return Err((at, format!("<{name}> is never closed")));
        }
        outline.undeclared = used.into_iter().filter(|p| !declared.contains(p)).collect();
        Ok(outline)
    }

    /// `xml` with the repairs it needs, a copy only when it needs one.
    fn repaired<'a>(&self, xml: &'a str) -> Cow<'a, str> {
        let mut added = String::new();
        if self.rss_without_version {
            added.push_str(" version=\"2.0\"");
        }
        for prefix in &self.undeclared {
            if let Some((_, uri)) = USUAL_NAMESPACES.iter().find(|(p, _)| p == prefix) {
                added.push_str(&format!(" xmlns:{prefix}=\"{uri}\""));
            }
        }
        if added.is_empty() && self.foreign_declaration.is_none() {
            return Cow::Borrowed(xml);
        }
        let mut out = String::with_capacity(xml.len() + added.len() + 40);
        let mut from = 0;
        if let Some((start, end)) = self.foreign_declaration {
            out.push_str(&xml[..start]);
            out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            from = end;
        }
        out.push_str(&xml[from..self.root_name_end]);
        out.push_str(&added);
        out.push_str(&xml[self.root_name_end..]);
        Cow::Owned(out)
    }
}

/// Records which usual prefixes an element uses and which it declares.
fn note_prefixes(
    start: &BytesStart,
    used: &mut Vec<&'static str>,
    declared: &mut Vec<&'static str>,
) {
    let usual = |prefix: &str| {
        USUAL_NAMESPACES
            .iter()
            .map(|(p, _)| *p)
            .find(|p| *p == prefix)
    };
    let note = |list: &mut Vec<&'static str>, prefix: Option<&'static str>| {
        if let Some(p) = prefix.filter(|p| !list.contains(p)) {
            list.push(p);
        }
    };
    if let Some(prefix) = start.name().prefix() {
        note(used, usual(prefix.as_ref()));
    }
    for attr in start.attributes().flatten() {
        let key = attr.key.as_ref();
        if let Some(prefix) = key.strip_prefix("xmlns:") {
            note(declared, usual(prefix));
        } else if let Some(prefix) = attr.key.prefix() {
            note(used, usual(prefix.as_ref()));
        }
    }
}

/// An item's text: its content, else its summary, as paragraphs.
fn body(entry: &Entry) -> Option<String> {
    let content = entry.content.as_ref().and_then(|c| {
        let body = c.body.as_deref()?;
        match (
            c.content_type.ty().as_str(),
            c.content_type.subty().as_str(),
        ) {
            (_, "html" | "xhtml" | "xhtml+xml") => Some(html::text_of(body)),
            ("text", _) => Some(plain_paragraphs(body)),
            _ => None,
        }
    });
    let summary = entry.summary.as_ref().map(|s| match is_html(s) {
        true => html::text_of(&s.content),
        false => plain_paragraphs(&s.content),
    });
    [content, summary]
        .into_iter()
        .flatten()
        .find(|b| !b.is_empty())
}

fn is_html(text: &Text) -> bool {
    matches!(
        text.content_type.subty().as_str(),
        "html" | "xhtml" | "xhtml+xml"
    )
}

/// A title on one line: markup read as text, entities HTML knows decoded.
fn title_text(text: &Text) -> String {
    let plain = match is_html(text) {
        true => html::text_of(&text.content),
        // Feeds write HTML entities XML does not know (`&nbsp;`): `feed-rs` leaves them.
        false => html::decode_entities(&text.content),
    };
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text as paragraphs: blank lines separate them, spaces collapse.
fn plain_paragraphs(text: &str) -> String {
    let text = html::decode_entities(text);
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() && !current.is_empty() {
            paragraphs.push(std::mem::take(&mut current).join(" "));
        }
        current.extend(words);
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs.join("\n\n")
}

/// The item's address: its alternate link, else its first.
fn link(entry: &Entry) -> Option<String> {
    let alternate = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"));
    alternate
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|href| !href.is_empty())
}

/// A feed date (RFC 2822 in RSS, RFC 3339 in Atom) as its day, in its own offset.
fn feed_day(value: &str) -> Option<chrono::NaiveDate> {
    chrono::DateTime::parse_from_rfc2822(value)
        .ok()
        .map(|d| d.date_naive())
        // Five-digit years (a typo such as `32026`) print as `+32026-03-14`, which is
        // not the `YYYY-MM-DD` the store expects.
        .filter(|d| (0..=9999).contains(&d.year()))
        .or_else(|| html::day_of(value)?.parse().ok())
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_documents() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel>
            <title>Le Veilleur &amp; Cie</title><link>https://example.invalid</link>
            <item><title>Niamey rappelle son ambassadeur</title>
              <link>https://example.invalid/a</link>
              <pubDate>Sat, 14 Mar 2026 09:00:00 +0100</pubDate>
              <description>&lt;p&gt;Le Niger a rappel&#233; son ambassadeur.&lt;/p&gt;</description></item>
            <item><title>Second</title><content:encoded><![CDATA[<p>Un <b>autre</b> texte.</p>]]></content:encoded>
              <description>court</description></item>
            <item><title>Vide</title></item>
            </channel></rss>"#;
        let docs = documents("f.xml", "f", xml);
        assert_eq!(docs.len(), 3);
        let a = docs[0].as_ref().unwrap();
        assert_eq!(a.document.doc, "f-1");
        assert_eq!(a.document.source.as_deref(), Some("Le Veilleur & Cie"));
        assert_eq!(a.document.url.as_deref(), Some("https://example.invalid/a"));
        assert_eq!(a.document.published.as_deref(), Some("2026-03-14"));
        assert_eq!(
            a.document.text,
            "Niamey rappelle son ambassadeur\n\nLe Niger a rappelé son ambassadeur."
        );
        assert_eq!(a.document.origin, "f.xml:3");
        let b = docs[1].as_ref().unwrap();
        assert_eq!(b.document.text, "Second\n\nUn autre texte.");
        let err = docs[2].as_ref().unwrap_err();
        assert_eq!(err.origin, "f.xml:9");
        assert!(err.message.contains("no text"), "{}", err.message);
    }

    #[test]
    fn atom_entries_and_broken_feeds() {
        let xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>\n\
            <entry><title>One</title><link rel=\"alternate\" href=\"https://example.invalid/1\"/>\
            <published>2026-03-15T10:00:00Z</published><summary>Text one.</summary></entry>\n\
            <entry><title>Two</title><summary>Text two.</summary></entry></feed>";
        let docs = documents("a.atom", "a", xml);
        assert_eq!(docs.len(), 2);
        let one = docs[0].as_ref().unwrap();
        assert_eq!(
            one.document.url.as_deref(),
            Some("https://example.invalid/1")
        );
        assert_eq!(one.document.published.as_deref(), Some("2026-03-15"));
        assert_eq!(one.document.source.as_deref(), Some("Wire"));
        assert_eq!(docs[1].as_ref().unwrap().document.origin, "a.atom:3");
        // A feed cut short is not XML: one error, at the line where it breaks.
        let cut = &xml[..xml.find("Text two.").unwrap() + 9];
        let docs = documents("a.atom", "a", cut);
        assert_eq!(docs.len(), 1);
        let err = docs[0].as_ref().unwrap_err();
        assert_eq!(err.origin, "a.atom:3", "{}", err.message);
        assert!(
            err.message.contains("not well-formed XML"),
            "{}",
            err.message
        );
        let not_feed = documents("x.xml", "x", "<html><p>no</p></html>");
        assert!(not_feed[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not an RSS or Atom feed"));
    }

    #[test]
    fn undeclared_prefixes_and_missing_version_are_repaired() {
        let xml = "<rss><channel><title>Fil</title>\n<item><title>Gao</title>\
            <dc:date>2026-03-15</dc:date>\
            <content:encoded><![CDATA[<p>Texte &nbsp;plein.</p>]]></content:encoded></item>\n\
            <item><title>Mopti&nbsp;!</title><pubDate>Sat, 14 Mar 2026 00:30:00 +0100</pubDate>\
            <description>Court.</description></item></channel></rss>";
        let docs = documents("f.rss", "f", xml);
        let a = &docs[0].as_ref().unwrap().document;
        assert_eq!(a.text, "Gao\n\nTexte \u{a0}plein.");
        assert_eq!(a.published.as_deref(), Some("2026-03-15"));
        assert_eq!(a.origin, "f.rss:2");
        let b = &docs[1].as_ref().unwrap().document;
        assert_eq!(b.title.as_deref(), Some("Mopti !"));
        // The day as the feed wrote it, not the day in UTC.
        assert_eq!(b.published.as_deref(), Some("2026-03-14"));
        assert_eq!(b.origin, "f.rss:3");
    }

    #[test]
    fn feed_declared_latin1_is_read_as_the_utf8_it_was_decoded_to() {
        // The file's bytes were decoded before the feed is read: decoding the
        // declaration's encoding again would turn `é` into `Ã©`.
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\">\
            <channel><item><title>Émeute</title><description>À Gao.</description></item>\
            </channel></rss>";
        let docs = documents("l.rss", "l", xml);
        let doc = &docs[0].as_ref().unwrap().document;
        assert_eq!(doc.text, "Émeute\n\nÀ Gao.");
        assert_eq!(doc.origin, "l.rss:2");
    }
}
