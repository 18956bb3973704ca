//! Shared by the case tests: code short texts and check the events they yield.

use vigie_coder::Pipeline;
use vigie_lexicon::Lexicon;

/// Codes every case's text and checks its expectations: `ROOT SOURCE>TARGET`
/// (optionally `@DATE`, or `@FIRST..LAST` for a range, and ` ~MODALITY` for how it is told: `~alleged`) must be
/// coded, `!ROOT SOURCE>TARGET` must not be coded as fact. Every failure is reported
/// at once.
pub fn check(cases: &[(&str, &str, &[&str])]) {
    let pipeline =
        Pipeline::new(Lexicon::bundled().expect("bundled actor dictionaries")).expect("pipeline");
    let mut failures = Vec::new();
    for (what, text, want) in cases {
        let coded = pipeline.run("case", text, None, None);
        let key = |a: &Option<vigie_coder::EventActor>| {
            a.as_ref().map_or("-".to_string(), |a| {
                a.org
                    .clone()
                    .or_else(|| a.country.clone())
                    .unwrap_or_default()
            })
        };
        let got: Vec<(String, String, bool, String)> = coded
            .events
            .iter()
            .map(|e| {
                (
                    format!("{} {}>{}", &e.cameo[..2], key(&e.source), key(&e.target)),
                    match &e.date_end {
                        Some(end) => format!("{}..{end}", e.date.clone().unwrap_or_default()),
                        None => e.date.clone().unwrap_or_default(),
                    },
                    e.modality.is_factual(),
                    format!("{:?}", e.modality).to_lowercase(),
                )
            })
            .collect();
        for w in *want {
            let (negated, w) = match w.strip_prefix('!') {
                Some(w) => (true, w),
                None => (false, *w),
            };
            let (w, modality) = w.split_once(" ~").unwrap_or((w, ""));
            let (event, date) = w.split_once('@').unwrap_or((w, ""));
            let found = got.iter().any(|(g, d, fact, m)| {
                g == event
                    && (date.is_empty()
                        || d == date
                        || (!date.contains("..") && d.split("..").next() == Some(date)))
                    && (modality.is_empty() || m == modality)
                    && (*fact || !negated)
            });
            if found == negated {
                let wanted = if negated { "no" } else { "want" };
                failures.push(format!("{what}: {text:?}\n    {wanted} {w}, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
