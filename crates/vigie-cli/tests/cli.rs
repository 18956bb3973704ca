//! The `vigie` binary as a user runs it: outputs, exit codes and error messages.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn vigie(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .output()
        .expect("run vigie")
}

/// `vigie ARGS` running, its standard input, output and error piped.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run vigie")
}

fn example(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
        .display()
        .to_string()
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

/// A scratch file that is removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, bytes: &[u8]) -> Scratch {
        let path =
            std::env::temp_dir().join(format!("vigie-cli-test-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).expect("write scratch file");
        Scratch(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 temp path")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn split_prints_sentences_whose_spans_slice_the_file() {
    let path = example("fr-niger-manifestations.txt");
    let out = vigie(&["split", &path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).expect("example");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 18);
    for line in &lines {
        assert_eq!(line["doc"], "fr-niger-manifestations");
        assert_eq!(line["lang"], "fr");
        let [start, end] = [0, 1].map(|i| line["span"][i].as_u64().expect("span") as usize);
        assert_eq!(line["text"], text[start..end]);
        for token in line["tokens"].as_array().expect("tokens") {
            let [s, e] = [0, 1].map(|i| token["span"][i].as_u64().expect("token span") as usize);
            assert_eq!(token["text"], text[s..e]);
            assert!(token["norm"].is_string());
        }
    }
}

#[test]
fn split_reads_standard_input() {
    let mut child = spawn(&["split", "-", "--no-tokens"]);
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("Le Mali a rappelé son ambassadeur. Alger a riposté.".as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(text.lines().count(), 2);
    assert!(text.contains(r#""doc":"stdin""#) && !text.contains("tokens"));
}

#[test]
fn invalid_utf8_is_refused_with_file_and_line_then_read_lossily_on_request() {
    let bad = Scratch::new("bad.txt", b"Le Mali.\nAlger \xff riposte.\n");
    let out = vigie(&["split", bad.path()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(bad.path()) && err.contains("line 2") && err.contains("byte 15"),
        "{err}"
    );
    let lossy = vigie(&["split", "--lossy", bad.path()]);
    assert!(lossy.status.success());
    assert_eq!(String::from_utf8_lossy(&lossy.stdout).lines().count(), 2);
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let binary = Scratch::new("image.bin", b"\x89PNG\r\n\x1a\n\0\0\0");
    let good = example("en-lake-chad.txt");
    let out = vigie(&["split", "--no-tokens", binary.path(), &good]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary data"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 10);
}

#[test]
fn oversized_missing_and_empty_inputs() {
    let big = Scratch::new("big.txt", &vec![b'a'; 2000]);
    let out = vigie(&["split", "--max-bytes", "1000", big.path()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("larger than the limit of 1000 bytes"));

    let missing = vigie(&["split", "/nonexistent/vigie.txt"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/vigie.txt"));

    let empty = Scratch::new("empty.txt", b"");
    let out = vigie(&["split", empty.path()]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty document"));
}

#[test]
fn usage_errors_exit_with_2_and_version_with_0() {
    assert_eq!(vigie(&["split"]).status.code(), Some(2));
    assert_eq!(vigie(&["no-such-command"]).status.code(), Some(2));
    let version = vigie(&["--version"]);
    assert!(version.status.success());
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("vigie "));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let sentence = "Le gouvernement a annoncé la fermeture de la frontière avec le pays voisin. ";
    let big = Scratch::new("pipe.txt", sentence.repeat(20_000).as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["split", big.path()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run vigie");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("first line");
    // the reader is dropped here: vigie now writes into a closed pipe
    let out = child.wait_with_output().expect("wait");
    assert!(first.starts_with('{'));
    assert!(out.status.success(), "status {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn dates_resolve_against_the_anchor_and_the_narrative() {
    let doc = Scratch::new(
        "dates.txt",
        "Hier, le Mali a rappelé son ambassadeur. Le 2 mars, Alger avait protesté ; le lendemain, Bamako a répondu.".as_bytes(),
    );
    let out = vigie(&["dates", "--anchor", "2025-04-07", doc.path()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let values: Vec<(String, String)> = json_lines(&out)
        .iter()
        .map(|d| {
            (
                d["text"].as_str().unwrap_or("").to_string(),
                d["value"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        values,
        [
            ("Hier", "2025-04-06"),
            ("Le 2 mars", "2025-03-02"),
            ("le lendemain", "2025-03-03")
        ]
        .map(|(t, v)| (t.to_string(), v.to_string()))
    );
}

#[test]
fn dates_lines_normalise_one_expression_per_line() {
    let table = Scratch::new(
        "table.txt",
        b"le 6 avril 2025\nhier\nla r\xc3\xa9solution 2719\n",
    );
    let out = vigie(&[
        "dates",
        "--lines",
        "--lang",
        "fr",
        "--anchor",
        "2025-04-07",
        table.path(),
    ]);
    assert!(out.status.success());
    let values: Vec<serde_json::Value> = json_lines(&out)
        .iter()
        .map(|d| d["value"].clone())
        .collect();
    assert_eq!(
        values,
        [
            serde_json::json!("2025-04-06"),
            serde_json::json!("2025-04-06"),
            serde_json::Value::Null
        ]
    );
}

#[test]
fn a_malformed_anchor_is_a_usage_error() {
    let out = vigie(&["dates", "--anchor", "7 avril", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn annotate_prints_actors_and_dates_in_text_order() {
    let path = example("en-sahel-airspace.txt");
    let out = vigie(&["annotate", &path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).expect("example");
    let lines = json_lines(&out);
    let mut last = 0;
    for line in &lines {
        let [start, end] = [0, 1].map(|i| line["span"][i].as_u64().expect("span") as usize);
        assert_eq!(line["text"], text[start..end]);
        assert!(start >= last, "mentions out of order");
        last = start;
    }
    let actor = |code: &str| {
        lines
            .iter()
            .any(|l| l["kind"] == "actor" && l["code"] == code)
    };
    assert!(
        actor("DZAGOV") && actor("MLI"),
        "Algeria's ministry and Mali are found"
    );
    assert!(lines
        .iter()
        .any(|l| l["kind"] == "date" && l["value"] == "2025-04-01"));
}

#[test]
fn annotate_takes_a_user_lexicon_and_reports_its_errors_with_file_and_line() {
    let dir = std::env::temp_dir().join(format!("vigie-cli-test-{}-lexicon", std::process::id()));
    std::fs::create_dir_all(&dir).expect("lexicon folder");
    let entry = "[group MPSA]\nname = Mouvement pour le salut de l’Azawad | MPSA\nrole = REB\n\
                 example = Le MPSA a attaqué. => MPSA\n";
    std::fs::write(dir.join("local.txt"), entry).expect("dictionary");
    let doc = Scratch::new("mpsa.txt", "Le MPSA a revendiqué l’attaque.".as_bytes());
    let dir_arg = dir.to_str().expect("utf-8 path");
    let out = vigie(&["annotate", "--lexicon", dir_arg, doc.path()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json_lines(&out)
        .iter()
        .any(|l| l["org"] == "MPSA" && l["resolved"] == true));

    std::fs::write(
        dir.join("local.txt"),
        "[group MPSA]\nname = MPSA\nrole = BOSS\n",
    )
    .expect("bad dictionary");
    let out = vigie(&["annotate", "--lexicon", dir_arg, doc.path()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("local.txt:3"), "{err}");
}

#[test]
fn code_prints_every_documented_field_and_codes_the_recalls() {
    let path = example("fr-mali-algerie-drone.txt");
    let out = vigie(&["code", &path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).expect("example");
    let events = json_lines(&out);
    assert!(!events.is_empty());
    let fields = [
        "doc",
        "id",
        "sentence",
        "span",
        "text",
        "trigger",
        "source",
        "target",
        "cameo",
        "cameo_name",
        "goldstein",
        "quad_class",
        "plover",
        "date",
        "date_end",
        "date_precision",
        "date_source",
        "place",
        "modality",
        "claimed_by",
        "contested_with",
        "rule",
        "confidence",
        "versions",
    ];
    for e in &events {
        for f in fields {
            assert!(e.get(f).is_some(), "field {f} missing in {e}");
        }
        let [s, t] =
            [0, 1].map(|i| e["trigger"]["span"][i].as_u64().expect("trigger span") as usize);
        assert_eq!(e["trigger"]["text"], text[s..t]);
    }
    let recall = |source: &str| {
        events.iter().any(|e| {
            e["cameo"] == "161"
                && e["source"]["country"] == source
                && e["target"]["country"] == "DZA"
        })
    };
    assert!(
        recall("MLI") && recall("NER") && recall("BFA"),
        "the three recalls of ambassadors"
    );
    assert!(
        events.iter().any(|e| e["modality"] == "recommended"),
        "the recommended mediation is not told as a fact"
    );
}

#[test]
fn eval_scores_a_folder_against_gold_events() {
    let dir = std::env::temp_dir().join(format!("vigie-cli-test-{}-eval", std::process::id()));
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("eval folder");
    std::fs::write(
        docs.join("d1.txt"),
        "Niamey, 3 mai 2024 — Le Niger a rappelé le 2 mai 2024 son ambassadeur au Bénin.",
    )
    .expect("doc");
    let gold = dir.join("gold.jsonl");
    std::fs::write(
        &gold,
        concat!(
            r#"{"id":"g1","doc":"d1","quote":"a rappelé","source":["NER"],"target":["BEN"],"cameo_roots":["16"],"date":{"from":"2024-05-02","to":"2024-05-02"},"modality":"asserted","tier":"core"}"#,
            "\n",
            r#"{"id":"g2","doc":"d1","quote":"a rappelé","source":["BEN"],"target":["NER"],"cameo_roots":["11"],"date":{"from":"2024-05-02","to":"2024-05-02"},"modality":"asserted","tier":"extended"}"#,
            "\n"
        ),
    )
    .expect("gold");
    let (gold_arg, docs_arg) = (gold.to_str().expect("path"), docs.to_str().expect("path"));
    let out = vigie(&["eval", "--gold", gold_arg, "--docs", docs_arg]);
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{report}");
    assert!(
        report.contains("recall (core)          1.000  (1/1)"),
        "{report}"
    );
    assert!(
        report.contains("recall (all positive)  0.500  (1/2)"),
        "{report}"
    );
    assert!(report.contains("MISS g2"), "{report}");
    let strict = vigie(&[
        "eval", "--gold", gold_arg, "--docs", docs_arg, "--min-f1", "0.9",
    ]);
    assert_eq!(strict.status.code(), Some(1));

    std::fs::write(&gold, "{not json\n").expect("bad gold");
    let bad = vigie(&["eval", "--gold", gold_arg, "--docs", docs_arg]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("gold.jsonl:1"));
}

#[test]
fn parse_prints_conllu_whose_token_ranges_slice_the_file() {
    let text = "Le Mali accuse l’Algérie du tir. Police arrested two journalists.\n";
    let file = Scratch::new("parse.txt", text.as_bytes());
    let out = vigie(&["parse", file.path()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conllu = String::from_utf8(out.stdout).expect("utf-8");
    let blocks: Vec<&str> = conllu
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .collect();
    assert_eq!(blocks.len(), 2, "{conllu}");
    assert!(blocks[0].contains("# text = Le Mali accuse l’Algérie du tir."));
    assert!(blocks[0].contains("# sent_id = "));
    // « du » is a multiword token over two words that share its bytes
    assert!(
        blocks[0].lines().any(|l| l.starts_with("6-7\tdu\t")),
        "{}",
        blocks[0]
    );
    for line in conllu
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        let range = cols[9].strip_prefix("TokenRange=").expect("a token range");
        let (a, b) = range.split_once(':').unwrap();
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        let surface = &text[a..b];
        if !cols[0].contains('-') && cols[1] != "de" && cols[1] != "le" {
            assert_eq!(surface, cols[1], "{line}");
        }
    }
    let root = blocks[1]
        .lines()
        .find(|l| l.split('\t').nth(7) == Some("root"))
        .expect("a root");
    assert!(root.contains("\tarrested\tarrest\tVERB\t"), "{root}");
}

#[test]
fn parse_eval_scores_a_treebank_with_gold_tokens() {
    let gold = "# text = Le Mali accuse l'Algérie.\n1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_\n2\tMali\tMali\tPROPN\t_\t_\t3\tnsubj\t_\t_\n3\taccuse\taccuser\tVERB\t_\t_\t0\troot\t_\t_\n4\tl'\tle\tDET\t_\t_\t5\tdet\t_\t_\n5\tAlgérie\tAlgérie\tPROPN\t_\t_\t3\tobj\t_\t_\n6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";
    let file = Scratch::new("fr_gold.conllu", gold.as_bytes());
    let out = vigie(&["parse", "--eval", file.path()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    let row = &lines[0];
    assert_eq!(row["sentences"], 1);
    assert_eq!(row["words"], 6);
    for key in ["upos", "lemma", "feats", "uas", "las"] {
        let v = row[key].as_f64().unwrap_or(-1.0);
        assert!((0.0..=1.0).contains(&v), "{key}: {row}");
    }
    assert_eq!(
        row["las"], 1.0,
        "a sentence this plain is parsed right: {row}"
    );
    // a malformed treebank names its file and line
    let bad = Scratch::new("bad.conllu", b"1\tLe\tle\tDET\n");
    let out = vigie(&["parse", "--eval", bad.path()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.conllu:1:"), "{err}");
}

#[test]
fn ingest_of_an_endless_file_stops_at_max_bytes() {
    // `vigie ingest` once read a whole file before checking --max-bytes, and read
    // /dev/zero until allocation failed; it now stops one byte past the limit.
    let db = std::env::temp_dir().join(format!("vigie-cli-test-{}-zero.db", std::process::id()));
    let db_arg = db.to_str().expect("utf-8 temp path");
    let out = vigie(&[
        "--db",
        db_arg,
        "ingest",
        "--quiet",
        "--max-bytes",
        "1000",
        "/dev/zero",
    ]);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{db_arg}{suffix}"));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/dev/zero: larger than the limit of 1000 bytes"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn ingest_of_a_folder_reports_links_leading_out_of_it_and_stores_nothing_from_them() {
    // A link to /etc/passwd in a news folder was followed and the file stored.
    let base = std::env::temp_dir().join(format!("vigie-cli-test-{}-links", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (news, outside) = (base.join("news"), base.join("outside"));
    std::fs::create_dir_all(&news).expect("create folder");
    std::fs::create_dir_all(&outside).expect("create folder");
    std::fs::write(
        outside.join("secret.txt"),
        "root:x:0:0:root:/root:/bin/bash",
    )
    .expect("write");
    std::os::unix::fs::symlink(outside.join("secret.txt"), news.join("passwd.txt")).expect("link");
    std::fs::write(news.join("gao.txt"), "Des soldats ont attaqué Gao lundi.").expect("write");
    let db = base.join("store.db");
    let out = vigie(&[
        "--db",
        db.to_str().expect("utf-8 temp path"),
        "ingest",
        news.to_str().expect("utf-8 temp path"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let _ = std::fs::remove_dir_all(&base);
    assert!(out.status.success(), "{stderr}");
    let link = news.join("passwd.txt");
    let reported = format!(
        "skipped {}: a link leading out of the folder",
        link.display()
    );
    assert_eq!(stderr.matches(&reported).count(), 1, "{stderr}");
    assert!(stderr.contains("1 file(s) read"), "{stderr}");
}

#[test]
fn timex_table_scores_both_preferences_and_names_misses() {
    let table = Scratch::new(
        "en.tsv",
        b"id\treference\texpression\tfuture\tpast\tfamily\n\
          en-1\t2025-04-16\ton Friday\t2025-04-18\t2025-04-11\tbare\n\
          en-2\t2025-04-16\tnext Monday\t2025-04-21\t2025-04-21\texplicit\n\
          en-3\t2025-04-16\tChristmas 2023\t2023-12-24\t2023-12-24\tholiday\n",
    );
    let out = vigie(&["eval", "--timex-table", table.path(), "--misses"]);
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{report}");
    // Two of three right with --prefer future; the one row where the preference
    // matters right with --prefer past.
    assert!(
        report.contains("en   ALL            0.667 (  2/3  )      1.000 (  1/1  )"),
        "{report}"
    );
    assert!(report.contains("en.tsv:4: en-3 [holiday]"), "{report}");
    assert!(
        report.contains("got 2023-12-25, want 2023-12-24"),
        "{report}"
    );
}

#[test]
fn the_project_timex_tables_hold_their_floor() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../eval/time");
    let files: Vec<String> = ["dev/fr.tsv", "dev/en.tsv", "test/fr.tsv", "test/en.tsv"]
        .iter()
        .map(|f| root.join(f).display().to_string())
        .collect();
    let mut args = vec!["eval", "--timex-table"];
    args.extend(files.iter().map(String::as_str));
    let out = vigie(&args);
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{report}");
    for lang in ["fr", "en"] {
        let line = report
            .lines()
            .find(|l| l.starts_with(lang) && l.contains(" ALL "))
            .unwrap_or_else(|| panic!("no {lang} total in\n{report}"));
        let scores: Vec<f64> = line
            .split_whitespace()
            .filter_map(|w| w.parse::<f64>().ok())
            .filter(|v| *v <= 1.0)
            .collect();
        assert_eq!(scores.len(), 2, "{line}");
        // Measured at 0.95 and above when written; the floor catches regressions.
        assert!(scores.iter().all(|&s| s >= 0.93), "{line}");
    }
}

#[test]
fn places_alone_are_scored_on_every_toponym() {
    let dir = std::env::temp_dir().join(format!("vigie-places-eval-{}", std::process::id()));
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("scratch folder");
    let text = "Le Mali a rappelé son ambassadeur. Des soldats maliens ont quitté Gao pour Ménaka.";
    std::fs::write(docs.join("fr-1.txt"), text).expect("document");
    let at = |w: &str| text.find(w).expect("word in text");
    let line = |w: &str, c: &str, lat: f64, lon: f64, f: &str| {
        format!(
            "{{\"doc\":\"fr-1\",\"text\":\"{w}\",\"start\":{},\"end\":{},\"country\":\"{c}\",\"lat\":{lat},\"lon\":{lon},\"feature\":\"{f}\"}}\n",
            at(w),
            at(w) + w.len()
        )
    };
    let gold = [
        line("Mali", "MLI", 17.5, -2.0, "country"),
        line("maliens", "MLI", 17.5, -2.0, "country"),
        line("Gao", "MLI", 16.27, -0.04, "city"),
        line("Ménaka", "MLI", 15.92, 2.4, "city"),
        // A toponym the gazetteer cannot know: a miss, named with --misses.
        line("ambassadeur", "FRA", 48.85, 2.35, "city"),
    ]
    .concat();
    std::fs::write(dir.join("gold.jsonl"), gold).expect("gold");
    let out = vigie(&[
        "eval",
        "--places",
        dir.join("gold.jsonl").to_str().expect("utf-8 path"),
        "--docs",
        docs.to_str().expect("utf-8 path"),
        "--misses",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{report}");
    // The country that acts and the adjective count as toponyms: four of five found.
    let all = report
        .lines()
        .find(|l| l.starts_with("ALL"))
        .unwrap_or_else(|| panic!("no total in\n{report}"));
    assert!(all.contains("0.800"), "{all}");
    assert!(report.contains("PLACE fr-1 \"ambassadeur\""), "{report}");
}

#[test]
fn annotate_places_only_prints_every_toponym_with_its_role() {
    let doc = Scratch::new(
        "places-only.txt",
        "Le Mali a protesté. Des soldats maliens ont quitté Gao.".as_bytes(),
    );
    let out = vigie(&["annotate", "--places-only", doc.path()]);
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert!(lines.iter().all(|l| l["kind"] == "place"), "{lines:?}");
    let roles: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l["text"].as_str().unwrap(), l["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        roles,
        [("Mali", "actor"), ("maliens", "demonym"), ("Gao", "place")]
    );
}

#[test]
fn defect_8_a_missing_path_and_an_impossible_anchor_say_why() {
    let db = std::env::temp_dir().join(format!("vigie-missing-{}.db", std::process::id()));
    let out = vigie(&[
        "ingest",
        "--db",
        db.to_str().expect("utf-8 path"),
        "/no/such/folder/for/vigie",
    ]);
    let _ = std::fs::remove_file(&db);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("/no/such/folder/for/vigie: no such file or folder"),
        "{err}"
    );
    let out = vigie(&["dates", "--anchor", "0000-01-01", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("0000-01-01"));
}

#[test]
fn defect_8_serve_refuses_a_missing_store_and_a_blank_token() {
    let db = std::env::temp_dir().join(format!("vigie-typo-{}.db", std::process::id()));
    let db_arg = db.to_str().expect("utf-8 path");
    let out = vigie(&["--db", db_arg, "serve", "--addr", "127.0.0.1:0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such store"));
    assert!(!db.exists(), "a mistyped store must not be created");
    let out = vigie(&[
        "--db",
        db_arg,
        "serve",
        "--create",
        "--addr",
        "127.0.0.1:0",
        "--token",
        "   ",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only spaces"));
    let _ = std::fs::remove_file(&db);
}

/// `vigie lexicon import-petrarch`: PETRARCH actors written in vigie's format load with
/// `--lexicon` and code a person by the term that holds at the document date.
#[test]
fn petrarch_actors_import_and_code_by_their_terms() {
    let base = std::env::temp_dir().join(format!("vigie-cli-test-{}-petrarch", std::process::id()));
    let (dir, out) = (base.join("dict"), base.join("out"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("CAMEO.test.txt"), "--- MEET [040] ---\nMEET\n").unwrap();
    std::fs::write(
        dir.join("Test.actors.txt"),
        "ZEBULON_OKARA_\n+OKARA_\n\t[MLIGOV 20010101-20051231]\n\t[MLIELI]\nKIDAL_ [MLI]\nTHE_BOARD_ [IGOXYZ]\n",
    )
    .unwrap();
    let args = |force: bool| {
        let mut a = vec![
            "lexicon".to_string(),
            "import-petrarch".into(),
            dir.display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ];
        if force {
            a.push("--force".into());
        }
        a
    };
    let run = |a: Vec<String>| {
        Command::new(env!("CARGO_BIN_EXE_vigie"))
            .args(&a)
            .output()
            .expect("run vigie")
    };
    let first = run(args(false));
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let said = String::from_utf8_lossy(&first.stderr);
    assert!(said.contains("wrote 1 actors"), "{said}");
    assert!(
        said.contains("1 coded as a country alone and 1 with codes"),
        "{said}"
    );
    // an existing file is kept unless --force
    let again = run(args(false));
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert!(run(args(true)).status.success());
    let code_at = |date: &str| {
        let text = Scratch::new(
            &format!("okara-{date}.txt"),
            b"Zebulon Okara met the envoy.",
        );
        let o = vigie(&[
            "annotate",
            "--lexicon",
            out.to_str().unwrap(),
            "--anchor",
            date,
            text.path(),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        json_lines(&o)
            .into_iter()
            .find(|l| l["kind"] == "actor" && l["text"] == "Zebulon Okara")
            .map(|l| l["code"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(code_at("2003-06-01").as_deref(), Some("MLIGOV"));
    assert_eq!(code_at("2010-06-01").as_deref(), Some("MLIELI"));
    std::fs::remove_dir_all(&base).ok();
}

#[test]
fn code_streams_json_lines_one_document_at_a_time() {
    let mut child = spawn(&["code", "--jsonl", "-"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    // the first document's events come out while standard input is still open
    writeln!(
        stdin,
        r#"{{"id": "w-1", "published": "2026-03-12", "lang": "fr", "text": "Le Niger a fermé mardi sa frontière avec le Bénin."}}"#
    )
    .expect("write");
    stdin.flush().expect("flush");
    let mut first = String::new();
    stdout
        .read_line(&mut first)
        .expect("an event before the next document");
    let event: serde_json::Value = serde_json::from_str(&first).expect("JSON");
    assert_eq!(event["doc"], "w-1");
    assert_eq!(event["source"]["country"], "NER");
    assert_eq!(
        event["date"], "2026-03-10",
        "the record's `published` anchors `mardi`"
    );
    // a line that is no document is reported with its line and skipped
    writeln!(stdin, "not json").expect("write");
    writeln!(
        stdin,
        r#"{{"id": "w-3", "text": "Chad recalled its ambassador to Sudan on Monday."}}"#
    )
    .expect("write");
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).expect("read");
    let out = child.wait_with_output().expect("wait");
    let docs: Vec<String> = rest
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["doc"].to_string())
        .collect();
    assert!(docs.iter().any(|d| d == "\"w-3\""), "{rest}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("stdin:2:"), "{err}");
    assert_eq!(out.status.code(), Some(1), "a skipped line fails the run");
}
