//! Main text out of an HTML page, boilerplate left behind.
//!
//! The page is parsed by html5ever (`dom.rs`), as a browser would: malformed markup
//! never fails (unclosed and misnested tags are repaired, a stray `<` is text, every
//! named character reference is decoded, unknown ones stay as written). On that tree
//! the reader
//!
//! - skips the content of `head`, `script`, `style`, `noscript`, `template`, `svg`,
//!   `iframe`;
//! - drops navigation and page furniture: `nav`, `header`, `footer`, `aside`, `form`,
//!   `button`, `menu`, `select`, and any element whose class, id or role says menu,
//!   share, cookie, related, comment, sidebar, advert, promo, newsletter, breadcrumb,
//!   social, subscribe, footer, navbar or navigation;
//! - keeps only the first `<article>` (else `<main>`) outside that furniture when the
//!   page has one;
//! - turns block elements into paragraphs (one blank line between them) and collapses
//!   spaces (a no-break space stays);
//! - reads the title, publication date, outlet and canonical address from `<title>`,
//!   `<meta>` (Open Graph, `article:published_time`, `date`...), `<link rel=canonical>`
//!   and `<time datetime>`, in document order; without a title, the first `<h1>`.

use crate::dom::{Data, Dom, NodeId};

/// What a page holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The main text, paragraphs separated by blank lines.
    pub text: String,
    /// The title.
    pub title: Option<String>,
    /// The publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The outlet (`og:site_name`).
    pub site: Option<String>,
    /// The canonical address.
    pub url: Option<String>,
}

/// Elements whose content is never text of the page.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "iframe",
];
const FURNITURE: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "button", "menu", "select",
];
const FURNITURE_NAMES: &[&str] = &[
    "menu",
    "share",
    "cookie",
    "related",
    "comment",
    "sidebar",
    "advert",
    "promo",
    "newsletter",
    "breadcrumb",
    "social",
    "subscribe",
    "footer",
    "navbar",
];
/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "table",
    "caption",
    "hr",
    "title",
    "address",
    "details",
    "summary",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "menu",
    "fieldset",
];

/// Extracts the main text and metadata of an HTML page.
pub fn extract(html: &str) -> Page {
    let dom = Dom::document(html);
    let mut page = Page::default();
    read_metadata(&dom, &mut page);
    let main = first_content(&dom, "article")
        .or_else(|| first_content(&dom, "main"))
        .unwrap_or(Dom::ROOT);
    page.text = text_under(&dom, main);
    if page.title.is_none() {
        page.title = first_content(&dom, "h1")
            .map(|h1| text_under(&dom, h1).replace("\n\n", " "))
            .filter(|t| !t.is_empty());
    }
    page
}

/// Text of an HTML fragment (a feed item's content), furniture dropped.
pub fn text_of(html: &str) -> String {
    text_under(&Dom::fragment(html), Dom::ROOT)
}

/// A step of the walk over the tree: entering a node, or leaving a block.
enum Step {
    Enter(NodeId),
    LeaveBlock,
}

/// The paragraphs of the text under `root`, skipped elements and furniture left out.
/// The walk keeps its own stack: a page nested a million levels deep is read too.
fn text_under(dom: &Dom, root: NodeId) -> String {
    let mut out = Paragraphs::default();
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let id = match step {
            Step::Enter(id) => id,
            Step::LeaveBlock => {
                out.break_paragraph();
                continue;
            }
        };
        let node = dom.node(id);
        match &node.data {
            Data::Text(text) => out.push_text(text),
            Data::Element { name, .. } => {
                let block = BLOCKS.contains(&&**name);
                if block {
                    out.break_paragraph();
                }
                if SKIPPED.contains(&&**name) || is_furniture(dom, id) {
                    continue;
                }
                if block {
                    stack.push(Step::LeaveBlock);
                }
                stack.extend(node.children.iter().rev().map(|&c| Step::Enter(c)));
            }
            Data::Document => stack.extend(node.children.iter().rev().map(|&c| Step::Enter(c))),
            Data::Other => {}
        }
    }
    out.finish()
}

/// The first element named `name` that is neither skipped nor furniture nor inside one.
fn first_content(dom: &Dom, name: &str) -> Option<NodeId> {
    let mut stack = vec![Dom::ROOT];
    while let Some(id) = stack.pop() {
        if let Some(element) = dom.name(id) {
            if &**element == name {
                return Some(id);
            }
            if SKIPPED.contains(&&**element) || is_furniture(dom, id) {
                continue;
            }
        }
        stack.extend(dom.node(id).children.iter().rev());
    }
    None
}

fn is_furniture(dom: &Dom, id: NodeId) -> bool {
    if dom.name(id).is_some_and(|n| FURNITURE.contains(&&**n)) {
        return true;
    }
    ["class", "id", "role"].iter().any(|a| {
        dom.attr(id, a).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            FURNITURE_NAMES.iter().any(|n| {
                v.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == *n)
            }) || v == "navigation"
        })
    })
}

