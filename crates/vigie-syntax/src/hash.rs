//! Feature keys: strings and small ids folded into 64-bit keys.
//!
//! Every classifier of this crate looks its weights up by a `u64` key made of a
//! template number and the atoms it combines (a word's form, a tag, a distance). The
//! keys must be the same on every machine and in every run, so the hash is written
//! here (FNV-1a for strings, a multiply-xorshift mixer for combining) rather than
//! taken from the standard library, whose hasher is seeded per process.

/// FNV-1a over the bytes of `s`.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Mixes `x` into the running key `h` (a round of the splitmix64 finaliser).
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    let mut z = (h ^ x.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The key of template `template` over `atoms`; never 0 (0 marks an empty slot).
#[inline]
pub fn key(template: u32, atoms: &[u64]) -> u64 {
    let mut h = u64::from(template).wrapping_add(1);
    for &a in atoms {
        h = mix(h, a);
    }
    h | 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_template_and_order() {
        assert_ne!(key(1, &[1, 2]), key(2, &[1, 2]));
        assert_ne!(key(1, &[1, 2]), key(1, &[2, 1]));
        assert_ne!(key(1, &[]), 0);
        assert_eq!(hash_str("armée"), hash_str("armée"));
        assert_ne!(hash_str("armée"), hash_str("armee"));
    }
}
