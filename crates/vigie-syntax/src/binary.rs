//! The little-endian byte layout of model files: a writer and a bounds-checked reader.
//!
//! Models are loaded by copying arrays out of the file, never by parsing text, so that
//! start-up stays in milliseconds. Every read checks its length: a truncated or foreign
//! file is an error naming what was being read, never a panic.

use crate::SyntaxError;

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    /// The bytes written so far.
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    pub fn u16(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.bytes.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, items: &[String]) {
        self.u32(items.len() as u32);
        for s in items {
            self.str(s);
        }
    }
    pub fn u16s(&mut self, items: &[u16]) {
        self.u32(items.len() as u32);
        for &v in items {
            self.u16(v);
        }
    }
    pub fn u32s(&mut self, items: &[u32]) {
        self.u32(items.len() as u32);
        for &v in items {
            self.u32(v);
        }
    }
}

/// Reads values back in the order they were written.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], SyntaxError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        match end {
            Some(end) => {
                let slice = &self.bytes[self.at..end];
                self.at = end;
                Ok(slice)
            }
            None => Err(SyntaxError::Model(format!(
                "truncated model file: {what} at byte {}",
                self.at
            ))),
        }
    }

    pub fn u8(&mut self, what: &str) -> Result<u8, SyntaxError> {
        Ok(self.take(1, what)?[0])
    }
    pub fn u16(&mut self, what: &str) -> Result<u16, SyntaxError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub fn u32(&mut self, what: &str) -> Result<u32, SyntaxError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn f32(&mut self, what: &str) -> Result<f32, SyntaxError> {
        Ok(f32::from_bits(self.u32(what)?))
    }
    pub fn str(&mut self, what: &str) -> Result<String, SyntaxError> {
        let n = self.u32(what)? as usize;
        let b = self.take(n, what)?;
        String::from_utf8(b.to_vec())
            .map_err(|_| SyntaxError::Model(format!("invalid UTF-8 in model file: {what}")))
    }
    pub fn strs(&mut self, what: &str) -> Result<Vec<String>, SyntaxError> {
        let n = self.u32(what)? as usize;
        (0..n).map(|_| self.str(what)).collect()
    }
    fn array<const N: usize>(
        &mut self,
        what: &str,
    ) -> Result<std::slice::ChunksExact<'a, u8>, SyntaxError> {
        let n = self.u32(what)? as usize;
        let bytes = self.take(n.saturating_mul(N), what)?;
        Ok(bytes.chunks_exact(N))
    }
    pub fn u16s(&mut self, what: &str) -> Result<Vec<u16>, SyntaxError> {
        Ok(self
            .array::<2>(what)?
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect())
    }
    pub fn u32s(&mut self, what: &str) -> Result<Vec<u32>, SyntaxError> {
        Ok(self
            .array::<4>(what)?
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    }
    pub fn is_at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}
