//! The name index: folded place names, sorted by their bytes, each with the places it
//! names.
//!
//! The index reads `names.bin` where it lies (compiled in): the keys back to back in one
//! string, the place numbers as 3-byte integers. Loading only adds up the key lengths
//! and place counts into two offset tables and checks the file (keys sorted, numbers in
//! range), so it costs a few milliseconds. A lookup is a binary search; because keys are
//! sorted by bytes and no key holds a character below the space, the key that follows an
//! exact match tells at once whether longer names (`key` + space + more words) exist,
//! which is what lets the geoparser extend a match token by token and stop as soon as no
//! name can continue.

use crate::binary::{format_error, Reader};
use crate::{GeoError, PlaceId};

const FILE: &str = "names.bin";

/// Folded names and the places they name.
#[derive(Debug)]
pub(crate) struct NameIndex {
    /// Every key, back to back.
    keys: &'static str,
    /// Where each key starts in `keys` and its place numbers in `ids` (counted in
    /// numbers), then where the last ones end.
    starts: Vec<(u32, u32)>,
    /// Place numbers, 3 bytes each (little-endian), key after key.
    ids: &'static [u8],
    /// The largest place number.
    max_place: Option<usize>,
}

/// What a lookup found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Probe {
    /// The line of the exact match, when there is one.
    pub exact: Option<usize>,
    /// True when some indexed name starts with the key followed by a space.
    pub longer: bool,
}

impl NameIndex {
    /// Indexes `names.bin` (layout in `data/geo/README.md`): magic, key count `n`, place
    /// number count `m`, `n` key lengths (u8), `n` place counts (u16), `m` place numbers
    /// (u24), then the keys. Errors give the 1-based key number.
    pub(crate) fn new(bytes: &'static [u8]) -> Result<NameIndex, GeoError> {
        let mut r = Reader::new(FILE, bytes, b"VGNAMES1")?;
        let n = r.u32(0)? as usize;
        let m = r.u32(0)? as usize;
        if n > u32::MAX as usize - 1 || m.checked_mul(3).is_none() {
            return Err(r.error(0, "counts too large"));
        }
        let lens = r.take(n, 0)?;
        let counts = r.take(n * 2, 0)?;
        let ids = r.take(m * 3, 0)?;
        let keys = std::str::from_utf8(r.rest())
            .map_err(|e| format_error(FILE, 0, &format!("keys are not UTF-8: {e}")))?;
        if keys.len() > u32::MAX as usize {
            return Err(format_error(FILE, 0, "keys too long"));
        }
        // in blocks, without an early exit, so that the check is vectorised
        let control = |block: &[u8]| block.iter().fold(false, |c, &b| c | (b < b' '));
        if keys.as_bytes().chunks(4096).any(control) {
            return Err(format_error(FILE, 0, "a key holds a control character"));
        }

        let mut starts = Vec::with_capacity(n + 1);
        let (mut pos, mut id) = (0usize, 0usize);
        let mut previous: &[u8] = &[];
        for (i, (&len, count)) in lens.iter().zip(counts.chunks_exact(2)).enumerate() {
            let error = |message: &str| format_error(FILE, i + 1, message);
            let count = usize::from(u16::from_le_bytes([count[0], count[1]]));
            if count == 0 {
                return Err(error("no places"));
            }
            let end = pos + usize::from(len);
            let key = keys
                .as_bytes()
                .get(pos..end)
                .filter(|_| keys.is_char_boundary(pos))
                .ok_or_else(|| error("key out of range or not on a character boundary"))?;
            if key.is_empty() || !follows(key, previous) {
                return Err(error("keys are empty or not sorted"));
            }
            previous = key;
            starts.push((pos as u32, id as u32));
            pos = end;
            id += count;
        }
        // the last key ends at the end of the (UTF-8) keys, on a character boundary
        if pos != keys.len() || id != m {
            return Err(format_error(FILE, n, "lengths do not add up to the file"));
        }
        starts.push((pos as u32, id as u32));
        let max_place = ids.chunks_exact(3).map(u24).max().map(|m| m as usize);
        Ok(NameIndex {
            keys,
            starts,
            ids,
            max_place,
        })
    }

