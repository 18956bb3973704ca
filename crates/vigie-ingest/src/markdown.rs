//! Markdown: front matter read, the rest parsed as CommonMark and reduced to its text.
//!
//! Front matter between `---` lines may give `title`, `date` or `published`, `source`
//! and `url`. The body is parsed by `pulldown-cmark`: headings, paragraphs, list items,
//! quotes and table rows keep their text (the first heading is the title when the
//! front matter has none), links keep their text, images, fenced code blocks and
//! thematic breaks are dropped, indented blocks and inline code keep their text, emphasis and other markers go, and
//! raw HTML blocks give the text [`html::text_of`] finds in them. A list item keeps a
//! marker (`- `, or its number in an ordered list), which is what tells the sentence
//! splitter that a hard-wrapped line starts a new item. Line structure is
//! kept: a soft line break stays a line break, and two blocks are separated by a blank
//! line where the source has one between them, by a line break otherwise. Byte spans of
//! events then refer to this stripped text, which is what the store keeps.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use vigie_store::NewDocument;

use crate::html;

/// The document of a Markdown file.
pub fn document(file: &str, stem: &str, text: &str) -> NewDocument {
    let mut doc = NewDocument {
        doc: stem.to_string(),
        origin: file.to_string(),
        ..NewDocument::default()
    };
    let body = read_front_matter(text, &mut doc);
    let (text, heading) = plain_text(body);
    doc.text = text;
    if doc.title.is_none() {
        doc.title = heading;
    }
    doc
}

/// Fills `doc` from the front matter, if any; returns the body after it.
fn read_front_matter<'a>(text: &'a str, doc: &mut NewDocument) -> &'a str {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return text;
    };
    let Some(end) = rest.find("\n---") else {
        return text;
    };
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
    rest[end + 4..].trim_start_matches(['-', '\r', '\n'])
}

/// The text of a Markdown body, trimmed, and the text of its first heading.
fn plain_text(body: &str) -> (String, Option<String>) {
    let mut out = PlainText::new(body);
    let parser = Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH).into_offset_iter();
    for (event, range) in parser {
        match event {
            Event::Start(
                Tag::Image { .. }
                | Tag::CodeBlock(CodeBlockKind::Fenced(_))
                | Tag::MetadataBlock(_),
            ) => out.hidden += 1,
            Event::End(TagEnd::Image | TagEnd::MetadataBlock(_)) => {
                out.hidden = out.hidden.saturating_sub(1);
            }
            // An indented block is as likely text pasted with its indent as code: kept.
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => out.indented = true,
            Event::End(TagEnd::CodeBlock) => out.end_code_block(),
            Event::Start(Tag::Heading { .. }) => out.heading = Some(out.text.len()),
            Event::End(TagEnd::Heading(_)) => out.end_heading(),
            Event::Start(Tag::List(first)) => out.lists.push(first),
            Event::End(TagEnd::List(_)) => {
                out.lists.pop();
                out.end_block();
            }
            Event::Start(Tag::Item) => out.start_item(),
            Event::Start(Tag::HtmlBlock) => out.html = Some(String::new()),
            Event::End(TagEnd::HtmlBlock) => out.end_html_block(range),
            Event::Html(raw) => match &mut out.html {
                Some(block) => block.push_str(&raw),
                None => out.push(&html::text_of(&raw), range),
            },
            Event::Text(text) | Event::Code(text) => out.push(&text, range),
            Event::SoftBreak | Event::HardBreak if out.hidden == 0 => out.text.push('\n'),
            Event::End(tag) if is_block(&tag) => out.end_block(),
            // Inline HTML tags, rules, task markers, emphasis, links: markup only.
            _ => {}
        }
    }
    let text = out.text.trim().to_string();
    (text, out.title)
}

/// Ends of the blocks after which the next text starts a new line.
fn is_block(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::Item
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
    )
}

/// The text being written, with what is needed to separate blocks as the source does.
struct PlainText<'a> {
    source: &'a str,
    text: String,
    /// Open images, fenced code blocks and metadata blocks: their content is not text.
    hidden: usize,
    /// Whether an indented code block is open.
    indented: bool,
    /// Where the open heading's text starts in `text`.
    heading: Option<usize>,
    /// The first heading's text.
    title: Option<String>,
    /// The raw HTML of the open HTML block.
    html: Option<String>,
    /// Where in the source the last text written ends.
    text_end: usize,
    /// Whether a block has ended since that text.
    block_ended: bool,
    /// The open lists, innermost last: the next number of an ordered one.
    lists: Vec<Option<u64>>,
    /// The marker of a list item whose text has not started yet.
    marker: Option<String>,
}

