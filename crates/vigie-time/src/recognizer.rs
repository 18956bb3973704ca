//! The recogniser: a value built once (word tables compiled) and shared across threads,
//! which scans a document sentence by sentence and hands what it found to resolution.

use chrono::NaiveDate;
use vigie_core::{Lang, Span};

use crate::expr::Found;
use crate::fold::{fold, Folded};
use crate::grammar::{match_at, may_start, Names, Seg};
use crate::lexer::{lex, Tok, TokKind};
use crate::lexicon::{Lex, Lexicon};
use crate::resolve::{resolve, Item};
use crate::types::{
    Anchor, AnchorSource, InferenceMethod, InferredDate, Precision, Prefer, TimeAnalysis, Timex,
};

/// Words that make a sentence speak of the future, so its year-less dates and weekdays
/// may fall after the publication date.
const FUTURE_CUES: &[&str] = &[
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "sera",
    "seront",
    "aura",
    "auront",
    "devra",
    "devront",
    "doit",
    "doivent",
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "tiendra",
    "will",
    "shall",
    "scheduled",
    "upcoming",
    "planned",
    "expected",
    "ici",
];

/// Recognises and normalises temporal expressions in French and English text.
///
/// Build it once with [`TimeRecognizer::new`] and share it: it holds only read-only
/// tables and is `Send + Sync`.
pub struct TimeRecognizer {
    lexicon: Lexicon,
    names: Names,
    prefer: Prefer,
}

impl Default for TimeRecognizer {
    fn default() -> Self {
        TimeRecognizer::new()
    }
}

impl TimeRecognizer {
    /// Compiles the word tables.
    pub fn new() -> TimeRecognizer {
        let names = Names::new();
        TimeRecognizer {
            lexicon: Lexicon::new(names.first_words()),
            names,
            prefer: Prefer::Past,
        }
    }

    /// The same recogniser, placing dates that name no year or direction (`lundi`,
    /// `le 1er mars`, `Noël`) as `prefer` says; [`Prefer::Past`] by default.
    pub fn with_prefer(mut self, prefer: Prefer) -> TimeRecognizer {
        self.prefer = prefer;
        self
    }

    /// Finds every temporal expression of `text` and normalises it.
    ///
    /// `sentences` are the sentence spans (byte offsets into `text`) and languages the
    /// caller already has; expressions never cross a sentence. When it is empty the
    /// whole text is one sentence of unknown language. `anchor` is the publication
    /// date; without it a document date is inferred from the text when possible.
    /// Never fails: what cannot be resolved is reported in the diagnostics.
    pub fn recognize(
        &self,
        text: &str,
        sentences: &[(Span, Lang)],
        anchor: Option<Anchor>,
    ) -> TimeAnalysis {
        if anchor.is_none() {
            if let Some((date, evidence)) = self.dateline(text) {
                let mut analysis = self.run(text, sentences, Some(Anchor::day(date)), false);
                analysis.document_date = Some(InferredDate {
                    date,
                    precision: Precision::Day,
                    method: InferenceMethod::Dateline,
                    evidence,
                });
                return analysis;
            }
        }
        self.run(text, sentences, anchor, false)
    }

