//! Main text out of an HTML page, boilerplate left behind.
//!
//! A forgiving scanner, not a full HTML parser: it never fails on malformed markup
//! (unclosed tags, stray `<`, broken entities come out as text). It
//!
//! - skips the content of `script`, `style`, `noscript`, `template`, `svg`, `iframe`;
//! - drops navigation and page furniture: `nav`, `header`, `footer`, `aside`, `form`,
//!   `button`, `menu`, and any element whose class or id says menu, share, cookie,
//!   related, comment, sidebar, advert, newsletter or breadcrumb;
//! - keeps only the first `<article>` (else `<main>`) when the page has one;
//! - turns block elements into paragraphs, decodes entities and collapses spaces;
//! - reads the title, publication date, outlet and canonical address from `<title>`,
//!   `<meta>` (Open Graph, `article:published_time`, `date`), `<link rel=canonical>` and
//!   `<time datetime>`.

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

const RAW_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head",
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
    "figcaption",
    "table",
    "hr",
    "title",
];
const VOID: &[&str] = &[
    "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track",
    "wbr",
];

/// One tag as the scanner reads it.
struct Tag<'a> {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: &'a str,
}

/// Extracts the main text and metadata of an HTML page.
pub fn extract(html: &str) -> Page {
    let mut page = Page::default();
    let lower = html.to_ascii_lowercase();
    // Keep only the first article, else main, when there is one.
    let (from, to) = region(&lower, "article")
        .or_else(|| region(&lower, "main"))
        .unwrap_or((0, html.len()));
    read_metadata(html, &lower, &mut page);
    page.text = text_of(&html[from..to]);
    if page.title.is_none() {
        page.title = first_element_text(html, &lower, "h1");
    }
    page
}

/// Text of an HTML fragment (a feed item's content), furniture dropped.
pub fn text_of(html: &str) -> String {
    let mut out = Paragraphs::default();
    let mut skip: Vec<String> = Vec::new(); // open elements whose content is dropped
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        if bytes[i] == b'<' {
            if html[i..].starts_with("<!--") {
                i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
                continue;
            }
            if let Some((tag, end)) = read_tag(html, i) {
                i = end;
                let name = tag.name.as_str();
                if RAW_TEXT.contains(&name) && !tag.closing && !tag.self_closing {
                    let close = format!("</{name}");
                    i = find_ci(html, i, &close).map_or(html.len(), |e| {
                        html[e..].find('>').map_or(html.len(), |g| e + g + 1)
                    });
                    continue;
                }
                if tag.closing {
                    if let Some(pos) = skip.iter().rposition(|n| n == name) {
                        skip.truncate(pos);
                    }
                } else if !tag.self_closing && !VOID.contains(&name) && is_furniture(&tag) {
                    skip.push(tag.name.clone());
                }
                if BLOCKS.contains(&name) {
                    out.break_paragraph();
                }
                continue;
            }
        }
        // Text runs to the next `<` after this byte (a `<` that opened no tag is text).
        // The search is on bytes: `i + 1` is inside the character when the run starts
        // with `À` or `«`, while an ASCII `<` always sits on a character boundary.
        let next = bytes[i + 1..]
            .iter()
            .position(|&b| b == b'<')
            .map_or(html.len(), |e| i + 1 + e);
        if skip.is_empty() {
            out.push_text(&decode_entities(&html[i..next]));
        }
        i = next;
    }
    out.finish()
}

fn is_furniture(tag: &Tag) -> bool {
    if FURNITURE.contains(&tag.name.as_str()) {
        return true;
    }
    ["class", "id", "role"].iter().any(|a| {
        attr(tag.attrs, a).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            FURNITURE_NAMES.iter().any(|n| {
                v.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == *n)
            }) || v == "navigation"
        })
    })
}

