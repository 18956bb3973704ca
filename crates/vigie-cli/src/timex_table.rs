//! `vigie eval --timex-table`: date normalisation scored on tables of expressions given
//! alone with a reference date, the way date parsers' test tables are written.
//!
//! Each table is tab-separated with a header naming at least `id`, `reference`,
//! `expression`, `future` and `past` (and optionally `family` and `lang`); the language
//! is the `lang` column, else the id's prefix (`fr-0001`), else the file name
//! (`fr.tsv`). A row is right with `--prefer future` when the value equals `future`;
//! rows whose `past` differs from `future` are the ones where the preference matters,
//! and they are also scored with `--prefer past` against `past`. Islamic holidays
//! (family `islamic`) are right within one day, the uncertainty of a computed Hijri
//! calendar (see `vigie-time`'s `holiday` module).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use chrono::NaiveDate;
use vigie_core::Lang;
use vigie_time::{Anchor, Prefer, TimeRecognizer};

/// One row of a table.
struct Row {
    file: PathBuf,
    line: usize,
    id: String,
    lang: Lang,
    reference: Anchor,
    expression: String,
    future: String,
    past: String,
    family: String,
}

/// Right and total counts.
#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }

    fn show(self) -> String {
        if self.total == 0 {
            return "     -      ".to_string();
        }
        format!(
            "{:.3} ({:>3}/{:<3})",
            self.right as f64 / self.total as f64,
            self.right,
            self.total
        )
    }
}

