//! The averaged perceptron: the one classifier behind the tagger, the lemmatiser's
//! edit rules, the contraction splitter and the parser's transitions.
//!
//! Features are 64-bit keys (see `hash`); each key holds sparse weights, one per class
//! it was ever updated for, so a model with hundreds of classes stays small. Training
//! keeps running totals so that the averaged weights (Collins 2002) are computed in one
//! pass at the end (the lazy "timestamp" update). The frozen [`Weights`] are an
//! open-addressing table of 16-bit fingerprints with weights quantised to `i16`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::binary::{Reader, Writer};
use crate::SyntaxError;

/// A hasher for keys that are already well mixed: it passes them through.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

#[derive(Clone, Copy)]
struct Cell {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u64,
}

/// Weights being learned.
pub struct Trainer {
    classes: usize,
    index: KeyMap<u32>,
    cells: Vec<Vec<Cell>>,
    step: u64,
}

impl Trainer {
    /// A trainer for `classes` classes.
    pub fn new(classes: usize) -> Trainer {
        Trainer {
            classes,
            index: KeyMap::default(),
            cells: Vec::new(),
            step: 1,
        }
    }

    /// Adds the current weights of `features` to `scores` (one per class).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        for f in features {
            if let Some(&slot) = self.index.get(f) {
                for c in &self.cells[slot as usize] {
                    scores[c.class as usize] += c.weight;
                }
            }
        }
    }

    /// Moves the weights of `features` towards `good` and away from `bad`.
    pub fn update(&mut self, features: &[u64], good: usize, bad: usize) {
        if good == bad {
            return;
        }
        let step = self.step;
        for &f in features {
            let next = self.cells.len() as u32;
            let slot = *self.index.entry(f).or_insert(next) as usize;
            if slot == self.cells.len() {
                self.cells.push(Vec::new());
            }
            for (class, delta) in [(good, 1.0f32), (bad, -1.0)] {
                let cells = &mut self.cells[slot];
                let cell = match cells.iter().position(|c| c.class as usize == class) {
                    Some(i) => &mut cells[i],
                    None => {
                        cells.push(Cell {
                            class: class as u16,
                            weight: 0.0,
                            total: 0.0,
                            stamp: step,
                        });
                        cells.last_mut().expect("just pushed")
                    }
                };
                cell.total += (step - cell.stamp) as f64 * f64::from(cell.weight);
                cell.stamp = step;
                cell.weight += delta;
            }
        }
    }

    /// Ends one training instance (the unit of averaging).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// The averaged weights, without the cells whose average is below `min_abs` in
    /// absolute value.
    pub fn average(&self, min_abs: f32) -> Weights {
        let step = self.step;
        let mut kept: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.index.len());
        let mut max_abs = 0f32;
        for (&key, &slot) in &self.index {
            let mut cells: Vec<(u16, f32)> = self.cells[slot as usize]
                .iter()
                .map(|c| {
                    let total = c.total + (step - c.stamp) as f64 * f64::from(c.weight);
                    (c.class, (total / step as f64) as f32)
                })
                .filter(|&(_, w)| w.abs() >= min_abs && w != 0.0)
                .collect();
            if cells.is_empty() {
                continue;
            }
            cells.sort_by_key(|&(c, _)| c);
            for &(_, w) in &cells {
                max_abs = max_abs.max(w.abs());
            }
            kept.push((key, cells));
        }
        kept.sort_by_key(|&(k, _)| k);
        Weights::build(self.classes, &kept, max_abs)
    }
}

/// Frozen, averaged weights.
///
/// Laid out for memory-bound lookups: one array of slots, each a fingerprint (the high
/// 16 bits of the key, never 0; 0 is an empty slot) beside the offset of its cells, so
/// that a probe touches one cache line; a slot's cells run to the next slot's offset,
/// each a class and a quantised weight in one `u32`. The table is 80% full: a key's
/// home slot is its low 32 bits scaled to the table's length (Lemire's multiply-shift
/// reduction), so the length need not be a power of two.
///
/// A feature with weights for a good share of the classes (the parser's tag features,
/// most of the tagger's) is held as a *row* instead: one cell per class, in class
/// order, each the bits of its weight already scaled (`f32::to_bits`), the classes it
/// has no weight for, and the row up to a whole number of [`LANES`], padded with −0.0. A row is added to the scores in one loop that
/// the compiler turns into vector additions, with no index or conversion per cell. The
/// sums are the same to the bit: each class still gets the same terms in the same order,
/// and adding −0.0 leaves every float as it is (+0.0 included), so rows change speed,
/// never scores.
#[derive(Debug, Clone)]
pub struct Weights {
    classes: u16,
    scale: f32,
    /// Number of slots (without the closing one).
    size: usize,
    /// `[fingerprint, first cell]` per slot, and a last one that closes the cells.
    slots: Vec<[u32; 2]>,
    /// Class in the high 16 bits, weight (`i16`) in the low 16 bits; a slot with exactly
    /// `width` cells is a row of scaled weights (`f32` bits).
    cells: Vec<u32>,
    /// Cells in a row: the classes, rounded up to whole [`LANES`].
    width: usize,
    /// Cells stored in the model file (the padding of rows left out).
    stored: usize,
}

