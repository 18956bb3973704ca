//! Helpers shared by the text layer's integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use vigie_text::TextAnalysis;

/// A readable dump of an analysis: one line per sentence, with its language, its
/// paragraph, what it repeats, and its tokens separated by `|` (elisions and numbers
/// show how they were cut).
pub fn dump(text: &str, analysis: &TextAnalysis) -> String {
    let mut out = String::new();
    for s in &analysis.sentences {
        let repeat = s
            .repeat_of
            .map(|r| format!(" repeats {r}"))
            .unwrap_or_default();
        let tokens: Vec<&str> = analysis
            .sentence_tokens(s)
            .iter()
            .map(|t| t.span.slice(text))
            .collect();
        out.push_str(&format!(
            "{} {} p{}{repeat}: {}\n",
            s.index,
            s.lang,
            s.paragraph,
            tokens.join("|")
        ));
    }
    out
}

/// The shared folder beside the repository, when it is there.
pub fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    dir.is_dir().then_some(dir)
}