impl<'a> PlainText<'a> {
    fn new(source: &'a str) -> PlainText<'a> {
        PlainText {
            source,
            text: String::with_capacity(source.len()),
            hidden: 0,
            indented: false,
            heading: None,
            title: None,
            html: None,
            text_end: 0,
            block_ended: false,
            lists: Vec::new(),
            marker: None,
        }
    }

    /// Appends the text of an event read from `source` bytes `at`.
    fn push(&mut self, text: &str, at: Range<usize>) {
        if self.hidden > 0 || text.is_empty() {
            return;
        }
        if std::mem::take(&mut self.block_ended) {
            let gap = self.source.get(self.text_end..at.start).unwrap_or("");
            self.text
                .push_str(if has_blank_line(gap) { "\n\n" } else { "\n" });
        }
        if let Some(marker) = self.marker.take() {
            self.text.push_str(&marker);
        }
        self.text.push_str(text);
        self.text_end = at.end;
    }

    /// A list item opens: its marker is written before its first text.
    fn start_item(&mut self) {
        self.end_block();
        let marker = match self.lists.last_mut() {
            Some(Some(n)) => {
                *n += 1;
                format!("{}. ", *n - 1)
            }
            _ => "- ".to_string(),
        };
        self.marker = Some(marker);
    }

    fn end_block(&mut self) {
        self.block_ended = !self.text.is_empty();
    }

    fn end_code_block(&mut self) {
        if std::mem::take(&mut self.indented) {
            // Its lines end with their line breaks; the block's last one is not text.
            let kept = self.text.trim_end_matches('\n').len();
            self.text_end = self.text_end.saturating_sub(self.text.len() - kept);
            self.text.truncate(kept);
            self.end_block();
        } else {
            self.hidden = self.hidden.saturating_sub(1);
        }
    }

    fn end_heading(&mut self) {
        self.end_block();
        if let Some(start) = self.heading.take() {
            if self.title.is_none() {
                let title = self.text[start..].trim().replace('\n', " ");
                self.title = (!title.is_empty()).then_some(title);
            }
        }
    }

    /// The text of the HTML block just read from `source` bytes `at`.
    fn end_html_block(&mut self, at: Range<usize>) {
        let raw = self.html.take().unwrap_or_default();
        self.push(&html::text_of(&raw), at);
        self.end_block();
    }
}

/// Whether the source between two texts holds an empty line (inside a quote, a line
/// of `>` only counts as empty): the lines strictly between the first and the last.
fn has_blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n').skip(1).peekable(); // the rest of the previous line
    while let Some(line) = lines.next() {
        if lines.peek().is_none() {
            return false; // the start of the next text's line
        }
        if line.chars().all(|c| c.is_whitespace() || c == '>') {
            return true;
        }
    }
    false
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
    fn lists_quotes_setext_headings_and_html_blocks_keep_their_text() {
        let text = "Titre\n=====\n\n- premier point\n- second *point*\n\n> a\n>\n> b\n\n\
            <div class=\"x\">\n<p>Texte &eacute;</p>\n</div>\n\n***\n\nFin <br> ~~barré~~ &amp; `x`.";
        let doc = document("n.md", "n", text);
        assert_eq!(doc.title.as_deref(), Some("Titre"));
        assert_eq!(
            doc.text,
            "Titre\n\n- premier point\n- second point\n\na\n\nb\n\nTexte é\n\nFin  barré & x."
        );
        let indented = document(
            "n.md",
            "n",
            "    Texte indenté\n    suite\n\nFin\n\n```\ncode\n```",
        );
        assert_eq!(indented.text, "Texte indenté\nsuite\n\nFin");
    }

    #[test]
    fn hard_wrapped_list_items_keep_their_markers() {
        // Without its marker, an item wrapped over two lines reads as the sentence
        // of the item before it.
        let text = "Mesures :\n\n* fermer la frontière\n  avec le Bénin\n* rappeler\n\n3. trois\n4. quatre";
        let doc = document("n.md", "n", text);
        assert_eq!(
            doc.text,
            "Mesures :\n\n- fermer la frontière\navec le Bénin\n- rappeler\n\n3. trois\n4. quatre"
        );
    }

    #[test]
    fn markdown_long_line_of_brackets_without_links_is_not_quadratic() {
        // The hand-written scanner once searched the rest of the line for `](` at each
        // `[`: a row of 400,000 of them took minutes. The parser must stay linear here.
        let row = "| [ ] | [a]( ".repeat(400_000);
        let doc = document(
            "t.md",
            "t",
            &format!("{row}\n[Gao](https://x.invalid) *lundi*"),
        );
        let (first, last) = doc.text.split_once('\n').expect("two lines");
        // CommonMark drops the spaces that end a line.
        assert_eq!(first, row.trim_end());
        assert_eq!(last, "Gao lundi");
    }
}
