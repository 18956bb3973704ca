//! Property tests: recognition never panics on arbitrary text and its spans always
//! slice back to the reported text; moving the publication date by N days moves every
//! day-precision relative value by N days.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use vigie_core::{Lang, Span};
use vigie_time::{Anchor, AnchorSource, Precision, TimeRecognizer};

/// Sentences whose expressions all count days from the moment of writing.
const DAY_RELATIVE: &[(Lang, &str)] = &[
    (
        Lang::Fr,
        "Hier, la préfecture a annoncé la fermeture d’une école.",
    ),
    (Lang::Fr, "Avant-hier, un convoi a été attaqué."),
    (Lang::Fr, "Il y a trois jours, un drone a été abattu."),
    (Lang::Fr, "Il y a vingt-et-un jours, la trêve a été rompue."),
    (Lang::Fr, "Aujourd’hui, les deux pays sont en crise."),
    (Lang::Fr, "Le conseil se réunira dans deux semaines."),
    (Lang::Fr, "La veille, un drone avait été abattu."),
    (Lang::En, "Three days ago, a drone was shot down."),
    (
        Lang::En,
        "The day before yesterday, a convoy was attacked. The next day, talks resumed.",
    ),
    (Lang::En, "Yesterday evening, shots were heard."),
];

/// Sentences with weekdays, which move with the anchor by whole weeks.
const WEEKDAYS: &[(Lang, &str)] = &[
    (
        Lang::Fr,
        "Dimanche, des milliers de personnes ont manifesté.",
    ),
    (Lang::Fr, "Lundi dernier, le ministre a démissionné."),
    (Lang::Fr, "Le président se rendra à Alger mardi prochain."),
    (Lang::En, "Last Monday, the minister resigned."),
];

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn relative_days(
    rec: &TimeRecognizer,
    (lang, text): (Lang, &str),
    anchor: NaiveDate,
) -> Vec<NaiveDate> {
    rec.recognize(
        text,
        &[(Span::new(0, text.len()), lang)],
        Some(Anchor::day(anchor)),
    )
    .timexes
    .iter()
    .filter(|t| t.precision == Precision::Day && t.anchor != AnchorSource::None)
    .filter_map(|t| date(&t.value))
    .collect()
}

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 4, 16).unwrap_or_default()
}

proptest! {
    #[test]
    fn never_panics_and_spans_slice_back(text in "\\PC{0,200}", cut in 0usize..200) {
        let rec = TimeRecognizer::new();
        // Sentence spans cut at an arbitrary char boundary.
        let cut = (0..=cut.min(text.len())).rev().find(|&c| text.is_char_boundary(c)).unwrap_or(0);
        let sentences = [(Span::new(0, cut), Lang::Fr), (Span::new(cut, text.len()), Lang::En)];
        for anchor in [None, Some(Anchor::day(base()))] {
            let analysis = rec.recognize(&text, &sentences, anchor);
            for t in &analysis.timexes {
                prop_assert!(text.get(t.span.range()).is_some());
                prop_assert_eq!(t.span.slice(&text), t.text.as_str());
            }
        }
        let _ = rec.recognize_line(&text, Lang::Other, None);
    }

    #[test]
    fn dateish_noise_never_panics(words in proptest::collection::vec(prop::sample::select(vec![
        "le", "1er", "31", "mars", "au", "du", "2025", "-", "/", "l’", "an", "dernier", "il", "y", "a",
        "trois", "jours", "vingt", "et", "un", "cent", "quatre", "fin", "mi", "années", "1990", "s",
        "'", "siècle", "XXe", "between", "and", "May", "9999", "0", "00", "29", "février", "plus", "tard",
        "dans", "la", "nuit", "lendemain", "veille", "ago", "next", "week", ".", ",", "depuis",
    ]), 0..24)) {
        let text = words.join(" ");
        let rec = TimeRecognizer::new();
        for anchor in [None, Some(Anchor::day(base()))] {
            let analysis = rec.recognize(&text, &[], anchor);
            for t in &analysis.timexes {
                prop_assert_eq!(t.span.slice(&text), t.text.as_str());
            }
        }
    }

    #[test]
    fn moving_the_anchor_moves_relative_days(n in -4000i64..4000, k in 0usize..DAY_RELATIVE.len()) {
        let rec = TimeRecognizer::new();
        let text = DAY_RELATIVE[k];
        let moved = if n >= 0 { base().checked_add_days(Days::new(n as u64)) } else { base().checked_sub_days(Days::new(n.unsigned_abs())) };
        let Some(moved) = moved else { return Ok(()) };
        let before = relative_days(&rec, text, base());
        let after = relative_days(&rec, text, moved);
        prop_assert!(!before.is_empty(), "nothing relative found in {}", text.1);
        prop_assert_eq!(before.len(), after.len());
        for (b, a) in before.iter().zip(&after) {
            prop_assert_eq!((*a - *b).num_days(), n, "{}", text.1);
        }
    }

    #[test]
    fn moving_the_anchor_by_weeks_moves_weekdays(weeks in -500i64..500, k in 0usize..WEEKDAYS.len()) {
        let rec = TimeRecognizer::new();
        let text = WEEKDAYS[k];
        let n = weeks * 7;
        let moved = if n >= 0 { base().checked_add_days(Days::new(n as u64)) } else { base().checked_sub_days(Days::new(n.unsigned_abs())) };
        let Some(moved) = moved else { return Ok(()) };
        let before = relative_days(&rec, text, base());
        let after = relative_days(&rec, text, moved);
        prop_assert!(!before.is_empty(), "nothing relative found in {}", text.1);
        for (b, a) in before.iter().zip(&after) {
            prop_assert_eq!((*a - *b).num_days(), n, "{}", text.1);
        }
    }
}
