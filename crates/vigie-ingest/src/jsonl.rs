//! JSON Lines: one document per line, `{"id", "url", "source", "title", "published",
//! "lang", "text"}`; only `text` is required.

use vigie_store::NewDocument;

use crate::{html, Record, RecordError};

/// The text fields of a record, each checked by name: a wrong type names the field
/// (`title` is a number: expected a string), which serde's own message does not.
struct Line {
    id: Option<serde_json::Value>,
    url: Option<String>,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    text: Option<String>,
}

impl Line {
    fn read(raw: &str) -> Result<Line, String> {
        let value: serde_json::Value = serde_json::from_str(raw)
            .map_err(|e| format!("not a JSON object of a document: {e}"))?;
        let serde_json::Value::Object(object) = value else {
            return Err(format!(
                "not a JSON object of a document but {}",
                kind(&value)
            ));
        };
        let text = |name: &str| -> Result<Option<String>, String> {
            match object.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(format!("`{name}` is {}: expected a string", kind(other))),
            }
        };
        let id = match object.get("id") {
            None | Some(serde_json::Value::Null) => None,
            Some(v @ (serde_json::Value::String(_) | serde_json::Value::Number(_))) => {
                Some(v.clone())
            }
            Some(other) => {
                return Err(format!(
                    "`id` is {}: expected a string or a number",
                    kind(other)
                ))
            }
        };
        Ok(Line {
            id,
            url: text("url")?,
            source: text("source")?,
            title: text("title")?,
            published: text("published")?,
            lang: text("lang")?,
            text: text("text")?,
        })
    }
}

/// What a JSON value is, for messages.
fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// The documents of a JSON Lines file; lines without an id are named `stem-LINE`.
pub fn documents(file: &str, stem: &str, text: &str) -> Vec<Result<Record, RecordError>> {
    // A byte-order mark before the first record is an editor's, not JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .enumerate()
        .filter_map(|(i, raw)| document(file, stem, i + 1, raw))
        .collect()
}

/// The document on line `line` of a JSON Lines file (`raw`, without its line end),
/// `None` for a blank line; a record without an id is named `stem-LINE`. Reading a
/// stream line by line with this keeps one record in memory at a time.
pub fn document(
    file: &str,
    stem: &str,
    line: usize,
    raw: &str,
) -> Option<Result<Record, RecordError>> {
    if raw.trim().is_empty() {
        return None;
    }
    let origin = format!("{file}:{line}");
    let fail = |message: String| {
        Some(Err(RecordError {
            origin: origin.clone(),
            message,
        }))
    };
    let record = match Line::read(raw) {
        Ok(r) => r,
        Err(message) => return fail(message),
    };
    let Some(body) = record.text.filter(|t| !t.trim().is_empty()) else {
        return fail("no `text` (a non-empty string) in this record".into());
    };
    let published = match record.published.as_deref() {
        None | Some("") => None,
        Some(p) => match html::day_of(p) {
            Some(day) => Some(day),
            None => return fail(format!("`published` is `{p}`: expected YYYY-MM-DD")),
        },
    };
    let doc = match record.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{stem}-{line}"),
    };
    let lang = record
        .lang
        .map(|l| l.to_ascii_lowercase())
        .filter(|l| l == "fr" || l == "en");
    Some(Ok(Record {
        document: NewDocument {
            doc,
            source: record.source,
            url: record.url,
            title: record.title,
            published,
            origin,
            text: body,
        },
        lang,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defect_8_a_byte_order_mark_does_not_reject_the_first_line() {
        let text = "\u{feff}{\"id\":\"a\",\"text\":\"Un texte.\"}\n";
        let docs = documents("f.jsonl", "f", text);
        assert_eq!(docs.len(), 1);
        assert!(
            docs[0].is_ok(),
            "{:?}",
            docs[0].as_ref().err().map(|e| &e.message)
        );
    }

    #[test]
    fn good_and_bad_lines() {
        let text = concat!(
            r#"{"id":"a","source":"Wire","published":"2026-03-14T10:00:00Z","lang":"FR","text":"Un texte."}"#,
            "\n\n",
            r#"{"text":"Sans id."}"#,
            "\n",
            "{not json\n",
            r#"{"id":"c","text":""}"#,
            "\n",
            r#"{"id":"d","published":"14/03/2026","text":"x"}"#,
            "\n",
            r#"{"id":7,"text":"Num.","lang":"de"}"#,
        );
        let docs = documents("w.jsonl", "w", text);
        assert_eq!(docs.len(), 6);
        let a = docs[0].as_ref().unwrap();
        assert_eq!(a.document.doc, "a");
        assert_eq!(a.document.published.as_deref(), Some("2026-03-14"));
        assert_eq!(a.lang.as_deref(), Some("fr"));
        assert_eq!(docs[1].as_ref().unwrap().document.doc, "w-3");
        let e = docs[2].as_ref().unwrap_err();
        assert_eq!(e.origin, "w.jsonl:4");
        assert!(e.message.starts_with("not a JSON object"), "{}", e.message);
        assert!(docs[3].as_ref().unwrap_err().message.contains("no `text`"));
        assert!(docs[4]
            .as_ref()
            .unwrap_err()
            .message
            .contains("expected YYYY-MM-DD"));
        let n = docs[5].as_ref().unwrap();
        assert_eq!((n.document.doc.as_str(), n.lang.as_deref()), ("7", None));
    }

    /// Issue 15, item 8: a field of the wrong type gave serde's message, which names no
    /// field.
    #[test]
    fn defect_8_jsonl_errors_name_the_field() {
        let text = concat!(
            r#"{"id":"a","title":5,"text":"Un texte."}"#,
            "\n",
            r#"{"id":["x"],"text":"Un texte."}"#,
            "\n",
            r#"["not", "an object"]"#,
        );
        let docs = documents("w.jsonl", "w", text);
        let message = |i: usize| {
            docs[i]
                .as_ref()
                .err()
                .map(|e| e.message.clone())
                .unwrap_or_default()
        };
        assert_eq!(message(0), "`title` is a number: expected a string");
        assert_eq!(
            message(1),
            "`id` is an array: expected a string or a number"
        );
        assert_eq!(message(2), "not a JSON object of a document but an array");
    }
}
