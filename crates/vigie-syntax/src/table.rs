//! A sorted table from 64-bit keys to 32-bit values, looked up by binary search: the
//! form dictionaries of the tagger and the lemmatiser.

use crate::binary::{Reader, Writer};
use crate::SyntaxError;

/// Keys in increasing order, each with its value.
#[derive(Debug, Clone, Default)]
pub struct KeyTable {
    keys: Vec<u64>,
    values: Vec<u32>,
}

impl KeyTable {
    /// The table of `pairs`; of pairs with the same key, the one with the smallest value.
    pub fn build(mut pairs: Vec<(u64, u32)>) -> KeyTable {
        pairs.sort_unstable();
        pairs.dedup_by_key(|p| p.0);
        KeyTable {
            keys: pairs.iter().map(|p| p.0).collect(),
            values: pairs.iter().map(|p| p.1).collect(),
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: u64) -> Option<u32> {
        self.keys.binary_search(&key).ok().map(|i| self.values[i])
    }

    /// Every value.
    pub fn values(&self) -> &[u32] {
        &self.values
    }

    /// Writes the table in the model file layout.
    pub fn write(&self, w: &mut Writer) {
        let halves: Vec<u32> = self
            .keys
            .iter()
            .flat_map(|k| [*k as u32, (k >> 32) as u32])
            .collect();
        w.u32s(&halves);
        w.u32s(&self.values);
    }

    /// Reads a table written by [`KeyTable::write`]; `what` names it in errors.
    pub fn read(r: &mut Reader<'_>, what: &str) -> Result<KeyTable, SyntaxError> {
        let halves = r.u32s(what)?;
        let values = r.u32s(what)?;
        let keys: Vec<u64> = halves
            .chunks_exact(2)
            .map(|p| u64::from(p[0]) | (u64::from(p[1]) << 32))
            .collect();
        if keys.len() != values.len() || keys.windows(2).any(|p| p[0] >= p[1]) {
            return Err(SyntaxError::Model(format!("inconsistent {what}")));
        }
        Ok(KeyTable { keys, values })
    }
}
