//! Reading the compact binary data files (`data/geo/*.bin`, written by
//! `tools/geo/convert.py`): a cursor over the bytes that checks every read and names
//! the file and record in its errors.
//!
//! Each file opens with an 8-byte magic that names its format and version; integers are
//! little-endian, either fixed-width or unsigned LEB128 varints (signed values
//! zigzag-encoded). Records are numbered from 1 in file order, like the lines of the
//! text files they replace, and errors carry that number in [`GeoError::Format`].

use crate::GeoError;

/// A checked cursor over one data file.
pub(crate) struct Reader<'a> {
    file: &'static str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Starts reading `bytes` after checking that they open with `magic`.
    pub(crate) fn new(
        file: &'static str,
        bytes: &'a [u8],
        magic: &[u8; 8],
    ) -> Result<Reader<'a>, GeoError> {
        let mut r = Reader {
            file,
            bytes,
            pos: 0,
        };
        if r.take(8, 1)? != magic {
            return Err(r.error(1, "unknown format (bad magic)"));
        }
        Ok(r)
    }

    /// An error about record `record` (1-based) at the current position.
    pub(crate) fn error(&self, record: usize, message: &str) -> GeoError {
        format_error(self.file, record, &format!("{message} (byte {})", self.pos))
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize, record: usize) -> Result<&'a [u8], GeoError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.error(record, "file ends too early"))?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    /// The bytes not read yet (and the end of the file).
    pub(crate) fn rest(&mut self) -> &'a [u8] {
        let out = &self.bytes[self.pos..];
        self.pos = self.bytes.len();
        out
    }

    /// Number of bytes not read yet.
    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// A little-endian `u32`.
    pub(crate) fn u32(&mut self, record: usize) -> Result<u32, GeoError> {
        let b = self.take(4, record)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A little-endian `f64`.
    pub(crate) fn f64(&mut self, record: usize) -> Result<f64, GeoError> {
        let b = self.take(8, record)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    /// An unsigned LEB128 varint.
    #[inline]
    pub(crate) fn varint(&mut self, record: usize) -> Result<u64, GeoError> {
        let mut out = 0u64;
        let mut shift = 0u32;
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Err(self.error(record, "file ends inside a number"));
            };
            self.pos += 1;
            if shift > 63 || (shift == 63 && b > 1) {
                return Err(self.error(record, "number too large"));
            }
            out |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(out);
            }
            shift += 7;
        }
    }

    /// A zigzag-encoded signed varint.
    #[inline]
    pub(crate) fn zigzag(&mut self, record: usize) -> Result<i64, GeoError> {
        let v = self.varint(record)?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count (a varint that fits in memory).
    pub(crate) fn count(&mut self, record: usize) -> Result<usize, GeoError> {
        let v = self.varint(record)?;
        usize::try_from(v).map_err(|_| self.error(record, "count too large"))
    }
}

/// A [`GeoError::Format`] for record (or line) `line` of `file`.
pub(crate) fn format_error(file: &'static str, line: usize, message: &str) -> GeoError {
    GeoError::Format {
        file,
        line,
        message: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_and_reports_the_record() {
        let bytes = b"MAGICXYZ\x07\x00\x00\x00\xac\x02\x03\x80";
        let mut r = Reader::new("t.bin", bytes, b"MAGICXYZ").unwrap();
        assert_eq!(r.u32(1).unwrap(), 7);
        assert_eq!(r.varint(2).unwrap(), 300);
        assert_eq!(r.zigzag(3).unwrap(), -2);
        match r.varint(4) {
            Err(GeoError::Format { file, line, .. }) => assert_eq!((file, line), ("t.bin", 4)),
            other => panic!("{other:?}"),
        }
        assert!(Reader::new("t.bin", b"MAGICXY", b"MAGICXYZ").is_err());
        assert!(Reader::new("t.bin", b"MAGICXYQ", b"MAGICXYZ").is_err());
    }
}