/// Scores every table and prints the figures (and the misses when asked).
pub fn run(out: &mut impl Write, files: &[PathBuf], misses: bool) -> anyhow::Result<ExitCode> {
    let mut rows = Vec::new();
    for file in files {
        rows.extend(read(file)?);
    }
    let future = TimeRecognizer::new().with_prefer(Prefer::Future);
    let past = TimeRecognizer::new().with_prefer(Prefer::Past);
    // (language, family) -> (future tally, past tally on the rows where it matters).
    let mut tallies: BTreeMap<(&str, String), (Tally, Tally)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for row in &rows {
        let lang = if row.lang == Lang::Fr { "fr" } else { "en" };
        let islamic = row.family == "islamic";
        // The future reading of every row; the past one where it differs.
        let readings = [
            (&future, "future", &row.future, true),
            (&past, "past", &row.past, row.past != row.future),
        ];
        for (k, (recognizer, prefer, want, scored)) in readings.into_iter().enumerate() {
            if !scored {
                continue;
            }
            let got = value(recognizer, row);
            let ok = agrees(&got, want, islamic);
            for key in [(lang, row.family.clone()), (lang, String::new())] {
                let (f, p) = tallies.entry(key).or_default();
                if k == 0 { f } else { p }.add(ok);
            }
            if !ok {
                wrong.push((row, prefer, got, want));
            }
        }
    }
    writeln!(
        out,
        "{} rows from {} table(s); --prefer future on every row, --prefer past on the rows where the preference matters",
        rows.len(),
        files.len()
    )?;
    writeln!(
        out,
        "{:<4} {:<14} {:<20} {:<20}",
        "lang", "family", "future", "past"
    )?;
    for ((lang, family), (f, p)) in &tallies {
        let family = if family.is_empty() { "ALL" } else { family };
        writeln!(
            out,
            "{lang:<4} {family:<14} {:<20} {:<20}",
            f.show(),
            p.show()
        )?;
    }
    if misses {
        for (row, prefer, got, want) in &wrong {
            writeln!(
                out,
                "{}:{}: {} [{}] {:?} ref {} --prefer {prefer}: got {got}, want {want}",
                row.file.display(),
                row.line,
                row.id,
                row.family,
                row.expression,
                row.reference.date,
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The value vigie gives a row's expression, or `-` when it finds none.
fn value(recognizer: &TimeRecognizer, row: &Row) -> String {
    recognizer
        .recognize_line(&row.expression, row.lang, Some(row.reference))
        .map_or_else(|| "-".to_string(), |t| t.value)
}

/// True when `got` is `want`, or, for a computed Islamic day, within a day of it (on
/// each end of a range).
fn agrees(got: &str, want: &str, islamic: bool) -> bool {
    if got == want {
        return true;
    }
    if !islamic {
        return false;
    }
    let ends = |s: &str| -> Option<Vec<NaiveDate>> {
        s.split('/')
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .collect()
    };
    match (ends(got), ends(want)) {
        (Some(g), Some(w)) if g.len() == w.len() => g
            .iter()
            .zip(&w)
            .all(|(a, b)| (*a - *b).num_days().abs() <= 1),
        _ => false,
    }
}

/// Reads one table; a bad row is an error naming the file and line.
fn read(path: &Path) -> anyhow::Result<Vec<Row>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the table {}", path.display()))?;
    let mut lines = text.lines().enumerate();
    let Some((_, header)) = lines.next() else {
        bail!("{}: empty table", path.display());
    };
    let names: Vec<&str> = header.split('\t').map(str::trim).collect();
    let col = |name: &str| names.iter().position(|&n| n == name);
    let need = |name: &str| {
        col(name).with_context(|| format!("{}:1: no `{name}` column in the header", path.display()))
    };
    let (id, reference, expression, future, past) = (
        need("id")?,
        need("reference")?,
        need("expression")?,
        need("future")?,
        need("past")?,
    );
    let (family, lang_col) = (col("family"), col("lang"));
    let file_lang = path.file_stem().and_then(|s| s.to_str()).and_then(lang_of);
    let mut rows = Vec::new();
    for (n, line) in lines {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{}:{}", path.display(), n + 1);
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: usize| {
            cells.get(i).map(|c| c.trim()).with_context(|| {
                format!(
                    "{}: want {} columns, got {}",
                    at(),
                    names.len(),
                    cells.len()
                )
            })
        };
        let id = cell(id)?.to_string();
        let lang = lang_col
            .and_then(|i| cells.get(i).copied())
            .and_then(lang_of)
            .or_else(|| id.split('-').next().and_then(lang_of))
            .or(file_lang)
            .with_context(|| {
                format!("{}: cannot tell the language of row {id} (fr or en)", at())
            })?;
        let reference = Anchor::parse(cell(reference)?)
            .with_context(|| format!("{}: the reference is not a date (YYYY-MM-DD)", at()))?;
        rows.push(Row {
            file: path.to_path_buf(),
            line: n + 1,
            id,
            lang,
            reference,
            expression: cell(expression)?.to_string(),
            future: cell(future)?.to_string(),
            past: cell(past)?.to_string(),
            family: family
                .and_then(|i| cells.get(i))
                .map_or_else(String::new, |f| f.trim().to_string()),
        });
    }
    Ok(rows)
}

fn lang_of(s: &str) -> Option<Lang> {
    match s.trim() {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn islamic_rows_are_right_within_a_day() {
        assert!(agrees("2025-03-31", "2025-03-30", true));
        assert!(!agrees("2025-03-31", "2025-03-30", false));
        assert!(agrees(
            "2025-03-02/2025-03-31",
            "2025-03-01/2025-03-30",
            true
        ));
        assert!(!agrees("2025-04-02", "2025-03-30", true));
        assert!(!agrees("-", "2025-03-30", true));
    }

    #[test]
    fn a_short_row_names_its_file_and_line() {
        let dir = std::env::temp_dir().join(format!("vigie-timex-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("fr.tsv");
        std::fs::write(
            &path,
            "id\treference\texpression\tfuture\tpast\tfamily\nfr-1\t2025-04-16\tlundi\n",
        )
        .unwrap();
        let err = read(&path)
            .err()
            .expect("a short row is an error")
            .to_string();
        assert!(err.contains("fr.tsv:2"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