    /// The largest place number in the index.
    pub(crate) fn max_place(&self) -> Option<usize> {
        self.max_place
    }

    /// Number of indexed names.
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The key of line `i`.
    pub(crate) fn key(&self, i: usize) -> &str {
        &self.keys[self.starts[i].0 as usize..self.starts[i + 1].0 as usize]
    }

    /// The places named on line `i` (checked at load), in ascending order.
    pub(crate) fn places(&self, i: usize) -> impl Iterator<Item = PlaceId> + '_ {
        let (start, end) = (self.starts[i].1 as usize, self.starts[i + 1].1 as usize);
        self.ids[start * 3..end * 3]
            .chunks_exact(3)
            .map(|b| PlaceId(u24(b)))
    }

    /// Looks `key` up: the exact match, and whether longer names continue it.
    pub(crate) fn probe(&self, key: &str) -> Probe {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.key(mid).as_bytes() < key.as_bytes() {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let at = lo;
        let exact = (at < self.len() && self.key(at) == key).then_some(at);
        let next = at + usize::from(exact.is_some());
        let longer = next < self.len() && {
            let k = self.key(next);
            k.len() > key.len() && k.starts_with(key) && k.as_bytes()[key.len()] == b' '
        };
        Probe { exact, longer }
    }
}

/// True when `key` sorts strictly after `previous` by bytes (inline: adjacent keys are
/// short and share a prefix, a call to `memcmp` per key costs more).
fn follows(key: &[u8], previous: &[u8]) -> bool {
    match key.iter().zip(previous).find(|(a, b)| a != b) {
        Some((a, b)) => a > b,
        None => key.len() > previous.len(),
    }
}

/// A 3-byte little-endian number.
fn u24(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], 0])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `names.bin` bytes for these keys and place numbers, as convert.py writes them.
    fn encode(entries: &[(&str, &[u32])]) -> &'static [u8] {
        let mut out = b"VGNAMES1".to_vec();
        let m: usize = entries.iter().map(|e| e.1.len()).sum();
        out.extend((entries.len() as u32).to_le_bytes());
        out.extend((m as u32).to_le_bytes());
        out.extend(entries.iter().map(|e| e.0.len() as u8));
        for e in entries {
            out.extend((e.1.len() as u16).to_le_bytes());
        }
        for e in entries {
            out.extend(e.1.iter().flat_map(|id| id.to_le_bytes()[..3].to_vec()));
        }
        for e in entries {
            out.extend(e.0.as_bytes());
        }
        Box::leak(out.into_boxed_slice())
    }

    fn index() -> NameIndex {
        NameIndex::new(encode(&[
            ("gao", &[0]),
            ("tin", &[1]),
            ("tin zaouatine", &[2]),
            ("tinzawatene", &[3]),
        ]))
        .unwrap()
    }

    #[test]
    fn probes_exact_and_longer_names() {
        let i = index();
        assert_eq!(
            i.probe("tin"),
            Probe {
                exact: Some(1),
                longer: true
            }
        );
        assert_eq!(
            i.probe("tin zaouatine"),
            Probe {
                exact: Some(2),
                longer: false
            }
        );
        assert_eq!(
            i.probe("ti"),
            Probe {
                exact: None,
                longer: false
            }
        );
        assert_eq!(i.places(3).collect::<Vec<_>>(), vec![PlaceId(3)]);
    }

    #[test]
    fn rejects_unsorted_keys_and_bad_ids() {
        assert!(NameIndex::new(encode(&[("b", &[0]), ("a", &[0])])).is_err());
        assert!(NameIndex::new(encode(&[("a", &[0]), ("a", &[1])])).is_err());
        assert!(NameIndex::new(encode(&[("a", &[])])).is_err());
        assert!(NameIndex::new(encode(&[("a\tb", &[0])])).is_err());
        let index = NameIndex::new(encode(&[("a", &[7, 300_000])])).unwrap();
        assert_eq!(index.max_place(), Some(300_000));
        let truncated = encode(&[("abc", &[7])]);
        assert!(NameIndex::new(Box::leak(truncated[..truncated.len() - 1].into())).is_err());
    }
}
