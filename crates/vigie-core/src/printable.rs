//! Text from documents made safe to print where a terminal or a Markdown reader will
//! interpret it.

use std::borrow::Cow;

/// `text` with every control character (C0, DEL, C1: the escape sequences a title, a
/// feed item or a file name may carry) replaced by U+FFFD, and line breaks and tabs by
/// a space, so that one field stays one field on one line.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c if c.is_control() => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

/// [`printable`] text escaped for Markdown that may be rendered to HTML: `&`, `<` and
/// `>` become entities, so that `<script>` in an article is shown, never run.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_cannot_reach_the_terminal() {
        assert_eq!(printable("plain"), Cow::Borrowed("plain"));
        assert_eq!(
            printable("a\u{1b}[2Jb\nc\u{9b}d"),
            "a\u{fffd}[2Jb c\u{fffd}d"
        );
    }

    #[test]
    fn markdown_shows_markup_as_text() {
        assert_eq!(
            markdown_text("<script>alert(1)</script> & co"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
        );
    }
}
