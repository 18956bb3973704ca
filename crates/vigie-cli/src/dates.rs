//! `vigie dates`: temporal expressions as JSON lines, from whole documents or, with
//! `--lines`, from one expression per input line.

use std::io::Write;

use serde::Serialize;
use vigie_core::Lang;
use vigie_text::TextAnalysis;
use vigie_time::{Anchor, TimeAnalysis, TimeRecognizer, Timex};

/// One output line of `vigie dates`.
#[derive(Serialize)]
struct DateLine<'a> {
    doc: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(flatten)]
    timex: &'a Timex,
}

/// Parses `--anchor`.
pub fn parse_anchor(s: &str) -> Result<Anchor, String> {
    Anchor::parse(s)
        .ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM"))
}

/// Runs the text layer and the time recogniser over one document.
pub fn analyze(
    recognizer: &TimeRecognizer,
    text: &str,
    anchor: Option<Anchor>,
) -> (TextAnalysis, TimeAnalysis) {
    let analysis = vigie_text::analyze(text);
    let sentences: Vec<_> = analysis
        .sentences
        .iter()
        .map(|s| (s.span, s.lang))
        .collect();
    let times = recognizer.recognize(text, &sentences, anchor);
    (analysis, times)
}

/// Writes the temporal expressions of one document, and says on standard error how
/// its date was inferred when no anchor was given.
pub fn write_document(
    out: &mut impl Write,
    recognizer: &TimeRecognizer,
    doc: &str,
    text: &str,
    anchor: Option<Anchor>,
) -> std::io::Result<()> {
    let (_, times) = analyze(recognizer, text, anchor);
    if let Some(inferred) = &times.document_date {
        let how = match inferred.method {
            vigie_time::InferenceMethod::Dateline => "taken from its dateline",
            vigie_time::InferenceMethod::LatestExplicitDate => {
                "inferred from the latest explicit date"
            }
        };
        eprintln!(
            "vigie: {doc}: no publication date given; document date {} {how} (bytes {}..{})",
            inferred.date, inferred.evidence.start, inferred.evidence.end
        );
    }
    for timex in &times.timexes {
        write_line(out, doc, None, timex)?;
    }
    Ok(())
}

/// Writes the normalisation of each non-empty line of `text`, read as one expression.
pub fn write_lines(
    out: &mut impl Write,
    recognizer: &TimeRecognizer,
    doc: &str,
    text: &str,
    lang: Option<Lang>,
    anchor: Option<Anchor>,
) -> std::io::Result<()> {
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let lang = lang.unwrap_or_else(|| vigie_text::analyze(line).lang);
        match recognizer.recognize_line(line, lang, anchor) {
            Some(timex) => write_line(out, doc, Some(n + 1), &timex)?,
            None => {
                let unread =
                    serde_json::json!({"doc": doc, "line": n + 1, "text": line, "value": null});
                crate::write_json_line(out, &unread)?;
            }
        }
    }
    Ok(())
}

fn write_line(
    out: &mut impl Write,
    doc: &str,
    line: Option<usize>,
    timex: &Timex,
) -> std::io::Result<()> {
    crate::write_json_line(out, &DateLine { doc, line, timex })
}
