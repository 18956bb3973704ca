//! The name index: folded place names, sorted by their bytes, each with the places it
//! names.
//!
//! The index is the decompressed `names.tsv` kept as one string plus the offset of each
//! line, so loading it costs one decompression and one scan for line ends. A lookup is a
//! binary search; because keys are sorted by bytes and no key holds a character below
//! the space, the key that follows an exact match tells at once whether longer names
//! (`key` + space + more words) exist, which is what lets the geoparser extend a match
//! token by token and stop as soon as no name can continue.

use crate::{GeoError, PlaceId};

/// Folded names and the places they name.
#[derive(Debug)]
pub(crate) struct NameIndex {
    text: String,
    starts: Vec<u32>,
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
    /// Indexes the text of `names.tsv` (`key \t id,id,...` lines, sorted by key bytes).
    pub(crate) fn new(text: String) -> Result<NameIndex, GeoError> {
        let mut starts = Vec::with_capacity(text.len() / 16);
        let mut pos = 0usize;
        let mut previous: &str = "";
        for (n, line) in text.split_terminator('\n').enumerate() {
            let error = |message: &str| GeoError::Format {
                file: "names.tsv",
                line: n + 1,
                message: message.to_string(),
            };
            let (key, ids) = line.split_once('\t').ok_or_else(|| error("no tab"))?;
            if key.as_bytes() <= previous.as_bytes() && n > 0 {
                return Err(error("keys are not sorted"));
            }
            if ids.is_empty() {
                return Err(error("no places"));
            }
            previous = key;
            starts.push(pos as u32);
            pos += line.len() + 1;
        }
        Ok(NameIndex { text, starts })
    }

    /// The largest place number in the index.
    pub(crate) fn max_place(&self) -> Option<usize> {
        self.text
            .split(['\t', '\n', ','])
            .filter(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
            .filter_map(|f| f.parse::<usize>().ok())
            .max()
    }

    /// Number of indexed names.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    fn line(&self, i: usize) -> &str {
        let start = self.starts[i] as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |&e| e as usize - 1);
        self.text[start..end].trim_end_matches('\n')
    }

    /// The key of line `i`.
    pub(crate) fn key(&self, i: usize) -> &str {
        let line = self.line(i);
        line.split_once('\t').map_or(line, |(k, _)| k)
    }

    /// The places named on line `i` (checked at load).
    pub(crate) fn places(&self, i: usize) -> impl Iterator<Item = PlaceId> + '_ {
        let line = self.line(i);
        let ids = line.split_once('\t').map_or("", |(_, ids)| ids);
        ids.split(',').filter_map(|id| id.parse().ok()).map(PlaceId)
    }

    /// Looks `key` up: the exact match, and whether longer names continue it.
    pub(crate) fn probe(&self, key: &str) -> Probe {
        let at = self
            .starts
            .partition_point(|&s| self.key_at(s).as_bytes() < key.as_bytes());
        let exact = (at < self.len() && self.key(at) == key).then_some(at);
        let next = at + usize::from(exact.is_some());
        let longer = next < self.len() && {
            let k = self.key(next);
            k.len() > key.len() && k.starts_with(key) && k.as_bytes()[key.len()] == b' '
        };
        Probe { exact, longer }
    }

    fn key_at(&self, start: u32) -> &str {
        let rest = &self.text[start as usize..];
        let end = rest.find(['\t', '\n']).unwrap_or(rest.len());
        &rest[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> NameIndex {
        NameIndex::new("gao\t0\ntin\t1\ntin zaouatine\t2\ntinzawatene\t3\n".into()).unwrap()
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
        assert!(NameIndex::new("b\t0\na\t0\n".into()).is_err());
        let index = NameIndex::new("a\t7\n".into()).unwrap();
        assert_eq!(index.max_place(), Some(7));
    }
}
