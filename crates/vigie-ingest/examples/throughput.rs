//! Throughput of the markup readers on generated inputs of a few megabytes.
//!
//! `cargo run --release -p vigie-ingest --example throughput [ROUNDS]` builds news
//! pages (head metadata, navigation, share buttons, an article of French paragraphs
//! with entities, a footer), an RSS feed and an Atom feed of escaped-HTML items, and a
//! Markdown file with front matter, headings, links, emphasis and code; it reads each
//! `ROUNDS` times (3 by default) and prints the best MB/s per reader. Every reading is
//! checked (main text kept, furniture dropped, every item read, markup stripped), so a
//! reader that got faster by reading less fails here instead of printing a figure.

use std::path::Path;
use std::time::{Duration, Instant};

use vigie_ingest::{html, records, Format};

/// One French paragraph with the entities and punctuation news pages carry.
fn paragraph(page: usize, k: usize) -> String {
    format!(
        "<p>À Gao, l&rsquo;armée a repris le contrôle du marché n<sup>o</sup>&nbsp;{k} \
         vendredi {page}, a déclaré un porte-parole&nbsp;: «&#160;La situation est \
         calme&#xA0;», selon <a href=\"https://example.invalid/{page}/{k}\">une source \
         locale</a>. Les <em>écoles</em> rouvriront lundi &amp; les marchés mardi.</p>\n"
    )
}

/// A news page of about 90 KB: 150 paragraphs inside the usual furniture.
fn page(n: usize) -> String {
    let mut html = format!(
        "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">\n\
         <title>Gao, jour {n} | Le Veilleur</title>\n\
         <meta property=\"og:site_name\" content=\"Le Veilleur\">\n\
         <meta property=\"article:published_time\" content=\"2026-03-14T08:30:00+01:00\">\n\
         <link rel=\"canonical\" href=\"https://example.invalid/gao/{n}\">\n\
         <script>window.dataLayer = [{{\"page\": \"<p>{n}</p>\"}}];</script>\n\
         <style>p {{ margin: 0 }} .share {{ display: flex }}</style></head><body>\n\
         <header><nav class=\"menu\"><ul><li><a href=\"/\">Accueil</a></li>\
         <li><a href=\"/monde\">Monde</a></li><li><a href=\"/afrique\">Afrique</a></li>\
         </ul></nav></header>\n<div class=\"cookie-banner\">Nous utilisons des cookies.</div>\n\
         <main><article><h1>À Gao, l’armée reprend le contrôle (jour {n})</h1>\n\
         <time datetime=\"2026-03-14\">14 mars 2026</time>\n\
         <div class=\"share-buttons\"><button>Partager</button><a>Tweeter</a></div>\n"
    );
    for k in 0..150 {
        html.push_str(&paragraph(n, k));
        if k % 40 == 39 {
            html.push_str(
                "<aside class=\"related\"><h3>Lire aussi</h3><ul><li>Autre article</li>\
                 </ul></aside>\n<!-- publicité <div>annonce</div> -->\n",
            );
        }
    }
    html.push_str(
        "</article></main>\n<aside class=\"sidebar\"><h2>Les plus lus</h2></aside>\n\
         <footer><p>© Le Veilleur</p></footer></body></html>\n",
    );
    html
}

/// An RSS 2.0 feed of `items` items, half escaped HTML, half CDATA.
fn rss(items: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n\
         <title>Le Veilleur &amp; Cie</title><link>https://example.invalid</link>\n",
    );
    for i in 0..items {
        xml.push_str(&format!(
            "<item><title>Gao, dépêche {i}</title><link>https://example.invalid/{i}</link>\n\
             <pubDate>Sat, 14 Mar 2026 09:00:00 +0100</pubDate>\n"
        ));
        let body: String = (0..4).map(|k| paragraph(i, k)).collect();
        if i % 2 == 0 {
            let escaped = body
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            xml.push_str(&format!("<description>{escaped}</description></item>\n"));
        } else {
            xml.push_str(&format!(
                "<content:encoded><![CDATA[{body}]]></content:encoded></item>\n"
            ));
        }
    }
    xml.push_str("</channel></rss>\n");
    xml
}

