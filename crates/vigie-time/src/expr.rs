//! Expressions as the grammar reads them, before any anchor is applied.
//!
//! The grammar says *what* the text states ("6 April, year not given", "one day after
//! the last date told"); resolution later says *which* day that is. Keeping the two
//! apart lets the document date be inferred from the explicit dates before any
//! year-less or relative expression is resolved.

use crate::holiday::Holiday;
use crate::lexicon::Unit;
use crate::types::Modifier;

/// A calendar value with any of its parts missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Cal {
    /// The year, when the text gives it.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
    /// The weekday named with the date (1 = Monday), which helps place a year-less date.
    pub weekday: Option<u8>,
}

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    /// The moment of writing: publication date, or the inferred document date.
    Deictic,
    /// The last date the story told.
    Narrative,
}

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// The nearest one, in the past unless the sentence speaks of the future.
    Nearest,
    /// The previous one (`lundi dernier`, `last Monday`).
    Last,
    /// The next one (`lundi prochain`, `next Monday`).
    Next,
    /// The one in the calendar week this many weeks from the moment of writing
    /// (`vendredi la semaine prochaine`, `Friday next week`: 1).
    Week(i64),
}

/// The period an ordinal day counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// A named month, with its year when given (`de mai`, `of November 2025`).
    Month {
        /// 1 to 12.
        month: u8,
        /// The year, when the text gives it.
        year: Option<i32>,
    },
    /// A year given in digits (`de 2021`).
    Year(i32),
    /// The week, month or year `n` units from the moment of writing (`du mois`, `of
    /// next month`, `de la semaine prochaine`, `of the year`).
    Period {
        /// Week, month or year.
        unit: Unit,
        /// Signed offset, 0 for the current one.
        n: i64,
    },
}

/// What an expression states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    /// A calendar date, month or year, possibly without its year.
    Cal(Cal),
    /// From one calendar value to another.
    Range(Cal, Cal),
    /// A season (`SP`, `SU`, `FA`, `WI`) of a year, possibly not given.
    Season(Option<i32>, &'static str),
    /// A decade, as its first three digits (199 for the 1990s).
    Decade(i32),
    /// A century, as its first two digits (19 for the twentieth century).
    Century(i32),
    /// A day counted from a base: `n` units (`hier` = one day back).
    Shift {
        /// The unit counted.
        unit: Unit,
        /// How many, signed; `None` for a vague count (`quelques jours plus tard`).
        n: Option<i64>,
        /// What it counts from.
        base: Base,
    },
    /// The calendar period `n` units from a base: the moment of writing (`la semaine
    /// dernière`) or the last date told (`la semaine suivante`).
    Period {
        /// Week, month or year.
        unit: Unit,
        /// Signed offset, 0 for the current one.
        n: i64,
        /// What it counts from.
        base: Base,
    },
    /// A weekday, placed against the moment of writing.
    Weekday {
        /// 1 = Monday to 7 = Sunday.
        wd: u8,
        /// Which occurrence.
        dir: Dir,
        /// Days added once it is placed (`mardi en huit`: the next Tuesday, plus 7).
        plus: i64,
    },
    /// The `n`-th weekday (or day, when `wd` is `None`) of a period; `n = -1` for the
    /// last (`the second Friday of November`, `le dernier jour du mois`).
    Nth {
        /// 1 to 5, or -1.
        n: i8,
        /// 1 = Monday to 7 = Sunday; `None` for a day.
        wd: Option<u8>,
        /// The period counted in.
        scope: Scope,
    },
    /// An ISO 8601 week (`2022-W05`, `week 12 of 2024`); the year may be left to the
    /// anchor.
    Week {
        /// The ISO week-numbering year, when given.
        year: Option<i32>,
        /// 1 to 53.
        week: u8,
    },
    /// A holiday or named day (`Noël 2023`, `Tabaski`, `Thanksgiving`).
    Holiday {
        /// Which day.
        holiday: Holiday,
        /// The year, when the text gives it.
        year: Option<i32>,
    },
    /// A length of time.
    Duration {
        /// How many units; `None` for a vague count (`quelques jours`).
        n: Option<u32>,
        /// The unit.
        unit: Unit,
        /// True for an extra half (`deux ans et demi`).
        half: bool,
    },
}

/// An expression found by the grammar, over a range of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it states.
    pub expr: Expr,
    /// Part of the period meant.
    pub modifier: Option<Modifier>,
    /// True when the wording points to the future (`d'ici 2030`, `dans trois jours`).
    pub future: bool,
    /// True when the wording points to the past (`en mars dernier`, `last March`).
    pub past: bool,
}
