//! Word hashes, computed once per token and shared by language identification and
//! repeat detection.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the folded form of a word.
pub(crate) fn hash_word(folded: &str) -> u64 {
    folded.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Combines hashes of consecutive words.
pub(crate) fn combine(words: &[u64]) -> u64 {
    words.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &w| {
        (h ^ w).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A map keyed by values that are hashes already: hashing them again would only cost
/// time.
pub(crate) type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;

/// The identity hasher behind [`HashKeyed`].
#[derive(Default)]
pub(crate) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
