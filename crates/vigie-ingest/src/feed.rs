//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item.
//!
//! Read with the same forgiving scanner as HTML rather than a strict XML parser, since
//! feeds in the wild are often not well-formed; what cannot be read is reported with
//! the line of the item.

use chrono::Datelike;

use crate::html::{self, decode_entities};
use crate::{LineCounter, Record, RecordError};
use vigie_store::NewDocument;

/// The documents of a feed; `stem` names them (`stem-1`, `stem-2`...).
pub fn documents(file: &str, stem: &str, xml: &str) -> Vec<Result<Record, RecordError>> {
    let lower = xml.to_ascii_lowercase();
    let (item, atom) = if lower.contains("<feed") && !lower.contains("<rss") {
        ("entry", true)
    } else if lower.contains("<rss") || lower.contains("<rdf:rdf") || lower.contains("<channel") {
        ("item", false)
    } else {
        return vec![Err(RecordError {
            origin: format!("{file}:1"),
            message: "not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)".into(),
        })];
    };
    let first_item = find_element(&lower, 0, item).unwrap_or(xml.len());
    let feed_title = element(xml, &lower[..first_item], 0, "title").map(|t| clean(&t));
    let mut out = Vec::new();
    // Items come in file order, so their lines are counted on from the previous one.
    let mut lines = LineCounter::new(xml);
    let mut at = 0;
    let mut n = 0;
    while let Some(start) = find_element(&lower, at, item) {
        n += 1;
        let line = lines.line_of(start);
        let origin = format!("{file}:{line}");
        let close = format!("</{item}");
        let Some(end) = lower[start..].find(&close).map(|e| start + e) else {
            out.push(Err(RecordError {
                origin,
                message: format!("<{item}> is never closed; the items before it were read"),
            }));
            break;
        };
        let (region, region_lower) = (&xml[..end], &lower[..end]);
        let field = |name: &str| element(region, region_lower, start, name);
        let title = field("title").map(|t| clean(&t)).filter(|t| !t.is_empty());
        let body = ["content:encoded", "content", "description", "summary"]
            .iter()
            .find_map(|f| field(f).map(|b| body_text(&b)).filter(|b| !b.is_empty()));
        let link = if atom {
            link_href(region, region_lower, start)
        } else {
            field("link").map(|l| clean(&l))
        };
        let published = ["pubdate", "dc:date", "published", "updated"]
            .iter()
            .find_map(|f| field(f).and_then(|d| feed_day(&clean(&d))));
        at = end + close.len();
        let Some(body) = body else {
            out.push(Err(RecordError {
                origin,
                message: format!("item {n} has no text (no description, content or summary)"),
            }));
            continue;
        };
        let text = match &title {
            Some(t) => format!("{t}\n\n{body}"),
            None => body,
        };
        out.push(Ok(Record {
            document: NewDocument {
                doc: format!("{stem}-{n}"),
                source: feed_title.clone(),
                url: link,
                title,
                published,
                origin,
                text,
            },
            lang: None,
        }));
    }
    out
}

/// The text of the first `<name>` element at or after `from` (CDATA unwrapped, still
/// escaped otherwise).
fn element(xml: &str, lower: &str, from: usize, name: &str) -> Option<String> {
    let open = find_element(lower, from, name)?;
    let content = open + lower[open..].find('>')? + 1;
    if lower[open..content].ends_with("/>") {
        return Some(String::new());
    }
    let end = lower[content..]
        .find(&format!("</{name}>"))
        .map(|e| content + e)?;
    Some(xml[content..end].to_string())
}

/// Where an element named exactly `name` opens, from `from`.
fn find_element(lower: &str, mut from: usize, name: &str) -> Option<usize> {
    let needle = format!("<{name}");
    while let Some(pos) = lower.get(from..)?.find(&needle) {
        let at = from + pos;
        if matches!(
            lower.as_bytes().get(at + needle.len()),
            Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
        ) {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// Atom's `<link href="..." rel="alternate">` (or the first link).
fn link_href(xml: &str, lower: &str, from: usize) -> Option<String> {
    let mut at = from;
    let mut first = None;
    while let Some(open) = find_element(lower, at, "link") {
        let end = open + lower[open..].find('>')?;
        let tag = &xml[open..end];
        let href = attribute(tag, "href");
        let rel = attribute(tag, "rel");
        if href.is_some() && rel.as_deref().is_none_or(|r| r == "alternate") {
            return href;
        }
        first = first.or(href);
        at = end;
    }
    first
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    let q = rest.chars().next()?;
    let value = if q == '"' || q == '\'' {
        rest[1..].split(q).next()?
    } else {
        rest.split(|c: char| c.is_whitespace() || c == '/').next()?
    };
    Some(decode_entities(value))
}

/// CDATA unwrapped, entities decoded, spaces collapsed.
fn clean(raw: &str) -> String {
    let text = unwrap_cdata(raw);
    decode_entities(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An item body: escaped or CDATA HTML becomes text.
fn body_text(raw: &str) -> String {
    let unwrapped = unwrap_cdata(raw);
    let decoded = if raw.contains("<![CDATA[") {
        unwrapped
    } else {
        decode_entities(&unwrapped)
    };
    html::text_of(&decoded)
}

fn unwrap_cdata(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find("<![CDATA[") {
        out.push_str(&rest[..start]);
        let inner = &rest[start + 9..];
        let end = inner.find("]]>").unwrap_or(inner.len());
        out.push_str(&inner[..end]);
        rest = inner.get(end + 3..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// A feed date (RFC 2822 in RSS, RFC 3339 in Atom) as `YYYY-MM-DD`, in its own offset.
fn feed_day(value: &str) -> Option<String> {
    chrono::DateTime::parse_from_rfc2822(value)
        .ok()
        .map(|d| d.date_naive())
        // Five-digit years (a typo such as `32026`) print as `+32026-03-14`, which is
        // not the `YYYY-MM-DD` the store expects.
        .filter(|d| (0..=9999).contains(&d.year()))
        .map(|d| d.to_string())
        .or_else(|| html::day_of(value))
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
            <entry><title>Two</title><summary>Text two.";
        let docs = documents("a.atom", "a", xml);
        assert_eq!(docs.len(), 2);
        let one = docs[0].as_ref().unwrap();
        assert_eq!(
            one.document.url.as_deref(),
            Some("https://example.invalid/1")
        );
        assert_eq!(one.document.published.as_deref(), Some("2026-03-15"));
        assert_eq!(one.document.source.as_deref(), Some("Wire"));
        let err = docs[1].as_ref().unwrap_err();
        assert_eq!(err.origin, "a.atom:3");
        assert!(err.message.contains("never closed"));
        let not_feed = documents("x.xml", "x", "<html><p>no</p></html>");
        assert!(not_feed[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not an RSS or Atom feed"));
    }
}