/// The padding of rows: adding it changes no score, and no weight is stored as it (a
/// weight of 0 scales to +0.0).
const PAD: f32 = -0.0;

/// A feature with at least one cell per `ROW_SHARE` classes is held as a row: adding a
/// row costs about one instruction per class, a cell of a sparse feature about fourteen.
const ROW_SHARE: usize = 8;

/// Rows are added this many classes at a time.
const LANES: usize = 8;

/// The 16 bits of a key kept to tell it from the other keys of its probe sequence;
/// never 0. A key never trained on matches a stored one of its probe sequence about
/// once in 65,536 probes, and then only adds that feature's small weights.
fn fingerprint(key: u64) -> u32 {
    ((key >> 48) as u32).max(1)
}

/// The home slot of `key` in a table of `size` slots.
#[inline]
fn home(key: u64, size: usize) -> usize {
    (((key & 0xffff_ffff) * size as u64) >> 32) as usize
}

fn cell(class: u16, weight: i16) -> u32 {
    u32::from(class) << 16 | u32::from(weight as u16)
}

fn weight(cell: u32) -> i16 {
    cell as u16 as i16
}

impl Weights {
    fn build(classes: usize, features: &[(u64, Vec<(u16, f32)>)], max_abs: f32) -> Weights {
        let size = (features.len() * 5 / 4).max(16);
        let mut slot_of = vec![usize::MAX; size];
        let mut prints = vec![0u16; size];
        for (n, (key, _)) in features.iter().enumerate() {
            let mut slot = home(*key, size);
            while prints[slot] != 0 {
                slot = if slot + 1 == size { 0 } else { slot + 1 };
            }
            prints[slot] = fingerprint(*key) as u16;
            slot_of[slot] = n;
        }
        let scale = if max_abs > 0.0 {
            max_abs / 32767.0
        } else {
            1.0
        };
        let mut counts = Vec::with_capacity(size);
        let mut cells = Vec::new();
        for &n in &slot_of {
            let features = features.get(n).map_or(&[][..], |f| &f.1[..]);
            counts.push(features.len() as u16);
            for &(c, w) in features {
                cells.push(cell(c, (w / scale).round().clamp(-32767.0, 32767.0) as i16));
            }
        }
        Weights::lay_out(classes as u16, scale, &prints, &counts, &cells)
    }

    /// The weights of a table in the file layout (fingerprints, each slot's cell count,
    /// the cells), with the features wide enough held as rows.
    fn lay_out(
        classes: u16,
        scale: f32,
        prints: &[u16],
        counts: &[u16],
        stored: &[u32],
    ) -> Weights {
        let width = usize::from(classes).next_multiple_of(LANES);
        let mut slots = Vec::with_capacity(prints.len() + 1);
        let mut cells = Vec::with_capacity(stored.len());
        // `at`: the slot's first stored cell; `copied`: the stored cells before it that
        // are in `cells` already (sparse features are copied in runs, between rows)
        let (mut at, mut copied) = (0, 0);
        for (&print, &count) in prints.iter().zip(counts) {
            let count = usize::from(count);
            if count > 0 && count * ROW_SHARE >= usize::from(classes) {
                cells.extend_from_slice(&stored[copied..at]);
                slots.push([u32::from(print), cells.len() as u32]);
                let row = cells.len();
                cells.resize(row + width, PAD.to_bits());
                for &c in &stored[at..at + count] {
                    cells[row + (c >> 16) as usize] = (f32::from(weight(c)) * scale).to_bits();
                }
                copied = at + count;
            } else {
                slots.push([u32::from(print), (cells.len() + at - copied) as u32]);
            }
            at += count;
        }
        cells.extend_from_slice(&stored[copied..]);
        slots.push([0, cells.len() as u32]);
        Weights {
            classes,
            scale,
            size: prints.len(),
            slots,
            cells,
            width,
            stored: stored.len(),
        }
    }