/// Title, date, outlet and address from the elements that carry them, in document
/// order: the first title or `og:title`, the last `og:site_name`, the last canonical
/// link (else the first `og:url`), the first date that reads as one.
fn read_metadata(dom: &Dom, page: &mut Page) {
    for id in dom.elements(Dom::ROOT) {
        let Some(name) = dom.name(id) else { continue };
        match &**name {
            "meta" => {
                let key = dom
                    .attr(id, "property")
                    .or_else(|| dom.attr(id, "name"))
                    .or_else(|| dom.attr(id, "itemprop"))
                    .map(str::to_ascii_lowercase);
                let Some(content) = dom.attr(id, "content") else {
                    continue;
                };
                let content = content.trim().to_string();
                match key.as_deref() {
                    Some("og:title") if page.title.is_none() => page.title = Some(content),
                    Some("og:site_name") => page.site = Some(content),
                    Some("og:url") if page.url.is_none() => page.url = Some(content),
                    Some(
                        "article:published_time"
                        | "date"
                        | "datepublished"
                        | "dc.date"
                        | "pubdate"
                        | "publish-date",
                    ) if page.published.is_none() => page.published = day_of(&content),
                    _ => {}
                }
            }
            "link"
                if dom
                    .attr(id, "rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                if let Some(href) = dom.attr(id, "href") {
                    page.url = Some(href.to_string());
                }
            }
            "time" if page.published.is_none() => {
                page.published = dom.attr(id, "datetime").and_then(day_of);
            }
            "title" if page.title.is_none() => {
                let title = dom.text(id);
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                if !title.is_empty() {
                    page.title = Some(title);
                }
            }
            _ => {}
        }
    }
}

/// `YYYY-MM-DD` from the start of an ISO date or date-time.
pub(crate) fn day_of(value: &str) -> Option<String> {
    let day = value.trim().get(..10)?;
    // chrono also reads `2026 -03-1` and `2026-03-1 `; the store wants the exact shape.
    let shaped = day.bytes().enumerate().all(|(k, b)| match k {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    (shaped && day.parse::<chrono::NaiveDate>().is_ok()).then(|| day.to_string())
}

/// Decodes character references as HTML text does; unknown ones stay as they are.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    Dom::text_only(s)
}

/// Paragraphs being assembled: spaces collapsed, blank lines between blocks.
#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    current: String,
}

impl Paragraphs {
    fn push_text(&mut self, text: &str) {
        for (k, word) in text
            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .enumerate()
        {
            if word.is_empty() {
                if k == 0 && !self.current.is_empty() && !self.current.ends_with(' ') {
                    self.current.push(' ');
                }
                continue;
            }
            if k > 0 && !self.current.is_empty() && !self.current.ends_with(' ') {
                self.current.push(' ');
            }
            self.current.push_str(word);
        }
        if text.ends_with(|c: char| c.is_whitespace() && c != '\u{a0}') && !self.current.is_empty()
        {
            self.current.push(' ');
        }
    }

    fn break_paragraph(&mut self) {
        let p = self.current.trim();
        if !p.is_empty() {
            self.done.push(p.to_string());
        }
        self.current.clear();
    }

    fn finish(mut self) -> String {
        self.break_paragraph();
        self.done.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_text_without_furniture_and_with_metadata() {
        let html = r#"<!doctype html><html><head>
            <title>Niamey ferme sa fronti&egrave;re | Le Veilleur</title>
            <meta property="og:site_name" content="Le Veilleur">
            <meta property="article:published_time" content="2026-03-14T08:30:00+01:00">
            <link rel="canonical" href="https://example.invalid/niamey-frontiere">
            <script>var x = "<p>not text</p>";</script>
            <style>p { color: red }</style>
            </head><body>
            <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
            <div class="share-buttons">Partager sur X</div>
            <article><h1>Le Niger ferme sa frontière avec le Bénin</h1>
            <p>Le gouvernement nigérien a fermé vendredi sa frontière avec le Bénin,
               a annoncé un porte-parole&nbsp;: «&#160;la mesure est temporaire&#xA0;».</p>
            <!-- a comment <p>hidden</p> -->
            <aside>Lire aussi : autre chose</aside>
            <p>Les camions attendent à Gaya.<br>Le trafic est arrêté.</p></article>
            <footer>© Le Veilleur</footer></body></html>"#;
        let page = extract(html);
        assert_eq!(
            page.title.as_deref(),
            Some("Niamey ferme sa frontière | Le Veilleur")
        );
        assert_eq!(page.published.as_deref(), Some("2026-03-14"));
        assert_eq!(page.site.as_deref(), Some("Le Veilleur"));
        assert_eq!(
            page.url.as_deref(),
            Some("https://example.invalid/niamey-frontiere")
        );
        assert_eq!(
            page.text,
            "Le Niger ferme sa frontière avec le Bénin\n\n\
             Le gouvernement nigérien a fermé vendredi sa frontière avec le Bénin, a annoncé un \
             porte-parole\u{a0}: «\u{a0}la mesure est temporaire\u{a0}».\n\n\
             Les camions attendent à Gaya.\n\nLe trafic est arrêté."
        );
    }

    #[test]
    fn malformed_markup_never_fails() {
        for html in [
            "<p>Unclosed <b>bold",
            "a < b and c > d",
            "<p class=\"x>broken quote",
            "<",
            "&",
            "&#xZZ; &unknown; &#0; &amp",
            "<script>never closed",
            "</p></div>text after stray closers",
            "<div><nav>menu never closed<p>lost",
        ] {
            let page = extract(html);
            assert!(!page.text.contains("<p>"), "{html:?} -> {:?}", page.text);
        }
        assert_eq!(text_of("a < b and c > d"), "a < b and c > d");
        // As a browser reads them: a reference to NUL is U+FFFD, `&amp` without its
        // `;` is still `&`, what names no character stays as written.
        assert_eq!(
            text_of("&#xZZ; &unknown; &#0; &amp"),
            "&#xZZ; &unknown; \u{fffd} &"
        );
        assert_eq!(text_of("</p></div>text after"), "text after");
    }

    #[test]
    fn pages_without_article_keep_the_body() {
        let page = extract("<html><body><h1>Titre</h1><p>Premier paragraphe.</p></body></html>");
        assert_eq!(page.text, "Titre\n\nPremier paragraphe.");
        assert_eq!(page.title.as_deref(), Some("Titre"));
    }
}
