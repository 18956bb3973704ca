//! Event dates as ranges of days, so that a day, a month and a year compare.

use chrono::{Datelike, NaiveDate};

/// The first and last day an event date covers: `2025-04-06` is one day, `2025-04` is
/// April, `2025` the year; `date_end` closes a range. `None` for dates that are not
/// calendar dates (`2025-W14`, `PRESENT_REF`) or are malformed.
pub fn day_range(date: Option<&str>, date_end: Option<&str>) -> Option<(NaiveDate, NaiveDate)> {
    let (first, mut last) = bounds(date?)?;
    if let Some((_, end)) = date_end.and_then(bounds) {
        if end >= first {
            last = end;
        }
    }
    Some((first, last))
}

fn bounds(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let mut parts = value.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let month = match parts.next() {
        None => {
            return Some((
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
            ))
        }
        Some(m) => m.parse::<u32>().ok()?,
    };
    let first_of_month = NaiveDate::from_ymd_opt(year, month, 1)?;
    match parts.next() {
        None => {
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            Some((first_of_month, next.pred_opt()?))
        }
        Some(d) => {
            let day = NaiveDate::from_ymd_opt(year, month, d.get(..2)?.parse().ok()?)?;
            debug_assert_eq!(day.year(), year);
            Some((day, day))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn days_months_years_and_ranges() {
        assert_eq!(
            day_range(Some("2025-04-06"), None),
            Some((d("2025-04-06"), d("2025-04-06")))
        );
        assert_eq!(
            day_range(Some("2024-02"), None),
            Some((d("2024-02-01"), d("2024-02-29")))
        );
        assert_eq!(
            day_range(Some("2025-12"), None),
            Some((d("2025-12-01"), d("2025-12-31")))
        );
        assert_eq!(
            day_range(Some("2025"), None),
            Some((d("2025-01-01"), d("2025-12-31")))
        );
        assert_eq!(
            day_range(Some("2025-03-31"), Some("2025-04-01")),
            Some((d("2025-03-31"), d("2025-04-01")))
        );
        // An end before the start is ignored rather than trusted.
        assert_eq!(
            day_range(Some("2025-04-06"), Some("2025-04-01")),
            Some((d("2025-04-06"), d("2025-04-06")))
        );
    }

    #[test]
    fn what_is_not_a_calendar_date() {
        for v in [
            "2025-W14",
            "PRESENT_REF",
            "",
            "20",
            "2025-13",
            "2025-02-30",
            "199X",
        ] {
            assert_eq!(day_range(Some(v), None), None, "{v}");
        }
        assert_eq!(day_range(None, Some("2025-04-01")), None);
    }
}
