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
        let Some(mut first) = original
            .char_indices()
            .find(|&(_, c)| needs_edit(c))
            .map(|(i, _)| i)
        else {
            return Normalized {
                text: Cow::Borrowed(original),
                edits: Vec::new(),
            };
        };
        // a combining mark belongs to the cluster of the character before it
        if let Some((i, _)) = original[..first].char_indices().next_back() {
            if original[first..].starts_with(is_combining_mark) {
                first = i;
            }
        }
        let mut text = String::with_capacity(original.len());
        text.push_str(&original[..first]);
        let mut edits = Vec::new();
        let mut rest = original[first..].char_indices().peekable();
        while let Some((rel, c)) = rest.next() {
            let at = first + rel;
            let norm_start = text.len();
            let orig_end;
            if c == '\r' {
                if original.as_bytes().get(at + 1) != Some(&b'\n') {
                    text.push('\n');
                }
                orig_end = at + 1;
            } else if let Some(replacement) = typographic(c) {
                text.push_str(replacement);
                orig_end = at + c.len_utf8();
            } else if c == '\u{2028}' || c == '\u{2029}' {
                text.push_str(if c == '\u{2028}' { "\n" } else { "\n\n" });
                orig_end = at + c.len_utf8();
            } else if rest.peek().is_some_and(|&(_, n)| is_combining_mark(n)) {
                let mut end = at + c.len_utf8();
                while let Some(&(r, n)) = rest.peek() {
                    if !is_combining_mark(n) {
                        break;
                    }
                    end = first + r + n.len_utf8();
                    rest.next();
                }
                let cluster = &original[at..end];
                let composed: String = cluster.nfc().collect();
                if composed == cluster {
                    text.push_str(cluster);
                    continue;
                }
                text.push_str(&composed);
                orig_end = end;
            } else {
                text.push(c);
                continue;
            }
            edits.push(Edit {
                norm_start: norm_start as u32,
                norm_end: text.len() as u32,
                orig_start: at as u32,
                orig_end: orig_end as u32,
            });
        }
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

    /// The original offset where a span starting at normalised offset `n` starts.
    /// Characters dropped by normalisation just before `n` are left out of the span.
    pub fn start_to_original(&self, n: usize) -> usize {
        let n = n as u32;
        let mut i = self.edits.partition_point(|e| e.norm_start < n);
        let mut orig = self.base(i, n);
        while let Some(e) = self.edits.get(i) {
            if e.norm_start != n || e.norm_end != n {
                break;
            }
            orig = e.orig_end;
            i += 1;
        }
        orig as usize
    }

    /// The original offset where a span ending at normalised offset `n` ends.
    /// Characters dropped by normalisation just after `n` are left out of the span.
    pub fn end_to_original(&self, n: usize) -> usize {
        let n = n as u32;
        let i = self.edits.partition_point(|e| e.norm_start < n);
        self.base(i, n) as usize
    }

    /// Original offset of normalised offset `n`, given that the edits before `i` start
    /// before `n`.
    fn base(&self, i: usize, n: u32) -> u32 {
        match i.checked_sub(1).map(|k| self.edits[k]) {
            None => n,
            Some(e) if n < e.norm_end => e.orig_start,
            Some(e) => e.orig_end + (n - e.norm_end),
        }
    }
}

/// Whether `c` may be changed by normalisation.
fn needs_edit(c: char) -> bool {
    if c.is_ascii() {
        return c == '\r';
    }
    typographic(c).is_some() || c == '\u{2028}' || c == '\u{2029}' || is_combining_mark(c)
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
