//! `vigie code --jsonl -` (issue 20): documents streamed through standard input get
//! the events that coding each one as a file gives, and the events `vigie ingest`
//! stores; bad lines are named `stdin:LINE`. And `vigie ingest --parquet` stores what
//! the stream coded, without coding again.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn vigie(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run vigie");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write");
    child.wait_with_output().expect("wait")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A fresh folder under the target directory, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(&dir).expect("scratch folder");
        Scratch(dir)
    }
    fn join(&self, name: &str) -> String {
        self.0.join(name).to_str().expect("UTF-8 path").to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// Documents of both languages, with and without `published` and `lang`.
const DOCS: [(&str, Option<&str>, Option<&str>, &str); 4] = [
    (
        "w-1",
        Some("2026-03-12"),
        Some("fr"),
        "Le Niger a fermé mardi sa frontière avec le Bénin. Le Bénin a rappelé hier son ambassadeur.",
    ),
    (
        "w-2",
        Some("2025-11-03"),
        None,
        "Chad recalled its ambassador to Sudan on Monday. Sudan accused Chad of backing the rebels.",
    ),
    (
        "w-3",
        None,
        None,
        "L’Algérie a convoqué l’ambassadeur du Mali après la frappe de drone près de Tin Zaouatine.",
    ),
    (
        "w-4",
        Some("2026-01-20"),
        Some("en"),
        "The African Union suspended Niger. ECOWAS urged Mali and Burkina Faso to hold talks.",
    ),
];

fn jsonl() -> String {
    DOCS.iter()
        .map(|(id, published, lang, text)| {
            let mut record = serde_json::json!({ "id": id, "text": text });
            if let Some(p) = published {
                record["published"] = (*p).into();
            }
            if let Some(l) = lang {
                record["lang"] = (*l).into();
            }
            format!("{record}\n")
        })
        .collect()
}

#[test]
fn streamed_documents_get_the_events_of_coding_each_file_and_of_ingest() {
    let streamed = ok(vigie(&["code", "--jsonl", "-"], jsonl().as_bytes()));
    assert!(streamed.lines().count() >= DOCS.len(), "{streamed}");

    // the same texts as files named after their ids, with --published and --lang
    let dir = Scratch::new("stream-files");
    let mut one_by_one = String::new();
    for (id, published, lang, text) in DOCS {
        let file = dir.join(&format!("{id}.txt"));
        std::fs::write(&file, text).expect("write");
        let mut args = vec!["code", file.as_str()];
        args.extend(published.iter().flat_map(|p| ["--published", *p]));
        args.extend(lang.iter().flat_map(|l| ["--lang", *l]));
        one_by_one += &ok(vigie(&args, b""));
    }
    assert_eq!(streamed, one_by_one);

    // and the events `vigie ingest` stores from the same JSON Lines
    let docs = dir.join("docs.jsonl");
    std::fs::write(&docs, jsonl()).expect("write");
    let db = dir.join("ingest.db");
    ok(vigie(&["--db", &db, "ingest", "--quiet", &docs], b""));
    let stored = ok(vigie(&["--db", &db, "events", "--format", "jsonl"], b""));
    let like = streamed.lines().next().expect("an event");
    assert_eq!(sorted_events(&stored, like), sorted_events(&streamed, like));
}

/// Event lines as sorted JSON, with only the fields `vigie code` writes (those of
/// `like`, an event line): the store adds its clusters and the document.
fn sorted_events(lines: &str, like: &str) -> Vec<String> {
    let like: serde_json::Value = serde_json::from_str(like).expect("JSON");
    let fields = like.as_object().expect("an object");
    let mut events: Vec<String> = lines
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).expect("JSON");
            v.as_object_mut()
                .expect("an object")
                .retain(|k, _| fields.contains_key(k));
            v.to_string()
        })
        .collect();
    events.sort();
    events
}

