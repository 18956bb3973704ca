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
fn strip_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(pos) = rest.find(['[', '!', '*', '_', '`']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let image = tail.starts_with("![");
        let link_start = if image { 1 } else { 0 };
        if tail[link_start..].starts_with('[') {
            if let Some(close) = tail.find("](") {
                if let Some(end) = tail[close..].find(')') {
                    if !image {
                        out.push_str(&tail[link_start + 1..close]);
                    }
                    rest = &tail[close + end + 1..];
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
        rest = &tail[c.len_utf8()..];
    }
    out.push_str(rest);
    out
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
}
