//! Ranges: `du 31 mars au 1er avril`, `dans la nuit du 6 au 7 avril`, `entre le
//! 3 et le 5 mai`, `les 3 et 4 mai`, `between 3 and 5 May`, `from March to May`,
//! `June 1-3, 2023`, `2015-2020`.
//!
//! Both ends are read like single dates, then each end lends the other what it leaves
//! out: `du 3 au 5 avril` takes its month from the second end, `May 3-5` its month
//! from the first. Bare numbers on both sides (`3-1`, `du 3 au 5`) are not a range.

use super::calendar::{endpoint, found, street_before};
use super::Seg;
use crate::expr::{Cal, Expr, Found};

/// Fills the parts one end of a range leaves out from the other end.
fn fill(mut a: Cal, mut b: Cal) -> Option<(Cal, Cal)> {
    if b.month.is_none() && b.day.is_some() && a.month.is_some() {
        b.month = a.month;
    }
    if a.month.is_none() && a.day.is_some() {
        a.month = b.month;
    }
    if a.month.is_none() && a.year.is_none() || b.month.is_none() && b.year.is_none() {
        return None;
    }
    if b.year.is_none() {
        b.year = a.year;
    }
    if a.year.is_none() {
        a.year = b.year;
        if let (Some(y), Some(ma), Some(mb)) = (a.year, a.month, b.month) {
            if ma > mb {
                a.year = Some(y - 1);
            }
        }
    }
    if a.day.is_some() != b.day.is_some() || a.month.is_some() != b.month.is_some() {
        return None;
    }
    let key = |c: Cal| {
        (
            c.year.unwrap_or(0),
            c.month.unwrap_or(0),
            c.day.unwrap_or(0),
        )
    };
    // Without years, `du 30 décembre au 2 janvier` runs over the new year.
    let wraps = a.year.is_none() && a.month > b.month;
    (wraps || key(a) <= key(b)).then_some((a, b))
}

/// `du 31 mars au 1er avril`, `dans la nuit du 6 au 7 avril`, `entre le 3 et le
/// 5 mai`, `between 3 and 5 May`, `from March to May`, `les 3 et 4 mai`, `2015-2020`.
pub(super) fn range(seg: &Seg, i: usize) -> Option<Found> {
    let mut j = i;
    let night = {
        let k = if seg.is(j, "dans") { j + 1 } else { j };
        (seg.is(k, "la") && seg.is(k + 1, "nuit")).then_some(k + 2)
    };
    if let Some(k) = night {
        j = k;
    }
    let closers: &[&str] = if seg.is_any(j, &["du", "de"]) || seg.elided(j, "d") {
        j = if seg.elided(j, "d") { j + 2 } else { j + 1 };
        &["au", "a", "aux"]
    } else if seg.is_any(j, &["entre", "les"]) {
        j += 1;
        &["et"]
    } else if seg.is(j, "between") {
        j += 1;
        &["and"]
    } else if seg.is(j, "from") {
        j += 1;
        &["to", "until", "through", "till", "-"]
    } else if night.is_some() {
        return None;
    } else {
        &["-"]
    };
    let (k, a) = endpoint(seg, j)?;
    if !seg.is_any(k, closers) {
        // `dans la nuit du 31 mars`: a night, not a range.
        if night.is_some() && a.day.is_some() && a.month.is_some() {
            return found(i, k, Expr::Cal(a));
        }
        return None;
    }
    let (end, b) = endpoint(seg, seg.article(k + 1))?;
    let (a, b) = fill(a, b)?;
    if a.day.is_some() && street_before(seg, i) {
        return None;
    }
    found(i, end, Expr::Range(a, b))
}