    /// Number of classes.
    pub fn classes(&self) -> usize {
        self.classes as usize
    }

    /// A zeroed buffer for [`Weights::score`]: one score per class, then up to a whole
    /// row (those stay 0 and are no class). Any buffer of a score per class will do;
    /// this one lets rows be added without a class-by-class tail.
    pub fn scores(&self) -> Vec<f32> {
        vec![0.0; self.width]
    }

    /// Number of stored features and weights.
    pub fn size(&self) -> (usize, usize) {
        let features = self.slots[..self.size].iter().filter(|s| s[0] != 0).count();
        (features, self.stored)
    }

    /// Where the cells of `key` lie in `cells` (an empty range when it has none).
    #[inline]
    fn range_of(&self, key: u64) -> (u32, u32) {
        let print = fingerprint(key);
        let mut slot = home(key, self.size);
        loop {
            match self.slots[slot][0] {
                0 => return (0, 0),
                p if p == print => return (self.slots[slot][1], self.slots[slot + 1][1]),
                _ => slot = if slot + 1 == self.size { 0 } else { slot + 1 },
            }
        }
    }

    /// Adds the weights of `features` to `scores` (one per class).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        // Ask for every home slot first: the loads are independent, so their cache
        // misses overlap instead of following one another.
        #[cfg(target_arch = "x86_64")]
        for &f in features {
            let slot = &self.slots[home(f, self.size)];
            // SAFETY: prefetching has no effect on memory; the pointer is in bounds.
            unsafe {
                std::arch::x86_64::_mm_prefetch(
                    slot.as_ptr().cast::<i8>(),
                    std::arch::x86_64::_MM_HINT_T0,
                )
            };
        }
        // Then find every feature's cells and ask for them too, before adding any:
        // the cells are a second load that depends on the first.
        const CHUNK: usize = 128;
        let mut ranges = [(0u32, 0u32); CHUNK];
        let scale = self.scale;
        for chunk in features.chunks(CHUNK) {
            for (r, &f) in ranges.iter_mut().zip(chunk) {
                *r = self.range_of(f);
                #[cfg(target_arch = "x86_64")]
                if r.0 < r.1 {
                    // SAFETY: as above; `r.0` indexes `cells`.
                    unsafe {
                        std::arch::x86_64::_mm_prefetch(
                            self.cells.as_ptr().add(r.0 as usize).cast::<i8>(),
                            std::arch::x86_64::_MM_HINT_T0,
                        )
                    };
                }
            }
            for &(start, end) in &ranges[..chunk.len()] {
                let cells = &self.cells[start as usize..end as usize];
                if cells.len() == self.width {
                    add_row(cells, scores);
                } else {
                    for &c in cells {
                        scores[(c >> 16) as usize] += f32::from(weight(c)) * scale;
                    }
                }
            }
        }
    }

    /// Writes the weights in the model file layout: the fingerprints, each slot's cell
    /// count (16 bits: a feature has at most one cell per class), the cells.
    pub fn write(&self, w: &mut Writer) {
        w.u16(self.classes);
        w.f32(self.scale);
        let stored = |p: &[[u32; 2]]| -> Vec<u32> {
            let own = &self.cells[p[0][1] as usize..p[1][1] as usize];
            if own.len() != self.width {
                return own.to_vec();
            }
            // a row: back to the cells it was made of (a scaled weight divided by the
            // scale rounds back to its integer: the error is far below one half)
            (0..self.classes)
                .zip(own)
                .filter(|&(_, &bits)| bits != PAD.to_bits())
                .map(|(class, &bits)| {
                    cell(class, (f32::from_bits(bits) / self.scale).round() as i16)
                })
                .collect()
        };
        let prints: Vec<u16> = self.slots[..self.size]
            .iter()
            .map(|s| s[0] as u16)
            .collect();
        let counts: Vec<u16> = self
            .slots
            .windows(2)
            .map(|p| stored(p).len() as u16)
            .collect();
        let cells: Vec<u32> = self.slots.windows(2).flat_map(stored).collect();
        w.u16s(&prints);
        w.u16s(&counts);
        w.u32s(&cells);
    }

    /// Reads weights written by [`Weights::write`].
    pub fn read(r: &mut Reader<'_>) -> Result<Weights, SyntaxError> {
        let classes = r.u16("classes")?;
        let scale = r.f32("scale")?;
        let prints = r.u16s("fingerprints")?;
        let counts = r.u16s("cell counts")?;
        let cells = r.u32s("cells")?;
        let size = prints.len();
        let total: u64 = counts.iter().map(|&n| u64::from(n)).sum();
        let mut at = 0;
        // every feature's classes in increasing order, as `build` writes them: a row
        // has one place per class
        let increasing = counts.iter().all(|&n| {
            let own = &cells[at.min(cells.len())..(at + usize::from(n)).min(cells.len())];
            at += usize::from(n);
            own.windows(2).all(|p| p[0] >> 16 < p[1] >> 16)
        });
        let consistent = size > 0
            && counts.len() == size
            && total == cells.len() as u64
            && increasing
            && prints.iter().zip(&counts).all(|(&p, &n)| p != 0 || n == 0)
            && cells.iter().all(|&c| (c >> 16) < u32::from(classes))
            && prints.contains(&0);
        if !consistent {
            return Err(SyntaxError::Model("inconsistent weight table".into()));
        }
        Ok(Weights::lay_out(classes, scale, &prints, &counts, &cells))
    }
}

