//! Positional look-ups over a document's actor mentions.
//!
//! Discourse resolution asks, for every sentence and every anaphor, which actors lie
//! in a stretch of text, whether a phrase is already a name, and which actor is the
//! most salient before a point. Scanning every actor of the document for each question
//! made the cost grow with the square of the document's length (hardening issue,
//! defect 7). This module answers them by binary search over the mentions sorted by
//! start, and by sweeps that only move forward, so the work per question depends on
//! the neighbourhood asked about, not on the document's size.

use vigie_core::Span;
use vigie_lexicon::ActorMention;

/// The actors of a document, indexed by where they are.
#[derive(Debug)]
pub(crate) struct ActorIndex<'a> {
    actors: &'a [ActorMention],
    /// Positions in `actors`, sorted by span start (ties in slice order).
    by_start: Vec<usize>,
    /// Starts of the mentions that name a country or an organisation, sorted.
    named_starts: Vec<u32>,
    /// For each prefix of `named_starts`, the largest end among its mentions: an
    /// interval-overlap test by one binary search.
    named_max_end: Vec<u32>,
}

impl<'a> ActorIndex<'a> {
    pub(crate) fn new(actors: &'a [ActorMention]) -> ActorIndex<'a> {
        let mut by_start: Vec<usize> = (0..actors.len()).collect();
        by_start.sort_by_key(|&i| actors[i].span.start);
        let named: Vec<Span> = by_start
            .iter()
            .map(|&i| &actors[i])
            .filter(|m| m.country.is_some() || m.org.is_some())
            .map(|m| m.span)
            .collect();
        let named_starts = named.iter().map(|s| s.start).collect();
        let named_max_end = named
            .iter()
            .scan(0u32, |max, s| {
                *max = (*max).max(s.end);
                Some(*max)
            })
            .collect();
        ActorIndex {
            actors,
            by_start,
            named_starts,
            named_max_end,
        }
    }

    /// The mentions that lie within `from..to`, in slice order.
    pub(crate) fn within(&self, from: u32, to: u32) -> Vec<&'a ActorMention> {
        let actors = self.actors;
        let lo = self
            .by_start
            .partition_point(|&i| actors[i].span.start < from);
        let hi = self
            .by_start
            .partition_point(|&i| actors[i].span.start <= to);
        let mut found: Vec<usize> = self.by_start[lo..hi.max(lo)]
            .iter()
            .copied()
            .filter(|&i| actors[i].span.end <= to)
            .collect();
        found.sort_unstable();
        #[cfg(test)]
        probe::count(found.len() + 1);
        found.into_iter().map(|i| &actors[i]).collect()
    }

    /// Whether a mention naming a country or an organisation overlaps `span`.
    pub(crate) fn names_over(&self, span: Span) -> bool {
        // the mentions starting before the span ends overlap it when one of them
        // ends after it starts
        let k = self.named_starts.partition_point(|&s| s < span.end);
        #[cfg(test)]
        probe::count(1);
        k > 0 && self.named_max_end[k - 1] > span.start
    }
}

/// The first of the most salient mentions that pass a fixed test among those that
/// end by a point moving forward through the document: what a scan of every earlier
/// actor gives, by a sweep over the mentions sorted by end.
#[derive(Debug)]
pub(crate) struct SalientBefore<'a> {
    actors: &'a [ActorMention],
    /// Positions of the mentions that pass, sorted by end, with their salience rank.
    by_end: Vec<(usize, usize)>,
    /// How many of `by_end` the sweep has taken.
    taken: usize,
    /// The point of the last question: the sweep starts over if one goes back.
    point: u32,
    /// The lowest (rank, position) taken so far.
    best: Option<(usize, usize)>,
}

impl<'a> SalientBefore<'a> {
    /// `rank` gives a mention's salience rank (lower is more salient), `None` for a
    /// mention that cannot be chosen.
    pub(crate) fn new(
        actors: &'a [ActorMention],
        rank: impl Fn(&ActorMention) -> Option<usize>,
    ) -> SalientBefore<'a> {
        let mut by_end: Vec<(usize, usize)> = actors
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some((i, rank(m)?)))
            .collect();
        by_end.sort_by_key(|&(i, _)| actors[i].span.end);
        SalientBefore {
            actors,
            by_end,
            taken: 0,
            point: 0,
            best: None,
        }
    }

    /// The most salient mention ending at or before `point`; among equals, the first.
    pub(crate) fn at(&mut self, point: u32) -> Option<&'a ActorMention> {
        if point < self.point {
            self.taken = 0;
            self.best = None;
        }
        self.point = point;
        while let Some(&(i, rank)) = self.by_end.get(self.taken) {
            if self.actors[i].span.end > point {
                break;
            }
            self.taken += 1;
            #[cfg(test)]
            probe::count(1);
            if self.best.is_none_or(|b| (rank, i) < b) {
                self.best = Some((rank, i));
            }
        }
        self.best.map(|(_, i)| &self.actors[i])
    }
}

/// A count of the actor look-ups the resolution makes, for the test that its work
/// grows linearly with the document (defect 7).
#[cfg(test)]
pub(crate) mod probe {
    use std::cell::Cell;

    thread_local! {
        static STEPS: Cell<usize> = const { Cell::new(0) };
    }

    /// Adds `n` steps to this thread's count.
    pub(crate) fn count(n: usize) {
        STEPS.with(|s| s.set(s.get() + n));
    }

    /// This thread's count, set back to zero.
    pub(crate) fn take() -> usize {
        STEPS.with(|s| s.replace(0))
    }
}
