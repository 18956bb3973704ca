//! The grammar: at a token, try every rule and keep the longest expression.
//!
//! Rules are plain functions over a [`Seg`], the tokens of one sentence with their word
//! meanings. Each returns the token where its expression ends. A rule may start with
//! the prepositions and articles news writing puts before dates (`le`, `en`, `depuis`,
//! `à partir de`, `since`); those words are part of the reported span, as annotators
//! usually mark them, and some of them are what licenses a bare month or year.

mod calendar;
mod named;
mod numbers;
mod range;
mod relative;

use vigie_core::Lang;

pub(crate) use named::Names;

use crate::expr::Found;
use crate::lexer::{Tok, TokKind};
use crate::lexicon::Lex;
use crate::types::Modifier;

/// The tokens of one sentence and what their words mean.
pub(crate) struct Seg<'a> {
    /// The folded document text.
    pub text: &'a str,
    /// The sentence's tokens.
    pub toks: &'a [Tok],
    /// The meaning of each token's word, in the sentence's language.
    pub lex: &'a [Lex],
    /// The sentence's language.
    pub lang: Lang,
    /// True when the segment is one expression on its own (`--lines`): bare months and
    /// years need no preposition there.
    pub standalone: bool,
    /// The names of holidays.
    pub names: &'a Names,
}

impl<'a> Seg<'a> {
    /// The folded text of token `i`, or `""` past the end.
    #[inline(always)]
    pub fn s(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start as usize..t.end as usize],
            None => "",
        }
    }

    /// True when token `i` reads `w`.
    #[inline(always)]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.s(i) == w
    }

    /// True when token `i` reads one of `ws`.
    #[inline(always)]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let s = self.s(i);
        !s.is_empty() && ws.contains(&s)
    }

    /// True when token `i` exists and no space comes before it.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// The meaning of token `i`.
    pub fn lex(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or_default()
    }

    /// The value and digit count of number token `i`.
    pub fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Num).then(|| (t.value, (t.end - t.start) as usize))
    }

    /// True when token `i` starts with an uppercase letter in the original text.
    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// True when token `i` opens its sentence (or follows an opening quote or dash).
    pub fn opens(&self, i: usize) -> bool {
        i == 0 || self.is_any(i - 1, &["\"", "#", "-", ":", "(", "."])
    }

    /// True for an elision: token `i` is `w` followed by a glued apostrophe.
    pub fn elided(&self, i: usize, w: &str) -> bool {
        self.is(i, w) && self.is(i + 1, "'") && self.glued(i + 1)
    }

    /// Skips an article (`le`, `la`, `les`, `l'`, `the`) at `i`.
    pub fn article(&self, i: usize) -> usize {
        if self.elided(i, "l") {
            i + 2
        } else if self.is_any(i, &["le", "la", "les", "the"]) {
            i + 1
        } else {
            i
        }
    }

    /// Skips `de`, `du`, `des`, `d'` or `of [the]` at `i`.
    pub fn of(&self, i: usize) -> usize {
        if self.elided(i, "d") {
            i + 2
        } else if self.is_any(i, &["de", "du", "des"]) {
            i + 1
        } else if self.is(i, "of") {
            if self.is(i + 1, "the") {
                i + 2
            } else {
                i + 1
            }
        } else {
            i
        }
    }
}

/// What the words before an expression say about it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Pre {
    /// A preposition was read: a bare month or year is a date here.
    pub cue: bool,
    /// The wording points to the future (`d'ici`, `until`).
    pub future: bool,
    /// `vers`, `around`: an approximate value.
    pub approx: bool,
}

