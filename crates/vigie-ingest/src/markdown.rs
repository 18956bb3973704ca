//! Markdown: front matter read, markup stripped, line structure kept.
//!
//! Front matter between `---` lines may give `title`, `date` or `published`, `source`
//! and `url`. Headings lose their `#`, links keep their text, images and code fences
//! are dropped, emphasis markers removed. Byte spans of events then refer to this
//! stripped text, which is what the store keeps.

use vigie_store::NewDocument;

use crate::html;

/// The document of a Markdown file.
pub fn document(file: &str, stem: &str, text: &str) -> NewDocument {
    let mut doc = NewDocument {
        doc: stem.to_string(),
        origin: file.to_string(),
        ..NewDocument::default()
    };
    let mut body = text;
    if let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    {
        if let Some(end) = rest.find("\n---") {
            for line in rest[..end].lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value
                    .trim()
                    .trim_matches(|c| c == '"' || c == '\'')
                    .to_string();
                match key.trim() {
                    "title" => doc.title = Some(value),
                    "date" | "published" => doc.published = html::day_of(&value),
                    "source" => doc.source = Some(value),
                    "url" => doc.url = Some(value),
                    _ => {}
                }
            }
            body = rest[end + 4..].trim_start_matches(['-', '\r', '\n']);
        }
    }
    let mut out = Vec::new();
    let mut fenced = false;
    for line in body.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let heading = trimmed.trim_start_matches('#');
        let line = if heading.len() < trimmed.len() && heading.starts_with(' ') {
            let h = heading.trim();
            if doc.title.is_none() {
                doc.title = Some(strip_inline(h));
            }
            h
        } else {
            trimmed.strip_prefix("> ").unwrap_or(line)
        };
        out.push(strip_inline(line));
    }
    doc.text = out.join("\n").trim().to_string();
    doc
}

/// Links to their text, images dropped, emphasis and code markers removed.
///
/// A `[` is a link when a `](` and then a `)` follow it on the line. Where the next of
/// each lies is remembered while scanning left to right, so that a line of many `[`
/// without a link (a table of checkboxes, a long row) is scanned once, not once per `[`.
fn strip_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut next_middle = NextMatch::new("](");
    let mut next_close = NextMatch::new(")");
    let mut at = 0;
    while let Some(pos) = line[at..].find(['[', '!', '*', '_', '`']).map(|p| at + p) {
        out.push_str(&line[at..pos]);
        let tail = &line[pos..];
        let image = tail.starts_with("![");
        let link_start = pos + usize::from(image);
        if line[link_start..].starts_with('[') {
            if let Some(middle) = next_middle.from(line, link_start) {
                if let Some(close) = next_close.from(line, middle) {
                    if !image {
                        out.push_str(&line[link_start + 1..middle]);
                    }
                    at = close + 1;
                    continue;
                }
            }
        }
        let c = tail.chars().next().unwrap_or(' ');
        // `_` inside a word (snake_case) and `*` between spaces stay.
        let inside_word = c == '_'
            && out.chars().last().is_some_and(char::is_alphanumeric)
            && tail[1..].chars().next().is_some_and(char::is_alphanumeric);
        if c == '!' || c == '[' || inside_word {
            out.push(c);
        }
        at = pos + c.len_utf8();
    }
    out.push_str(&line[at..]);
    out
}

/// The next occurrence of a needle at or after increasing offsets of one line; the last
/// answer is kept while it still lies ahead, so each byte is searched about once.
struct NextMatch {
    needle: &'static str,
    /// The offset last searched from and what was found there.
    last: Option<(usize, Option<usize>)>,
}

impl NextMatch {
    fn new(needle: &'static str) -> NextMatch {
        NextMatch { needle, last: None }
    }

    /// The first occurrence in `line` at or after `from`.
    fn from(&mut self, line: &str, from: usize) -> Option<usize> {
        match self.last {
            // Nothing from an earlier offset: nothing from a later one either.
            Some((searched, None)) if searched <= from => None,
            Some((searched, Some(found))) if searched <= from && found >= from => Some(found),
            _ => {
                let found = line[from..].find(self.needle).map(|p| from + p);
                self.last = Some((from, found));
                found
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_headings_links_and_code() {
        let text = "---\ntitle: \"Frontière fermée\"\ndate: 2026-03-14\nsource: Le Veilleur\n---\n\
            # Le Niger ferme sa frontière\n\nLe **gouvernement** a [annoncé](https://x.invalid) \
            la mesure ![photo](p.jpg) hier.\n\n```\ncode ignoré\n```\n> Une citation.\nsnake_case reste !";
        let doc = document("n.md", "n", text);
        assert_eq!(doc.title.as_deref(), Some("Frontière fermée"));
        assert_eq!(doc.published.as_deref(), Some("2026-03-14"));
        assert_eq!(doc.source.as_deref(), Some("Le Veilleur"));
        assert_eq!(
            doc.text,
            "Le Niger ferme sa frontière\n\nLe gouvernement a annoncé la mesure  hier.\n\nUne citation.\nsnake_case reste !"
        );
    }

    #[test]
    fn title_from_the_first_heading() {
        let doc = document("n.md", "n", "## Titre *important*\nTexte.");
        assert_eq!(doc.title.as_deref(), Some("Titre important"));
        assert_eq!(doc.text, "Titre important\nTexte.");
    }

    #[test]
    fn markdown_long_line_of_brackets_without_links_is_not_quadratic() {
        // Each `[` once searched the rest of its line for `](`, and each `[x](` for `)`:
        // a row of 400,000 of them took minutes; scanning once takes well under a second.
        let row = "| [ ] | [a]( ".repeat(400_000);
        let doc = document(
            "t.md",
            "t",
            &format!("{row}\n[Gao](https://x.invalid) *lundi*"),
        );
        let (first, last) = doc.text.split_once('\n').expect("two lines");
        assert_eq!(first, row);
        assert_eq!(last, "Gao lundi");
        assert_eq!(strip_inline("[a](b [c](d) e)"), "a e)");
        assert_eq!(strip_inline("![x](y) [z](w"), " [z](w");
    }
}