    /// The date of a dateline in the text's opening lines: the report's own date, a
    /// publication date the text gives itself. A dateline is a full date (day and
    /// year written) on one of the first three lines, with before it on its line only
    /// a place, an outlet or a kicker and no sentence (`Bamako, 12 mars 2026 — …`,
    /// `ANALYSIS` then `Kyiv, June 3, 2026`, `PRESS REVIEW - Bangkok, Monday 16
    /// November 2026`, `Communiqué de presse, Kinshasa, le 23 mars 2026`), and after
    /// it the end of the line, a dash, an outlet in brackets (`RABAT, 14 avril 2026
    /// (AFP) – …`) or a time (`Publié le 27 novembre 2026 à 18 h 40`). A date inside
    /// the first sentence (`… revoked on 20 June 2024 the permit`) is not one.
    fn dateline(&self, text: &str) -> Option<(NaiveDate, Span)> {
        let mut end = 0;
        let mut lines = 0;
        for line in text.split_inclusive('\n') {
            end += line.len();
            if !line.trim().is_empty() {
                lines += 1;
            }
            if lines >= 3 || end >= 400 {
                break;
            }
        }
        let head = &text[..end];
        let analysis = self.run(
            head,
            &[(Span::new(0, head.len()), Lang::Other)],
            None,
            false,
        );
        let t = analysis
            .timexes
            .iter()
            .find(|t| t.precision == Precision::Day && t.anchor == AnchorSource::None)?;
        let (start, stop) = (t.span.start as usize, t.span.end as usize);
        let line_start = head[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = head[stop..].find('\n').map_or(head.len(), |i| stop + i);
        let before = &head[line_start..start];
        let after = head[stop..line_end].trim_start();
        let sentence_before =
            before.contains(". ") || before.contains("? ") || before.chars().count() > 90;
        let time_after = |a: &str| {
            let rest = a
                .strip_prefix("à ")
                .or_else(|| a.strip_prefix("at "))
                .unwrap_or("");
            rest.starts_with(|c: char| c.is_ascii_digit())
        };
        let line_ends = after.is_empty()
            || after.starts_with(['—', '–', '-', '(', '|', ':'])
            || time_after(after);
        if sentence_before || !line_ends {
            return None;
        }
        let date = NaiveDate::parse_from_str(&t.value, "%Y-%m-%d").ok()?;
        Some((date, t.span))
    }

    /// Normalises one expression written on its own (`vigie dates --lines`): a bare
    /// month or year counts there. Returns the longest expression found in `expr`.
    pub fn recognize_line(&self, expr: &str, lang: Lang, anchor: Option<Anchor>) -> Option<Timex> {
        let whole = [(Span::new(0, expr.len()), lang)];
        let analysis = self.run(expr, &whole, anchor, true);
        analysis
            .timexes
            .into_iter()
            .max_by_key(|t| (t.span.len(), std::cmp::Reverse(t.span.start)))
    }

    fn run(
        &self,
        text: &str,
        sentences: &[(Span, Lang)],
        anchor: Option<Anchor>,
        standalone: bool,
    ) -> TimeAnalysis {
        let folded = fold(text);
        let toks = lex(&folded, text);
        let whole;
        let sentences = if sentences.is_empty() {
            whole = [(Span::new(0, text.len()), Lang::Other)];
            &whole[..]
        } else {
            sentences
        };
        let mut items = Vec::new();
        let mut sentence_of = Vec::new();
        let mut lexes: Vec<Lex> = Vec::new();
        let mut strong: Vec<usize> = Vec::new();
        for (index, &(span, lang)) in sentences.iter().enumerate() {
            let orig = |t: &Tok| folded.orig[t.start as usize];
            let first = toks.partition_point(|t| orig(t) < span.start);
            let last = toks.partition_point(|t| orig(t) < span.end);
            if first >= last {
                continue;
            }
            let stoks = &toks[first..last];
            let lang = match lang {
                Lang::Other => self.vote(&folded.text, stoks),
                known => known,
            };
            lexes.clear();
            lexes.extend(stoks.iter().map(|t| {
                match t.kind {
                    TokKind::Word => self
                        .lexicon
                        .get(&folded.text[t.start as usize..t.end as usize], lang),
                    _ => Lex::None,
                }
            }));
            // For each token, the first token at or after it that can make an expression.
            strong.clear();
            strong.resize(stoks.len() + 1, usize::MAX);
            for k in (0..stoks.len()).rev() {
                let is_strong = stoks[k].kind == TokKind::Num
                    || !matches!(lexes[k], Lex::None | Lex::Weak | Lex::WeekdayShort(_))
                    || stoks[k].kind == TokKind::Punct
                        && folded.text.as_bytes()[stoks[k].start as usize] == b'\'';
                strong[k] = if is_strong { k } else { strong[k + 1] };
            }
            let seg = Seg {
                text: &folded.text,
                toks: stoks,
                lex: &lexes,
                lang,
                standalone,
                names: &self.names,
            };
            let before = items.len();
            let mut i = 0;
            while i < stoks.len() {
                if !may_start(&seg, i, strong[i]) {
                    i += 1;
                    continue;
                }
                match match_at(&seg, i) {
                    Some(f) if f.end > i => {
                        items.push(item(&folded, stoks, f, false));
                        sentence_of.push(index);
                        i = f.end;
                    }
                    _ => i += 1,
                }
            }
            if items.len() > before {
                // a cue inside another expression speaks of that one only: `sont
                // convenus lundi de libérer d’ici la fin du mois` (`lundi` is past)
                let cues: Vec<usize> = (0..stoks.len())
                    .filter(|&k| seg.is_any(k, FUTURE_CUES))
                    .collect();
                let ranges: Vec<(usize, usize)> = items[before..]
                    .iter()
                    .map(|it| (it.found.start, it.found.end))
                    .collect();
                for (i, it) in items[before..].iter_mut().enumerate() {
                    it.future_sentence = cues.iter().any(|&k| {
                        ranges
                            .iter()
                            .enumerate()
                            .all(|(j, &(start, end))| j == i || !(start..end).contains(&k))
                    });
                }
            }
        }
        let (values, document_date, diagnostics) = resolve(&items, anchor, self.prefer);
        let timexes = items
            .iter()
            .zip(values)
            .zip(sentence_of)
            .map(|((it, v), sentence)| Timex {
                span: it.span,
                text: it.span.slice(text).to_string(),
                value: v.value,
                precision: v.precision,
                kind: v.kind,
                anchor: v.anchor,
                modifier: v.modifier,
                sentence,
            })
            .collect();
        TimeAnalysis {
            timexes,
            document_date,
            diagnostics,
        }
    }
}

impl TimeRecognizer {
    /// The language of a sentence the caller could not tell, from its date words: one
    /// that has meaning in only one of the two languages (`avril`, `mardi`, `hier`
    /// against `April`, `Tuesday`, `ago`) is a vote. A tie stays unknown.
    fn vote(&self, text: &str, toks: &[Tok]) -> Lang {
        let (mut fr, mut en) = (0, 0);
        for t in toks.iter().filter(|t| t.kind == TokKind::Word) {
            let w = &text[t.start as usize..t.end as usize];
            let strong = |l: Lex| !matches!(l, Lex::None | Lex::Weak);
            let (f, e) = (
                strong(self.lexicon.get(w, Lang::Fr)),
                strong(self.lexicon.get(w, Lang::En)),
            );
            if f && !e {
                fr += 1;
            } else if e && !f {
                en += 1;
            }
        }
        match fr.cmp(&en) {
            std::cmp::Ordering::Greater => Lang::Fr,
            std::cmp::Ordering::Less => Lang::En,
            std::cmp::Ordering::Equal => Lang::Other,
        }
    }
}

/// An item over tokens `f.start..f.end` of a sentence, with its original span.
fn item(folded: &Folded, stoks: &[Tok], f: Found, future_sentence: bool) -> Item {
    let start = folded.orig[stoks[f.start].start as usize] as usize;
    let end = folded.orig[stoks[f.end - 1].end as usize] as usize;
    Item {
        found: f,
        span: Span::new(start, end),
        future_sentence,
    }
}