/// Adds a row (one scaled weight per class, in class order) to `scores`, [`LANES`]
/// classes at a time, then any classes left one by one.
fn add_row(row: &[u32], scores: &mut [f32]) {
    let whole = scores.len().min(row.len()) / LANES * LANES;
    let (head, tail) = scores.split_at_mut(whole);
    for (s, r) in head.chunks_exact_mut(LANES).zip(row.chunks_exact(LANES)) {
        for (s, &bits) in s.iter_mut().zip(r) {
            *s += f32::from_bits(bits);
        }
    }
    for (s, &bits) in tail.iter_mut().zip(&row[whole..]) {
        *s += f32::from_bits(bits);
    }
}

/// The index of the highest score among `allowed` classes (all when `None`); ties go to
/// the lowest index, so that results do not depend on anything but the weights.
pub fn argmax(scores: &[f32], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::key;

    #[test]
    fn learns_a_separable_problem_and_survives_a_round_trip() {
        // class = which of two features is present
        let (a, b, both) = (key(1, &[11]), key(1, &[22]), key(2, &[]));
        let mut t = Trainer::new(2);
        for _ in 0..10 {
            for (f, gold) in [(a, 0usize), (b, 1)] {
                let mut s = [0.0; 2];
                t.score(&[f, both], &mut s);
                let guess = argmax(&s, |_| true).unwrap();
                t.update(&[f, both], gold, guess);
                t.tick();
            }
        }
        let w = t.average(0.0);
        let mut bytes = Writer::default();
        w.write(&mut bytes);
        let w = Weights::read(&mut Reader::new(&bytes.bytes)).unwrap();
        for (f, gold) in [(a, 0usize), (b, 1)] {
            let mut s = [0.0; 2];
            w.score(&[f, both], &mut s);
            assert_eq!(argmax(&s, |_| true), Some(gold));
        }
    }

    #[test]
    fn features_with_many_classes_keep_every_weight_through_a_round_trip() {
        // one feature updated for eight classes, one for two
        let (wide, narrow) = (key(3, &[1]), key(3, &[2]));
        let mut t = Trainer::new(8);
        for good in 0..8 {
            t.update(&[wide], good, (good + 1) % 8);
            t.update(&[narrow], good % 2, 1 - good % 2);
            t.tick();
        }
        let frozen = t.average(0.0);
        assert_eq!(frozen.size().0, 2);
        assert!(frozen.size().1 > 5, "the wide feature has many cells");
        let mut bytes = Writer::default();
        frozen.write(&mut bytes);
        let read = Weights::read(&mut Reader::new(&bytes.bytes)).unwrap();
        assert_eq!(read.size(), frozen.size());
        let (mut before, mut after) = ([0.0; 8], [0.0; 8]);
        frozen.score(&[wide, narrow], &mut before);
        read.score(&[wide, narrow], &mut after);
        assert_eq!(before, after);
        // the quantised weights are the averaged ones, to within the quantisation step
        for &f in &[wide, narrow] {
            let mut one = [0.0; 8];
            read.score(&[f], &mut one);
            for c in &t.cells[t.index[&f] as usize] {
                let average =
                    (c.total + (t.step - c.stamp) as f64 * f64::from(c.weight)) / t.step as f64;
                assert!((one[c.class as usize] - average as f32).abs() < 1e-3);
            }
        }
    }

    #[test]
    fn a_truncated_table_is_an_error() {
        let w = Trainer::new(3).average(0.0);
        let mut bytes = Writer::default();
        w.write(&mut bytes);
        let cut = &bytes.bytes[..bytes.bytes.len() - 3];
        assert!(Weights::read(&mut Reader::new(cut)).is_err());
    }
}
