//! TIMEX3 arithmetic and spelling: moving a day by units, writing calendar values
//! (`2025-04-01`, `XXXX-04`), and writing durations (`P2Y`, `PT48H`, `P2.5Y`).

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::expr::Cal;
use crate::lexicon::Unit;
use crate::types::Precision;

/// The precision of a calendar value.
pub(crate) fn precision_of(c: Cal) -> Precision {
    if c.day.is_some() {
        Precision::Day
    } else if c.month.is_some() {
        Precision::Month
    } else {
        Precision::Year
    }
}

/// TIMEX3 form of a calendar value; `X` for what is unknown.
pub(crate) fn format_cal(c: Cal) -> String {
    let y = c.year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    match (c.month, c.day) {
        (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y}-{m:02}"),
        _ => y,
    }
}

/// A day as a calendar value.
pub(crate) fn day_cal(d: NaiveDate) -> Cal {
    Cal {
        year: Some(d.year()),
        month: Some(d.month() as u8),
        day: Some(d.day() as u8),
        weekday: None,
    }
}

/// Moves `d` by `n` units; `None` past the calendar's ends.
pub(crate) fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    let days = |k: i64| {
        if k >= 0 {
            d.checked_add_days(Days::new(k as u64))
        } else {
            d.checked_sub_days(Days::new(k.unsigned_abs()))
        }
    };
    let months = |k: i64| {
        let m = u32::try_from(k.unsigned_abs()).ok()?;
        if k >= 0 {
            d.checked_add_months(Months::new(m))
        } else {
            d.checked_sub_months(Months::new(m))
        }
    };
    match unit {
        Unit::Minute | Unit::Hour => Some(d),
        Unit::Day => days(n),
        Unit::Week => days(n.checked_mul(7)?),
        Unit::Month => months(n),
        Unit::Year => months(n.checked_mul(12)?),
        Unit::Decade => months(n.checked_mul(120)?),
        Unit::Century => months(n.checked_mul(1200)?),
    }
}

/// TIMEX3 duration: `P2Y`, `P3M`, `P1W`, `P10D`, `PT48H`, `P2.5Y`, `PXD`.
pub(crate) fn duration(n: Option<u32>, unit: Unit, half: bool) -> String {
    let (time, letter, factor) = match unit {
        Unit::Minute => (true, 'M', 1),
        Unit::Hour => (true, 'H', 1),
        Unit::Day => (false, 'D', 1),
        Unit::Week => (false, 'W', 1),
        Unit::Month => (false, 'M', 1),
        Unit::Year => (false, 'Y', 1),
        Unit::Decade => (false, 'Y', 10),
        Unit::Century => (false, 'Y', 100),
    };
    let t = if time { "T" } else { "" };
    let amount = match n {
        None => "X".to_string(),
        Some(n) if half && factor == 1 => format!("{n}.5"),
        Some(n) => (u64::from(n) * factor + if half { factor / 2 } else { 0 }).to_string(),
    };
    format!("P{t}{amount}{letter}")
}
