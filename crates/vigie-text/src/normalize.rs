//! Text normalisation that remembers where every byte came from.
//!
//! The tokeniser works on a canonical spelling of the document (NFC, one kind of
//! apostrophe, one kind of space, `\n` line ends, no soft hyphens or zero-width
//! characters) so that its rules stay simple, but every span vigie reports points into
//! the *original* bytes. [`Normalized`] holds the canonical text and the list of edits
//! that produced it, and maps offsets back.
//!
//! Ligatures (`œ`, `æ`), guillemets and dashes are kept as they are: they are part of
//! the spelling, not typographic noise. Folding them is the job of [`crate::fold`].

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::fold::typographic;

/// One replaced run: `orig` bytes of the original became `norm` bytes of the
/// normalised text (possibly none, for dropped characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    norm_start: u32,
    norm_end: u32,
    orig_start: u32,
    orig_end: u32,
}

/// A document's normalised text and the way back to original offsets.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    edits: Vec<Edit>,
}

impl<'a> Normalized<'a> {
    /// Normalises `original`. Borrows it unchanged when there is nothing to do.
    pub fn new(original: &'a str) -> Normalized<'a> {
        let bytes = original.as_bytes();
        let mut text = String::new();
        let mut edits = Vec::new();
        // original[..copied] has been written to `text`, edits included
        let mut copied = 0;
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            if b < 0x80 && b != b'\r' {
                at += 1;
                continue;
            }
            let c = original[at..].chars().next().unwrap_or('\0');
            let width = c.len_utf8();
            let (replacement, orig_start, orig_end): (Cow<'_, str>, usize, usize) = if c == '\r' {
                let lf = bytes.get(at + 1) == Some(&b'\n');
                (Cow::Borrowed(if lf { "" } else { "\n" }), at, at + 1)
            } else if let Some(r) = typographic(c) {
                (Cow::Borrowed(r), at, at + width)
            } else if c == '\u{2028}' || c == '\u{2029}' {
                (
                    Cow::Borrowed(if c == '\u{2028}' { "\n" } else { "\n\n" }),
                    at,
                    at + width,
                )
            } else if is_combining_mark(c) {
                // compose the mark with its base, when the base is still unwritten
                let base = original[copied..at]
                    .char_indices()
                    .next_back()
                    .map(|(i, _)| copied + i);
                let mut end = at + width;
                while let Some(m) = original[end..]
                    .chars()
                    .next()
                    .filter(|&m| is_combining_mark(m))
                {
                    end += m.len_utf8();
                }
                let start = base.unwrap_or(at);
                let composed: String = original[start..end].nfc().collect();
                if composed == original[start..end] {
                    at = end;
                    continue;
                }
                (Cow::Owned(composed), start, end)
            } else {
                at += width;
                continue;
            };
            if text.capacity() == 0 {
                text.reserve(original.len());
            }
            text.push_str(&original[copied..orig_start]);
            let norm_start = text.len();
            text.push_str(&replacement);
            edits.push(Edit {
                norm_start: norm_start as u32,
                norm_end: text.len() as u32,
                orig_start: orig_start as u32,
                orig_end: orig_end as u32,
            });
            copied = orig_end;
            at = orig_end;
        }
        if edits.is_empty() {
            return Normalized {
                text: Cow::Borrowed(original),
                edits,
            };
        }
        text.push_str(&original[copied..]);
        Normalized {
            text: Cow::Owned(text),
            edits,
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when normalisation changed nothing, so offsets are the same in both texts.
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// A cursor that maps offsets back to the original text, for offsets given in
    /// increasing order (as token starts and ends are): each step costs O(1).
    pub fn cursor(&self) -> OffsetCursor<'_> {
        OffsetCursor {
            edits: &self.edits,
            before: 0,
        }
    }

    /// The original offset where a span starting at normalised offset `n` starts.
    /// Characters dropped by normalisation just before `n` are left out of the span.
    pub fn start_to_original(&self, n: usize) -> usize {
        self.cursor().start(n)
    }

    /// The original offset where a span ending at normalised offset `n` ends.
    /// Characters dropped by normalisation just after `n` are left out of the span.
    pub fn end_to_original(&self, n: usize) -> usize {
        self.cursor().end(n)
    }
}

/// Maps normalised offsets back to original ones; see [`Normalized::cursor`].
#[derive(Debug, Clone)]
pub struct OffsetCursor<'n> {
    edits: &'n [Edit],
    /// How many edits start before the last offset asked for.
    before: usize,
}

impl OffsetCursor<'_> {
    /// Where a span starting at normalised offset `n` starts in the original.
    pub fn start(&mut self, n: usize) -> usize {
        let n = self.seek(n);
        let mut orig = self.base(n);
        for e in &self.edits[self.before..] {
            if e.norm_start != n || e.norm_end != n {
                break;
            }
            orig = e.orig_end;
        }
        orig as usize
    }

    /// Where a span ending at normalised offset `n` ends in the original.
    pub fn end(&mut self, n: usize) -> usize {
        let n = self.seek(n);
        self.base(n) as usize
    }

    /// Moves past the edits that start before `n`; goes back if `n` is smaller than
    /// the last offset.
    fn seek(&mut self, n: usize) -> u32 {
        let n = n as u32;
        if self.before > 0 && self.edits[self.before - 1].norm_start >= n {
            self.before = self.edits.partition_point(|e| e.norm_start < n);
        }
        while self
            .edits
            .get(self.before)
            .is_some_and(|e| e.norm_start < n)
        {
            self.before += 1;
        }
        n
    }

    /// Original offset of `n`, given that exactly `self.before` edits start before it.
    fn base(&self, n: u32) -> u32 {
        match self.before.checked_sub(1).map(|k| self.edits[k]) {
            None => n,
            Some(e) if n < e.norm_end => e.orig_start,
            Some(e) => e.orig_end + (n - e.norm_end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Normalized;

    fn map_back(original: &str, from: &str) -> String {
        let n = Normalized::new(original);
        let text = n.as_str();
        let at = text.find(from).expect("fragment in normalised text");
        let start = n.start_to_original(at);
        let end = n.end_to_original(at + from.len());
        original[start..end].to_string()
    }

    #[test]
    fn clean_text_is_borrowed() {
        let n = Normalized::new("Le Mali et l'Algérie.");
        assert!(n.is_identity());
        assert_eq!(n.as_str(), "Le Mali et l'Algérie.");
    }

    #[test]
    fn apostrophes_spaces_and_line_ends_are_canonical() {
        let n = Normalized::new("l’armée\u{00A0}: «\u{202F}non\u{202F}»\r\nfin\rici");
        assert_eq!(n.as_str(), "l'armée : « non »\nfin\nici");
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let original = "« d’un drone » près de Tinzawate\u{0300}ne\u{00AD}.";
        assert_eq!(map_back(original, "d'un"), "d’un");
        assert_eq!(map_back(original, "drone"), "drone");
        assert_eq!(map_back(original, "Tinzawatène"), "Tinzawate\u{0300}ne");
        assert_eq!(map_back(original, "."), ".");
    }

    #[test]
    fn dropped_characters_stay_out_of_edge_spans() {
        let original = "\u{FEFF}Bamako";
        let n = Normalized::new(original);
        assert_eq!(n.as_str(), "Bamako");
        assert_eq!(n.start_to_original(0), 3);
        assert_eq!(n.end_to_original(6), 9);
    }
}