#[test]
fn bad_lines_are_named_and_skipped_or_stop_the_run_with_strict() {
    let mut input = jsonl().into_bytes();
    let good = input.len();
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \"no end\n");
    input.extend_from_slice(b"{\"id\": \"empty\", \"title\": \"no text\"}\n");
    input.extend_from_slice(
        b"{\"id\": \"latin1\", \"text\": \"Le Niger a ferm\xe9 sa fronti\xe8re.\"}\n",
    );
    input.extend_from_slice(
        b"{\"id\": \"after\", \"text\": \"Chad recalled its ambassador to Sudan.\"}\n",
    );
    let out = vigie(&["code", "--jsonl", "-"], &input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for line in ["stdin:5:", "stdin:6:", "stdin:7: not UTF-8"] {
        assert!(err.contains(line), "{line} in {err}");
    }
    assert!(err.contains("3 line(s) were not documents"), "{err}");
    let docs: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["doc"].to_string())
        .collect();
    assert!(docs.contains(&"\"after\"".to_string()), "the run goes on");

    let strict = vigie(&["code", "--jsonl", "-", "--strict"], &input);
    let err = String::from_utf8_lossy(&strict.stderr);
    assert_eq!(strict.status.code(), Some(1), "{err}");
    assert!(
        err.contains("stdin:5:") && err.contains("--strict"),
        "{err}"
    );
    let stdout = String::from_utf8_lossy(&strict.stdout);
    assert!(!stdout.contains("\"after\""), "--strict stops: {stdout}");
    let before = ok(vigie(&["code", "--jsonl", "-"], &input[..good]));
    assert_eq!(stdout, before, "what came before the bad line is written");
}

#[test]
fn document_lines_follow_each_documents_events() {
    let out = ok(vigie(
        &["code", "--jsonl", "-", "--document-lines"],
        jsonl().as_bytes(),
    ));
    let mut events_before = 0;
    let mut seen = Vec::new();
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
        if v["kind"] == "document" {
            assert_eq!(v["events"], events_before, "{line}");
            assert!(v["versions"].is_object(), "{line}");
            seen.push((v["doc"].clone(), v["lang"].clone(), v["published"].clone()));
            events_before = 0;
        } else {
            assert!(v.get("kind").is_none(), "events have no kind: {line}");
            events_before += 1;
        }
    }
    let want: Vec<_> = DOCS
        .iter()
        .map(|(id, published, _, text)| {
            let lang = if text.starts_with("Le") || text.starts_with("L’") {
                "fr"
            } else {
                "en"
            };
            (
                serde_json::json!(id),
                serde_json::json!(lang),
                serde_json::json!(published),
            )
        })
        .collect();
    assert_eq!(seen, want);
}