/// Reads the tag opening at `at`; `None` when the `<` is not a tag (`a < b`).
fn read_tag(html: &str, at: usize) -> Option<(Tag<'_>, usize)> {
    let rest = &html[at + 1..];
    let closing = rest.starts_with('/');
    let name_start = usize::from(closing);
    let first = rest[name_start..].chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '!' || first == '?') {
        return None;
    }
    // The end of the tag: the first `>` outside quotes.
    let mut quote = None;
    let mut end = None;
    for (k, c) in rest.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => {
                end = Some(k);
                break;
            }
            _ => {}
        }
    }
    let end = end?;
    let inner = &rest[name_start..end];
    let name_len = inner
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(inner.len());
    Some((
        Tag {
            name: inner[..name_len].to_ascii_lowercase(),
            closing,
            self_closing: inner.ends_with('/'),
            attrs: &inner[name_len..],
        },
        at + 1 + end + 1,
    ))
}

/// The value of attribute `name` in a tag's attribute text.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at == 0
            || !lower.as_bytes()[at - 1].is_ascii_alphanumeric()
                && lower.as_bytes()[at - 1] != b'-'
                && lower.as_bytes()[at - 1] != b':';
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_at = attrs.len() - after.len() + 1;
        let value = attrs[value_at..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace())
                .next()
                .unwrap_or(""),
        });
    }
    None
}

/// Byte range of the content of the first `<name ...>` ... `</name>` in the page.
fn region(lower: &str, name: &str) -> Option<(usize, usize)> {
    let open = find_tag_start(lower, 0, name)?;
    let content = open + lower[open..].find('>')? + 1;
    let close = lower[content..]
        .find(&format!("</{name}"))
        .map_or(lower.len(), |e| content + e);
    Some((content, close))
}

/// Where `<name` opens a tag of that name (not a longer name), from `from`.
fn find_tag_start(lower: &str, mut from: usize, name: &str) -> Option<usize> {
    let needle = format!("<{name}");
    while let Some(pos) = lower[from..].find(&needle) {
        let at = from + pos;
        let next = lower.as_bytes().get(at + needle.len()).copied();
        if matches!(next, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

fn find_ci(html: &str, from: usize, needle: &str) -> Option<usize> {
    html[from..]
        .to_ascii_lowercase()
        .find(needle)
        .map(|p| from + p)
}

fn first_element_text(html: &str, lower: &str, name: &str) -> Option<String> {
    let (a, b) = region(lower, name)?;
    let t = text_of(&html[a..b]);
    (!t.is_empty()).then(|| t.replace("\n\n", " "))
}

fn read_metadata(html: &str, lower: &str, page: &mut Page) {
    let mut at = 0;
    while let Some(pos) = lower[at..].find('<') {
        let start = at + pos;
        let Some((tag, end)) = read_tag(html, start) else {
            at = start + 1;
            continue;
        };
        at = end;
        match tag.name.as_str() {
            "meta" => {
                let key = attr(tag.attrs, "property")
                    .or_else(|| attr(tag.attrs, "name"))
                    .or_else(|| attr(tag.attrs, "itemprop"))
                    .map(str::to_ascii_lowercase);
                let Some(content) = attr(tag.attrs, "content").map(decode_entities) else {
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
                if attr(tag.attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                if let Some(href) = attr(tag.attrs, "href") {
                    page.url = Some(decode_entities(href));
                }
            }
            "time" if page.published.is_none() => {
                page.published = attr(tag.attrs, "datetime").and_then(day_of);
            }
            "title" if !tag.closing && page.title.is_none() => {
                let close = lower[end..].find("</title").map_or(end, |e| end + e);
                let t = decode_entities(&html[end..close]);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    page.title = Some(t);
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

/// Decodes character references; unknown ones stay as they are.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest[1..]
            .find(|c: char| c == ';' || c == '&' || c.is_whitespace())
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes()[e] == b';')
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "agrave" => 'à',
        "acirc" => 'â',
        "ccedil" => 'ç',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ocirc" => 'ô',
        "ucirc" => 'û',
        "ugrave" => 'ù',
        "uuml" => 'ü',
        "oelig" => 'œ',
        "Eacute" => 'É',
        "Egrave" => 'È',
        "Agrave" => 'À',
        "Ccedil" => 'Ç',
        "OElig" => 'Œ',
        "euro" => '€',
        "deg" => '°',
        "copy" => '©',
        _ => return None,
    })
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
        assert_eq!(
            text_of("&#xZZ; &unknown; &#0; &amp"),
            "&#xZZ; &unknown; &#0; &amp"
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