/// An Atom feed of `entries` entries with HTML summaries.
fn atom(entries: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fil Sahel</title>\n",
    );
    for i in 0..entries {
        let body: String = (0..4).map(|k| paragraph(i, k)).collect();
        let escaped = body
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        xml.push_str(&format!(
            "<entry><title>Ouagadougou {i}</title>\
             <link rel=\"alternate\" href=\"https://example.invalid/o/{i}\"/>\n\
             <id>urn:x:{i}</id><published>2026-03-15T10:00:00Z</published>\n\
             <summary type=\"html\">{escaped}</summary></entry>\n"
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// A Markdown file of `sections` sections after front matter.
fn markdown(sections: usize) -> String {
    let mut md = String::from(
        "---\ntitle: \"Gao\"\ndate: 2026-03-14\nsource: Le Veilleur\n---\n# À Gao\n\n",
    );
    for i in 0..sections {
        md.push_str(&format!(
            "## Section {i}\n\nÀ Gao, l’armée a **repris** le contrôle du marché, selon \
             [une source locale](https://example.invalid/{i}) ![photo](p{i}.jpg) _vendredi_. \
             Les écoles rouvriront `lundi` et les marchés mardi.\n\
             Une deuxième ligne du même paragraphe, « entre guillemets ».\n\n\
             > Une citation du porte-parole, numéro {i}.\n\n\
             - premier point\n- second point avec *emphase*\n\n\
             ```\ncode ignoré {i}\n```\n\n"
        ));
    }
    md
}

/// The best of `rounds` timings of `read`, whose answer `check` verifies.
fn best<T>(rounds: usize, mut read: impl FnMut() -> T, check: impl Fn(&T)) -> Duration {
    (0..rounds)
        .map(|_| {
            let started = Instant::now();
            let answer = read();
            let took = started.elapsed();
            check(&answer);
            took
        })
        .min()
        .expect("at least one round")
}

fn report(name: &str, bytes: usize, took: Duration) {
    let mb = bytes as f64 / 1e6;
    println!(
        "{name:<22} {mb:6.2} MB  {:8.1} ms  {:7.1} MB/s",
        took.as_secs_f64() * 1e3,
        mb / took.as_secs_f64()
    );
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .map(|r| r.parse().expect("ROUNDS is a number"))
        .unwrap_or(3)
        .max(1);

    let pages: Vec<String> = (0..96).map(page).collect();
    let bytes = pages.iter().map(String::len).sum();
    let took = best(
        rounds,
        || pages.iter().map(|p| html::extract(p)).collect::<Vec<_>>(),
        |read| {
            for (n, page) in read.iter().enumerate() {
                assert_eq!(page.text.split("\n\n").count(), 152, "page {n}");
                assert!(page.text.starts_with("À Gao, l’armée reprend"), "page {n}");
                assert!(
                    page.text.contains("marché no\u{a0}149 vendredi"),
                    "page {n}"
                );
                for furniture in ["Partager", "cookies", "Lire aussi", "©", "Accueil"] {
                    assert!(!page.text.contains(furniture), "page {n}: {furniture}");
                }
                assert_eq!(page.published.as_deref(), Some("2026-03-14"));
                assert_eq!(page.site.as_deref(), Some("Le Veilleur"));
            }
        },
    );
    report("html::extract", bytes, took);

    for (name, file, xml, day) in [
        ("feed::documents (RSS)", "fil.rss", rss(6000), "2026-03-14"),
        (
            "feed::documents (Atom)",
            "fil.atom",
            atom(6000),
            "2026-03-15",
        ),
    ] {
        let took = best(
            rounds,
            || records(Path::new(file), Format::Feed, &xml),
            |read| {
                assert_eq!(read.len(), 6000);
                for (i, record) in read.iter().enumerate() {
                    let doc = &record.as_ref().expect("every item is read").document;
                    assert_eq!(doc.text.split("\n\n").count(), 5, "item {i}");
                    assert!(doc.text.contains("marché no\u{a0}3 vendredi"), "item {i}");
                    assert_eq!(doc.published.as_deref(), Some(day), "item {i}");
                }
            },
        );
        report(name, xml.len(), took);
    }

    let md = markdown(12_000);
    let took = best(
        rounds,
        || records(Path::new("note.md"), Format::Markdown, &md),
        |read| {
            let doc = &read[0].as_ref().expect("the note is read").document;
            assert_eq!(doc.title.as_deref(), Some("Gao"));
            assert!(doc.text.contains("selon une source locale"));
            assert!(!doc.text.contains("photo"));
            assert!(doc
                .text
                .contains("Une citation du porte-parole, numéro 11999."));
            for markup in ["**", "](", "```", "code ignoré", "# "] {
                assert!(!doc.text.contains(markup), "{markup}");
            }
        },
    );
    report("markdown::document", md.len(), took);
}