/// Reads the prepositions (and an article after them) that may open an expression.
fn prefix(seg: &Seg, i: usize) -> (usize, Pre) {
    let mut pre = Pre::default();
    let mut j = i;
    if seg.elided(j, "d") && seg.is(j + 2, "ici") {
        pre.future = true;
        j += 3;
    } else if seg.elided(j, "jusqu") {
        j += 2;
        if seg.is_any(j, &["en", "au", "a", "aux"]) {
            j += 1;
        }
    } else if seg.is(j, "a") && seg.is(j + 1, "partir") {
        j = seg.of(j + 2);
        if j == i + 2 {
            return (i, pre);
        }
    } else if seg.is(j, "au") && seg.is(j + 1, "mois") {
        j += 1;
    } else if seg.is(j, "au") && seg.is(j + 1, "cours") {
        j = seg.of(j + 2);
    } else if seg.is_any(j, &["vers", "around", "circa", "about", "environ"]) {
        pre.approx = true;
        j += 1;
    } else if seg.is_any(
        j,
        &[
            "depuis", "des", "en", "in", "on", "since", "from", "until", "till", "before", "after",
            "by", "avant", "apres", "durant", "pendant", "during", "for", "over", "within", "sur",
            "through", "thru",
        ],
    ) {
        j += 1;
    } else if seg.is(j, "as") && seg.is(j + 1, "of") {
        j += 2;
    }
    if j > i {
        pre.cue = true;
    }
    (seg.article(j), pre)
}

/// The longest expression starting at token `i`, if any.
pub(crate) fn match_at(seg: &Seg, i: usize) -> Option<Found> {
    let (j, pre) = prefix(seg, i);
    let cue = pre.cue || (seg.standalone && j == 0);
    let mut best: Option<Found> = None;
    let mut consider = |start: usize, f: Option<Found>| {
        if let Some(mut f) = f {
            f.start = start;
            if best.is_none_or(|b: Found| f.end > b.end) {
                best = Some(f);
            }
        }
    };
    if j > i {
        // A rule may also own the words the prefix took (`la veille`, `in three days`);
        // on a tie it wins, as it read more of the words.
        consider(i, calendar::at(seg, i, seg.standalone && i == 0));
        consider(i, relative::at(seg, i, false));
    }
    // Every rule starts on a number, a word of the tables, an apostrophe (`'90s`) or a
    // roman numeral before `siècle`: after the prefix, any other word ends the search.
    let j_may_start = j == i
        || seg.num(j).is_some()
        || seg.lex(j) != Lex::None
        || seg.is(j, "'")
        || seg.is_any(j + 1, &["siecle", "century"]);
    if j_may_start {
        consider(i, calendar::at(seg, j, cue));
        consider(i, relative::at(seg, j, cue));
        consider(i, seg.names.at(seg, j, cue || j > i));
        // `last Christmas`, `next Easter`.
        if seg.is_any(j, &["last", "next"]) {
            if let Some(mut f) = seg.names.at(seg, j + 1, true) {
                f.past = seg.is(j, "last");
                f.future = !f.past;
                consider(i, Some(f));
            }
        }
        consider(i, named::nth(seg, j));
        consider(i, named::iso_week(seg, j));
    }
    let mut f = best?;
    f.future |= pre.future;
    if pre.approx && f.modifier.is_none() {
        f.modifier = Some(Modifier::Approx);
    }
    Some(f)
}

/// How many tokens a function word may stand before the number or key word that
/// makes an expression (`à partir de la fin 2023`: four).
pub(crate) const REACH: usize = 5;

/// True when the scanner should try the grammar at token `i`; `strong_at` is the index
/// of the first token at or after `i` that is a number or a calendar or key word.
pub(crate) fn may_start(seg: &Seg, i: usize, strong_at: usize) -> bool {
    match seg.lex(i) {
        Lex::Weak => return strong_at <= i + REACH,
        // `ven.`, `Fri,`: most weekday abbreviations are also words (`mer`, `sun`).
        Lex::WeekdayShort(_) => {
            return seg.standalone || seg.glued(i + 1) && seg.is_any(i + 1, &[".", ","])
        }
        _ => {}
    }
    match seg.toks[i].kind {
        TokKind::Num => true,
        TokKind::Word => seg.lex(i) != Lex::None || seg.is_any(i + 1, &["siecle", "century"]),
        TokKind::Punct => seg.is(i, "'") && seg.num(i + 1).is_some(),
    }
}
