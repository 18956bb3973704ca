//! Regression tests, each named after the bug it guards against.
//!
//! The markup readers once sliced strings one byte past a tag, which panics when the
//! next character is longer than a byte (`<p>À Bamako`, `<summary>« Le…`): French
//! pages and feeds then stopped the whole batch. These tests read such documents
//! through the public entry point and check the text that comes out, not only that
//! nothing panics.

use std::path::Path;

use vigie_ingest::{html, records, Format};
use vigie_store::NewDocument;

/// The documents `records` reads from `text` as a file named `name`; all must be read.
fn read(name: &str, format: Format, text: &str) -> Vec<NewDocument> {
    records(Path::new(name), format, text)
        .into_iter()
        .map(|r| r.expect("every record is read").document)
        .collect()
}

/// The one document of a single-document file.
fn read_one(name: &str, format: Format, text: &str) -> NewDocument {
    let mut docs = read(name, format, text);
    assert_eq!(docs.len(), 1, "{docs:#?}");
    docs.remove(0)
}

#[test]
fn html_non_ascii_after_tag_does_not_panic() {
    let page = read_one(
        "bamako.html",
        Format::Html,
        "<html><body><p>À Bamako, l’armée a repris le contrôle.</p>\
         <p>« La situation est calme », selon un porte-parole.</p>\
         <ul><li>Ségou</li><li>Écoles fermées</li></ul></body></html>",
    );
    assert_eq!(
        page.text,
        "À Bamako, l’armée a repris le contrôle.\n\n\
         « La situation est calme », selon un porte-parole.\n\n\
         Ségou\n\nÉcoles fermées"
    );
}

#[test]
fn html_non_ascii_after_closing_tag_does_not_panic() {
    assert_eq!(
        html::text_of("<b>Gao</b>é<i>Mopti</i>… et <em>Kidal</em>🙂"),
        "GaoéMopti… et Kidal🙂"
    );
    assert_eq!(html::text_of("a <é b</p>« c »"), "a <é b\n\n« c »");
}

#[test]
fn html_title_heading_starting_with_accent_does_not_panic() {
    let page = html::extract(
        "<html><head><meta property=\"og:site_name\" content=\"Le Républicain\"></head>\
         <body><h1>Émeute à Gao</h1><p>Œuvre d’un groupe armé.</p></body></html>",
    );
    assert_eq!(page.title.as_deref(), Some("Émeute à Gao"));
    assert_eq!(page.site.as_deref(), Some("Le Républicain"));
    assert_eq!(page.text, "Émeute à Gao\n\nŒuvre d’un groupe armé.");
}

#[test]
fn html_entity_next_to_non_ascii_is_decoded() {
    assert_eq!(
        html::text_of("<p>&eacute;É &é; &#233;à &amp;«</p>"),
        "éÉ &é; éà &«"
    );
}

#[test]
fn rss_summary_starting_with_guillemet_does_not_panic() {
    let docs = read(
        "veilleur.rss",
        Format::Feed,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Le Veilleur</title>\
         <item><title>Éthiopie</title>\
         <description>&lt;p&gt;« Le gouvernement a réagi… »&lt;/p&gt;</description></item>\
         <item><title>Niger</title>\
         <content:encoded><![CDATA[<p>À Niamey, <b>é</b>lections reportées.</p>]]></content:encoded>\
         </item></channel></rss>",
    );
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].title.as_deref(), Some("Éthiopie"));
    assert_eq!(docs[0].text, "Éthiopie\n\n« Le gouvernement a réagi… »");
    assert_eq!(docs[1].text, "Niger\n\nÀ Niamey, élections reportées.");
}

#[test]
fn atom_summary_starting_with_accent_does_not_panic() {
    let docs = read(
        "fil.atom",
        Format::Feed,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fil</title>\n\
         <entry><title>Ouagadougou</title>\
         <summary type=\"html\">&lt;p&gt;À Ouagadougou, « calme ».&lt;/p&gt;</summary></entry>\n\
         <entry><title>Tchad</title>\
         <content type=\"xhtml\"><div><p>Élection à N’Djamena.</p></div></content></entry></feed>",
    );
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].text, "Ouagadougou\n\nÀ Ouagadougou, « calme ».");
    assert_eq!(docs[1].text, "Tchad\n\nÉlection à N’Djamena.");
}

#[test]
fn markdown_non_ascii_after_markup_is_kept() {
    let doc = read_one(
        "gao.md",
        Format::Markdown,
        "---\ntitle: « Gao »\n---\n# Émeute à Gao\n\n**À Gao**, _« calme »_ selon \
         [Ségou](https://x.invalid) ![é](p.jpg)`é`\n> « Citation »",
    );
    assert_eq!(doc.title.as_deref(), Some("« Gao »"));
    assert_eq!(
        doc.text,
        "Émeute à Gao\n\nÀ Gao, « calme » selon Ségou é\n« Citation »"
    );
}

#[test]
fn rss_pub_date_with_five_digit_year_is_dropped() {
    let docs = read(
        "typo.rss",
        Format::Feed,
        "<rss><channel><item><title>Gao</title>\
         <pubDate>Sat, 14 Mar 32026 09:00:00 +0100</pubDate>\
         <description>Texte.</description></item>\
         <item><title>Mopti</title><pubDate>Sat, 14 Mar 2026 09:00:00 +0100</pubDate>\
         <description>Texte.</description></item></channel></rss>",
    );
    assert_eq!(docs[0].published, None);
    assert_eq!(docs[1].published.as_deref(), Some("2026-03-14"));
}

#[test]
fn published_dates_not_shaped_yyyy_mm_dd_are_dropped() {
    let docs = read(
        "fil.atom",
        Format::Feed,
        "<feed><entry><title>Tchad</title><updated>2026\n-03-16T07:00:00+02:00</updated>\
         <summary>Texte.</summary></entry>\
         <entry><title>Niger</title><updated>2026-03-16T07:00:00+02:00</updated>\
         <summary>Texte.</summary></entry></feed>",
    );
    assert_eq!(docs[0].published, None);
    assert_eq!(docs[1].published.as_deref(), Some("2026-03-16"));
    let note = read_one(
        "note.md",
        Format::Markdown,
        "---\ndate: 2026-03-1 https://example.invalid\n---\nTexte.",
    );
    assert_eq!(note.published, None);
}
