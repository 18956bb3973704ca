//! Holidays and named days: fixed dates (`Noël`, `14 Juillet`), days counted from
//! Easter (`lundi de Pâques`, `Ascension`), the n-th weekday of a month (`Thanksgiving`,
//! `Memorial Day`), and days of the Islamic calendar (`Aïd el-Fitr`, `Tabaski`,
//! `Maouloud`, the month of Ramadan).
//!
//! Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
//! Islamic days come from the tabular (arithmetic) Hijri calendar, civil epoch
//! (1 Muharram 1 AH = 16 July 622, Julian), leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
//! 26 and 29 of each 30-year cycle. Countries fix these days by sighting the moon or by
//! their own computed calendars, so the true day may differ by one: checked against
//! the Saudi (Umm al-Qura) dates of Ramadan, Eid al-Fitr and Eid al-Adha for 2018 to
//! 2025, the tabular day is the observed one or the day after (21 dates: 12 same,
//! 9 one day later). Values carry that ±1 day uncertainty.

use chrono::{Datelike, NaiveDate};

/// How a holiday's day is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// The same month and day every year.
    Fixed {
        /// 1 to 12.
        month: u8,
        /// Day of the month.
        day: u8,
    },
    /// Days after (or before, when negative) Easter Sunday.
    Easter(i16),
    /// The `n`-th weekday of a month (`n = -1` for the last one), moved `plus` days
    /// (Black Friday: the fourth Thursday of November, plus one).
    Nth {
        /// 1 to 12.
        month: u8,
        /// 1 = Monday to 7 = Sunday.
        wd: u8,
        /// 1 to 5, or -1 for the last.
        n: i8,
        /// Days added.
        plus: i8,
    },
    /// Mother's Day in France: the last Sunday of May, or the first Sunday of June when
    /// the last Sunday of May is Pentecost.
    MothersDayFrance,
    /// A day of the Hijri calendar; `days > 1` for a period (the month of Ramadan).
    Islamic {
        /// Hijri month, 1 to 12.
        month: u8,
        /// Day of the Hijri month.
        day: u8,
        /// Length in days (1 for a single day).
        days: u8,
    },
}

impl Holiday {
    /// The holiday's occurrences (first and last day) that begin in Gregorian `year`:
    /// one, except for Islamic days, which fall twice in some years and never in none.
    pub(crate) fn in_year(self, year: i32) -> Vec<(NaiveDate, NaiveDate)> {
        let one = |d: Option<NaiveDate>| d.map(|d| vec![(d, d)]).unwrap_or_default();
        match self {
            Holiday::Fixed { month, day } => one(NaiveDate::from_ymd_opt(
                year,
                u32::from(month),
                u32::from(day),
            )),
            Holiday::Easter(offset) => one(easter(year).and_then(|e| {
                e.checked_add_signed(chrono::TimeDelta::try_days(i64::from(offset))?)
            })),
            Holiday::Nth { month, wd, n, plus } => one(nth_weekday(year, month, Some(wd), n)
                .and_then(|d| d.checked_add_signed(chrono::TimeDelta::try_days(plus.into())?))),
            Holiday::MothersDayFrance => one(nth_weekday(year, 5, Some(7), -1).and_then(|d| {
                let pentecost = easter(year)? + chrono::TimeDelta::try_days(49)?;
                if d == pentecost {
                    d.checked_add_days(chrono::Days::new(7))
                } else {
                    Some(d)
                }
            })),
            Holiday::Islamic { month, day, days } => {
                // The Hijri year runs 11 days short: about 33 of them per 32 solar years.
                let approx = ((year - 622) * 33) / 32;
                (approx - 1..=approx + 2)
                    .filter_map(|hy| {
                        let first = hijri_to_date(hy, month, day)?;
                        let last = hijri_to_date(hy, month, day + days.saturating_sub(1).min(29))?;
                        (first.year() == year).then_some((first, last))
                    })
                    .collect()
            }
        }
    }
}

