//! Folding: the document text turned into lowercase ASCII for matching, with a map
//! from every folded byte back to the original byte offset.
//!
//! Matching French and English dates needs "Août", "aout" and "AOÛT" to look alike,
//! typographic apostrophes (’) to equal `'`, and non-breaking spaces (U+00A0, U+202F)
//! to equal a space. Folding produces an ASCII string where each original character
//! becomes one or two bytes (`œ` gives `oe`), and a parallel table of original offsets
//! so that spans reported to callers always point into the original text. Characters
//! with no useful ASCII form become `#`, which no rule matches.

/// A folded copy of a text and the way back to the original offsets.
pub(crate) struct Folded {
    /// Lowercase ASCII form of the text.
    pub text: String,
    /// For each byte of `text`, plus one final entry, the original byte offset of the
    /// character it came from (the final entry is the original length).
    pub orig: Vec<u32>,
}

/// Folds `text`. Never fails: every character maps to something.
pub(crate) fn fold(text: &str) -> Folded {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut orig = Vec::with_capacity(text.len() + 1);
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            // Running text is mostly ASCII: no char decoding there.
            out.push(b.to_ascii_lowercase());
            orig.push(at as u32);
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let lower = c.to_lowercase().next().unwrap_or(c);
        for f in fold_char(lower).bytes() {
            out.push(f);
            orig.push(at as u32);
        }
        at += c.len_utf8();
    }
    orig.push(text.len() as u32);
    Folded {
        // Only ASCII bytes were written.
        text: String::from_utf8(out).unwrap_or_default(),
        orig,
    }
}

/// The ASCII form of one lowercase non-ASCII character.
fn fold_char(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ñ' => "n",
        'œ' => "oe",
        'æ' => "ae",
        // Apostrophes and primes written in typographic forms.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => "'",
        // Hyphens and dashes: only the joining hyphens matter for dates (mi-2024).
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => "-",
        '\u{2014}' | '\u{2015}' => "#",
        c if c.is_whitespace() => " ",
        // No-break spaces are whitespace above; the rest has no ASCII form worth keeping.
        _ => "#",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_apostrophes_and_spaces() {
        let f = fold("Aujourd’hui,\u{202F}1er Août");
        assert_eq!(f.text, "aujourd'hui, 1er aout");
        // "août" starts at the original offset of 'A'.
        let at = f.text.find("aout").unwrap_or(0);
        assert_eq!(
            &"Aujourd’hui,\u{202F}1er Août"[f.orig[at] as usize..],
            "Août"
        );
        assert_eq!(
            *f.orig.last().unwrap_or(&0) as usize,
            "Aujourd’hui,\u{202F}1er Août".len()
        );
    }

    #[test]
    fn ligatures_expand_to_two_bytes_with_one_origin() {
        let f = fold("œuvre");
        assert_eq!(f.text, "oeuvre");
        assert_eq!(f.orig[0], 0);
        assert_eq!(f.orig[1], 0);
        assert_eq!(f.orig[2], 2);
    }
}
