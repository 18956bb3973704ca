//! What the classifiers see of a word: its folded form, affixes and shape, hashed once
//! per word so that every feature template combines integers, never strings.

use crate::hash::hash_str;

/// The hashed pieces of one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct Atoms {
    /// The lowercased form.
    pub lower: u64,
    /// Suffixes of 1 to 4 characters of the lowercased form.
    pub suffix: [u64; 4],
    /// Prefixes of 1 to 3 characters of the lowercased form.
    pub prefix: [u64; 3],
    /// The word's shape: case pattern, digits, hyphens (`Xx`, `x-x`, `d`).
    pub shape: u64,
}

/// Atoms of the padding words before the first and after the last word.
pub const BEFORE: Atoms = Atoms {
    lower: 1,
    suffix: [1; 4],
    prefix: [1; 3],
    shape: 1,
};
/// See [`BEFORE`].
pub const AFTER: Atoms = Atoms {
    lower: 2,
    suffix: [2; 4],
    prefix: [2; 3],
    shape: 2,
};

/// The shape of `form`: one letter per run of characters of the same class, the class
/// being uppercase (X), lowercase (x), digit (d), hyphen (-), apostrophe (') or other (.).
pub fn shape(form: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for c in form.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c == '-' || c == '‑' {
            '-'
        } else if c == '\'' || c == '’' {
            '\''
        } else {
            '.'
        };
        if class != last {
            out.push(class);
            last = class;
        }
    }
    out
}

/// The lowercased form, with typographic apostrophes written `'` as in the treebanks.
pub fn lower(form: &str) -> String {
    // most words: the same letters, without decoding characters one by one
    if form.is_ascii() {
        return form.to_ascii_lowercase();
    }
    form.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

impl Atoms {
    /// The atoms of `form`.
    pub fn of(form: &str) -> Atoms {
        let low = lower(form);
        let chars: Vec<(usize, char)> = low.char_indices().collect();
        let n = chars.len();
        let suffix = std::array::from_fn(|k| {
            let len = k + 1;
            let start = if n > len { chars[n - len].0 } else { 0 };
            hash_str(&low[start..]) ^ (len as u64)
        });
        let prefix = std::array::from_fn(|k| {
            let len = k + 1;
            let end = chars.get(len).map_or(low.len(), |&(i, _)| i);
            hash_str(&low[..end]) ^ ((len as u64) << 8)
        });
        Atoms {
            lower: hash_str(&low),
            suffix,
            prefix,
            shape: hash_str(&shape(form)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        assert_eq!(shape("Tin-Zaouatine"), "Xx-Xx");
        assert_eq!(shape("1er"), "dx");
        assert_eq!(shape("l’"), "x'");
        assert_eq!(lower("L’Algérie"), "l'algérie");
        let a = Atoms::of("Armée");
        let b = Atoms::of("armée");
        assert_eq!(a.lower, b.lower);
        assert_eq!(a.suffix, b.suffix);
        assert_ne!(a.shape, b.shape);
        // short words: every suffix is the whole word, but the lengths keep them apart
        let c = Atoms::of("à");
        assert_ne!(c.suffix[0], c.suffix[1]);
    }
}