/// Easter Sunday of a Gregorian year.
pub(crate) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The `n`-th `wd` (1 = Monday) of a month, or its `n`-th day when `wd` is `None`;
/// `n = -1` is the last one.
pub(crate) fn nth_weekday(year: i32, month: u8, wd: Option<u8>, n: i8) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, u32::from(month), 1)?;
    let last = first
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt()?;
    nth_in(first, last, wd, n)
}

/// The `n`-th `wd` (or day, when `wd` is `None`) between `first` and `last`
/// inclusive; `n = -1` is the last one.
pub(crate) fn nth_in(
    first: NaiveDate,
    last: NaiveDate,
    wd: Option<u8>,
    n: i8,
) -> Option<NaiveDate> {
    let d = match (wd, n < 0) {
        (None, true) => last,
        (None, false) => first.checked_add_days(chrono::Days::new(u64::try_from(n).ok()? - 1))?,
        (Some(wd), true) => {
            let back =
                (i64::from(last.weekday().number_from_monday()) - i64::from(wd)).rem_euclid(7);
            last.checked_sub_days(chrono::Days::new(back as u64))?
        }
        (Some(wd), false) => {
            let ahead =
                (i64::from(wd) - i64::from(first.weekday().number_from_monday())).rem_euclid(7);
            let k = ahead + 7 * (i64::from(n) - 1);
            first.checked_add_days(chrono::Days::new(u64::try_from(k).ok()?))?
        }
    };
    (first <= d && d <= last).then_some(d)
}

/// A day of the tabular Hijri calendar (civil epoch) as a Gregorian date.
fn hijri_to_date(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    if year < 1 || !(1..=12).contains(&month) {
        return None;
    }
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    // Months alternate 30 and 29 days: ceil(29.5 (m - 1)) days before month m.
    let jdn = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1_948_439;
    // Julian day number 1,721,426 is 1 January of year 1 (proleptic Gregorian).
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jdn - 1_721_425).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_sundays() {
        for (y, d) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2019, "2019-04-21"),
        ] {
            assert_eq!(easter(y), Some(ymd(d)), "{y}");
        }
        let ascension = Holiday::Easter(39).in_year(2025);
        assert_eq!(ascension, vec![(ymd("2025-05-29"), ymd("2025-05-29"))]);
    }

    #[test]
    fn nth_and_last_weekdays() {
        // Thanksgiving 2025: fourth Thursday of November; Memorial Day: last Monday of May.
        assert_eq!(nth_weekday(2025, 11, Some(4), 4), Some(ymd("2025-11-27")));
        assert_eq!(nth_weekday(2024, 5, Some(1), -1), Some(ymd("2024-05-27")));
        assert_eq!(nth_weekday(2025, 2, None, -1), Some(ymd("2025-02-28")));
        assert_eq!(nth_weekday(2025, 2, Some(1), 5), None);
    }

    #[test]
    fn islamic_days_within_a_day_of_the_observed_ones() {
        // Saudi announcements: Ramadan 1446 began 1 March 2025, Eid al-Fitr 1445 was
        // 10 April 2024, Eid al-Adha 1446 was 6 June 2025.
        for (h, observed) in [
            (
                Holiday::Islamic {
                    month: 9,
                    day: 1,
                    days: 1,
                },
                "2025-03-01",
            ),
            (
                Holiday::Islamic {
                    month: 10,
                    day: 1,
                    days: 1,
                },
                "2024-04-10",
            ),
            (
                Holiday::Islamic {
                    month: 12,
                    day: 10,
                    days: 1,
                },
                "2025-06-06",
            ),
        ] {
            let want = ymd(observed);
            let got = h.in_year(want.year());
            assert_eq!(got.len(), 1, "{h:?}");
            assert!((got[0].0 - want).num_days().abs() <= 1, "{h:?}: {got:?}");
        }
        // The Islamic year is shorter: Eid al-Fitr fell twice in 2000 (and 2033).
        let fitr = Holiday::Islamic {
            month: 10,
            day: 1,
            days: 1,
        };
        assert_eq!(fitr.in_year(2033).len(), 2);
    }
}
