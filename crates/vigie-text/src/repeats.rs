//! Repeated sentences inside one document: pull quotes and their kin.
//!
//! News pages repeat a sentence as a pull quote, verbatim, truncated, or with cuts
//! marked `[…]`. Coding both copies would count one statement twice, so the shorter
//! copy is marked as a repeat of the longer one (an exact copy, of the earlier one).
//!
//! A sentence is compared by its words (folded, punctuation left out), split at cut
//! marks and ellipses into segments. It repeats another sentence when its segments
//! occur, in order and each contiguous, in that sentence's words (or in the words that
//! follow it, for quotes that run over two sentences); of several copies, the tightest
//! wins. Only sentences of at least
//! [`MIN_WORDS`] words are considered, so that common short sentences are not taken
//! for quotes. Candidates are found by hashing the first three words of each sentence
//! and scanning the document's words once.

use crate::hash::combine;

/// Fewest words a sentence needs to be considered a repeat.
pub(crate) const MIN_WORDS: usize = 8;
/// Words of its first segment that must match to start a comparison.
const PROBE: usize = 3;
/// How many words past the match start the later segments may be found in.
const WINDOW: usize = 400;
/// Word comparisons allowed per word of the document, so that pathological input
/// (thousands of sentences opening with the same words) stays linear.
const WORK_PER_WORD: usize = 64;

/// One sentence's words, as a range of the document's word list, cut into segments.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceWords {
    pub words: std::ops::Range<usize>,
    pub segments: Vec<std::ops::Range<usize>>,
}

/// For each sentence, the index of the sentence it repeats.
///
/// `words` holds a hash for every word of the document in order; `sentence_of` the
/// sentence each word belongs to.
pub(crate) fn find_repeats(
    words: &[u64],
    sentence_of: &[u32],
    sentences: &[SentenceWords],
) -> Vec<Option<usize>> {
    let mut repeat_of = vec![None; sentences.len()];
    // exact copies first, by a hash of all their words: they repeat the first copy and
    // need no search (this also keeps a document of one sentence repeated a thousand
    // times from costing a thousand squared comparisons); sorted vectors rather than
    // maps, to allocate once per document rather than once per sentence
    let mut wholes: Vec<(u64, usize)> = Vec::new();
    for (s, sw) in sentences.iter().enumerate() {
        if sw.words.len() >= MIN_WORDS && sw.segments.first().is_some_and(|seg| seg.len() >= PROBE)
        {
            wholes.push((
                combine(&words[sw.words.clone()]) ^ sw.segments.len() as u64,
                s,
            ));
        }
    }
    if wholes.is_empty() {
        return repeat_of;
    }
    wholes.sort_unstable();
    let mut probes: Vec<(u64, usize)> = Vec::with_capacity(wholes.len());
    // the first copy in text order opens each run of equal hashes, and is the one kept
    let mut kept = 0;
    for (k, &(whole, s)) in wholes.iter().enumerate() {
        if k > 0 && wholes[k - 1].0 == whole {
            repeat_of[s] = Some(kept);
            continue;
        }
        kept = s;
        let first = sentences[s].segments[0].start;
        probes.push((combine(&words[first..first + PROBE]), s));
    }
    probes.sort_unstable();
    // per sentence: the tightest copy found, as (copy length, host sentence)
    let mut best: Vec<Option<(usize, usize)>> = vec![None; sentences.len()];
    let mut budget = WORK_PER_WORD * words.len();
    for at in 0..words.len().saturating_sub(PROBE - 1) {
        let probe = combine(&words[at..at + PROBE]);
        let from = probes.partition_point(|p| p.0 < probe);
        let candidates = probes[from..].iter().take_while(|p| p.0 == probe);
        let host = sentence_of[at] as usize;
        for &(_, s) in candidates {
            if host == s {
                continue;
            }
            budget = budget.saturating_sub(sentences[s].words.len());
            let Some(end) = matches_at(words, &sentences[s], at) else {
                continue;
            };
            // a quote running over two sentences is compared with both
            let last = sentence_of[end - 1] as usize;
            let host_len = sentences[last].words.end - sentences[host].words.start;
            let own_len = sentences[s].words.len();
            let longer = host_len > own_len || (host_len == own_len && host < s);
            let tighter = best[s].is_none_or(|(len, _)| end - at < len);
            if longer && tighter {
                best[s] = Some((end - at, host));
            }
        }
        if budget == 0 {
            break;
        }
    }
    for (s, b) in best.into_iter().enumerate() {
        if let Some((_, host)) = b {
            repeat_of[s] = Some(host);
        }
    }
    repeat_of
}

/// Where the copy ends when the segments of `sentence` occur in order in `words` from
/// `at`.
fn matches_at(words: &[u64], sentence: &SentenceWords, at: usize) -> Option<usize> {
    let own = &sentence.words;
    let limit = (at + WINDOW).min(words.len());
    let mut from = at;
    for (k, seg) in sentence.segments.iter().enumerate() {
        let needle = &words[seg.clone()];
        let found = if k == 0 {
            words.get(at..at + needle.len()) == Some(needle)
        } else {
            match find(&words[from..limit], needle) {
                Some(offset) => {
                    from += offset;
                    true
                }
                None => false,
            }
        };
        // the copy must not overlap the sentence itself
        if !found || (from < own.end && from + needle.len() > own.start) {
            return None;
        }
        from += needle.len();
    }
    Some(from)
}

fn find(haystack: &[u64], needle: &[u64]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