/// Writes one Parquet file of string (and `n`: integer) columns, Snappy-compressed as
/// Spark writes them.
#[cfg(feature = "parquet")]
fn write_parquet(path: &Path, columns: Vec<(&str, arrow_array::ArrayRef)>) {
    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
    let batch = arrow_array::RecordBatch::try_from_iter(columns).expect("batch");
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    let file = std::fs::File::create(path).expect("create");
    let mut writer = ArrowWriter::try_new(file, batch.schema(), Some(props)).expect("writer");
    writer.write(&batch).expect("write");
    writer.close().expect("close");
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_of_streamed_events_loads_into_the_store_without_coding() {
    use arrow_array::{ArrayRef, Int32Array, StringArray};
    use std::sync::Arc;

    let out = ok(vigie(
        &["code", "--jsonl", "-", "--document-lines"],
        jsonl().as_bytes(),
    ));
    let dir = Scratch::new("stream-parquet");
    let corpus = PathBuf::from(dir.join("corpus"));
    // events as the Spark job lays them out: one folder per date, ranked per document
    // per date: each event's document, rank and line
    type Rows = (Vec<String>, Vec<i32>, Vec<String>);
    let mut by_date: std::collections::BTreeMap<String, Rows> = Default::default();
    let (mut ids, mut langs, mut published, mut versions) = (vec![], vec![], vec![], vec![]);
    let mut rank = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
        let doc = v["doc"].as_str().expect("doc").to_string();
        if v["kind"] == "document" {
            ids.push(doc);
            langs.push(v["lang"].as_str().map(str::to_string));
            published.push(v["published"].as_str().map(str::to_string));
            versions.push(Some(v["versions"].to_string()));
            rank = 0;
            continue;
        }
        let date = v["date"]
            .as_str()
            .filter(|d| d.len() == 10)
            .unwrap_or("unknown");
        let rows = by_date.entry(date.to_string()).or_default();
        rows.0.push(doc);
        rows.1.push(rank);
        rows.2.push(line.to_string());
        rank += 1;
    }
    assert!(by_date.len() > 1, "several date partitions");
    let texts: Vec<&str> = DOCS.iter().map(|d| d.3).collect();
    let strings = |v: Vec<Option<String>>| Arc::new(StringArray::from(v)) as ArrayRef;
    write_parquet(
        &corpus.join("documents/part-0.parquet"),
        vec![
            ("id", Arc::new(StringArray::from(ids.clone())) as ArrayRef),
            ("text", Arc::new(StringArray::from(texts))),
            ("published", strings(published)),
            ("lang", strings(langs)),
            ("versions", strings(versions)),
        ],
    );
    for (date, (docs, ranks, events)) in by_date {
        write_parquet(
            &corpus.join(format!("events/date={date}/part-0.parquet")),
            vec![
                ("doc", Arc::new(StringArray::from(docs)) as ArrayRef),
                ("n", Arc::new(Int32Array::from(ranks))),
                ("event", Arc::new(StringArray::from(events))),
            ],
        );
    }
    std::fs::write(corpus.join("events/_SUCCESS"), "").expect("marker");

    let db = dir.join("parquet.db");
    let corpus_arg = corpus.to_str().expect("UTF-8 path");
    let load = vigie(&["--db", &db, "ingest", "--parquet", corpus_arg], b"");
    let err = String::from_utf8_lossy(&load.stderr);
    assert!(load.status.success(), "{err}");
    assert!(err.contains("4 document(s) stored"), "{err}");
    let stored = ok(vigie(&["--db", &db, "events", "--format", "jsonl"], b""));
    let streamed: Vec<&str> = out
        .lines()
        .filter(|l| !l.contains("\"kind\":\"document\""))
        .collect();
    let like = streamed[0];
    assert_eq!(
        sorted_events(&stored, like),
        sorted_events(&streamed.join("\n"), like)
    );

    // a row that is not an event is named by file, row group and row, and skipped
    // (and events of a document that documents/ lacks are reported too)
    let mut ghost: serde_json::Value = serde_json::from_str(streamed[0]).expect("JSON");
    ghost["doc"] = "ghost".into();
    let bad = corpus.join("events/date=unknown/part-1.parquet");
    write_parquet(
        &bad,
        vec![
            (
                "doc",
                Arc::new(StringArray::from(vec!["ghost", "w-1"])) as ArrayRef,
            ),
            ("n", Arc::new(Int32Array::from(vec![0, 9]))),
            (
                "event",
                Arc::new(StringArray::from(vec![
                    ghost.to_string(),
                    "{\"doc\": 3}".into(),
                ])),
            ),
        ],
    );
    let again = vigie(
        &[
            "--db",
            &dir.join("again.db"),
            "ingest",
            "--parquet",
            corpus_arg,
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(1), "{err}");
    let at = format!(
        "{}: row group 0, row 1: `event` is not a vigie event",
        bad.display()
    );
    assert!(err.contains(&at), "{at} in {err}");
    assert!(err.contains("4 document(s) stored"), "{err}");
    assert!(err.contains("1 event(s) of the document `ghost`"), "{err}");
    // a missing folder says what a corpus folder holds
    let missing = vigie(&["ingest", "--parquet", &dir.join("nowhere")], b"");
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(err.contains("nowhere/documents: no such folder"), "{err}");
}
