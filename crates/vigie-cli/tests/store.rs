//! The store as a user drives it: `vigie ingest` then the query, export and analytics
//! commands, on our own example corpus (and the shared seed where it exists).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn vigie(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run vigie")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "vigie failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Our own corpus: the example articles and the wire reports.
fn own_corpus() -> Vec<String> {
    let mut paths: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    paths.sort();
    paths.push(
        root()
            .join("examples/wire/reports.jsonl")
            .display()
            .to_string(),
    );
    paths
}

fn seed() -> Option<PathBuf> {
    let dir = root().join("../shared/corpus/seed");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping the seed part: ../shared/corpus/seed is absent (a user's clone)");
        None
    }
}

/// A scratch folder removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("vigie-store-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
    fn db(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every stored row but the ingest log, in a fixed order: what "the same database" means.
fn dump(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut rows = Vec::new();
    for (table, order) in [
        ("documents", "doc"),
        ("events", "event_id"),
        ("clusters", "id"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .expect("select");
        let n = stmt.column_count();
        let mut q = stmt.query([]).expect("query");
        while let Some(r) = q.next().expect("row") {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).expect("cell")))
                .collect();
            // Row ids depend on insertion history; the content must not.
            rows.push(format!("{table}|{}", cells[1..].join("|")));
        }
    }
    rows
}

fn ingest_args(paths: &[String]) -> Vec<&str> {
    let mut args = vec!["ingest", "--quiet"];
    args.extend(paths.iter().map(String::as_str));
    args
}

#[test]
fn ingesting_twice_gives_the_same_database_as_once() {
    let scratch = Scratch::new("twice");
    let mut corpus = own_corpus();
    // the examples alone give some 70 events, with the seed some 150
    let mut enough = 50;
    if let Some(seed) = seed() {
        corpus.push(seed.display().to_string());
        enough = 100;
    }
    let (once, twice) = (scratch.db("once.db"), scratch.db("twice.db"));
    ok(vigie(&once, &ingest_args(&corpus)));
    ok(vigie(&twice, &ingest_args(&corpus)));
    let again = vigie(&twice, &["ingest", &corpus[0]]);
    assert!(again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("0 document(s) stored"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    ok(vigie(&twice, &ingest_args(&corpus)));
    let (a, b) = (dump(&once), dump(&twice));
    assert!(
        a.iter().filter(|r| r.starts_with("events|")).count() > enough,
        "too few events to compare"
    );
    assert_eq!(a, b);
}

#[test]
fn an_ingest_killed_midway_resumes_complete_and_without_duplicates() {
    let scratch = Scratch::new("kill");
    // 600 small distinct documents, so that the ingest outlives a few transactions.
    let corpus = scratch.0.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let base = std::fs::read_to_string(root().join("examples/fr-mali-algerie-drone.txt")).unwrap();
    for i in 0..600 {
        std::fs::write(
            corpus.join(format!("doc-{i:04}.txt")),
            format!("{base}\n\nDépêche numéro {i}.\n"),
        )
        .unwrap();
    }
    let corpus_arg = corpus.display().to_string();
    let killed = scratch.db("killed.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "--db",
            killed.to_str().unwrap(),
            "ingest",
            "--quiet",
            "--jobs",
            "1",
            "--batch",
            "10",
            &corpus_arg,
        ])
        .spawn()
        .expect("start ingest");
    // Wait until some transactions have landed, then kill -9.
    let started = std::time::Instant::now();
    let stored = loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let n: i64 = rusqlite::Connection::open(&killed)
            .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)))
            .unwrap_or(0);
        if n >= 20 || started.elapsed().as_secs() > 120 {
            break n;
        }
    };
    // Readers keep working while the writer ingests.
    let reader = vigie(&killed, &["events", "--format", "jsonl", "--limit", "5"]);
    assert!(
        reader.status.success(),
        "a query during the ingest failed: {}",
        String::from_utf8_lossy(&reader.stderr)
    );
    child.kill().expect("kill the ingest");
    child.wait().unwrap();
    assert!(
        stored > 0 && stored < 600,
        "the kill should land midway; {stored} documents were stored"
    );
    let resumed = vigie(&killed, &["ingest", "--quiet", &corpus_arg]);
    assert!(
        resumed.status.success(),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    let clean = scratch.db("clean.db");
    ok(vigie(&clean, &["ingest", "--quiet", &corpus_arg]));
    let (a, b) = (dump(&killed), dump(&clean));
    assert_eq!(
        a.iter().filter(|r| r.starts_with("documents|")).count(),
        600
    );
    assert_eq!(a, b);
}

fn clusters(db: &Path) -> Vec<serde_json::Value> {
    ok(vigie(db, &["clusters"]))
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect()
}

#[test]
fn five_articles_of_one_incident_make_one_cluster_and_two_incidents_stay_two() {
    let scratch = Scratch::new("cluster");
    let db = scratch.db("wire.db");
    let wire = root()
        .join("examples/wire/reports.jsonl")
        .display()
        .to_string();
    ok(vigie(&db, &["ingest", "--quiet", &wire]));
    let all = clusters(&db);
    let recall: Vec<_> = all
        .iter()
        .filter(|c| c["cameo"] == "161" && c["source"] == "NER" && c["target"] == "BEN")
        .collect();
    assert_eq!(recall.len(), 1, "{recall:#?}");
    assert_eq!(recall[0]["num_articles"], 5);
    assert_eq!(recall[0]["num_sources"], 5);
    assert_eq!(recall[0]["date_first"], "2026-03-14");
    let mut fights: Vec<_> = all
        .iter()
        .filter(|c| {
            c["cameo"].as_str().is_some_and(|s| s.starts_with("19"))
                && c["source"] == "SDN"
                && c["target"] == "TCD"
        })
        .map(|c| {
            (
                c["date_first"].as_str().unwrap().to_string(),
                c["num_articles"].as_u64().unwrap(),
            )
        })
        .collect();
    fights.sort();
    assert_eq!(
        fights,
        [("2026-02-03".to_string(), 2), ("2026-02-21".to_string(), 2)]
    );
    // Rival accounts of the drone near Niangoloko: one cluster, flagged contested.
    let drone: Vec<_> = all
        .iter()
        .filter(|c| {
            c["source"] == "BFA"
                && c["target"] == "CIV"
                && c["cameo"].as_str().is_some_and(|s| s.starts_with("19"))
        })
        .collect();
    assert_eq!(drone.len(), 1, "{drone:#?}");
    assert_eq!(drone[0]["contested"], true);
    // Events carry their cluster's counts.
    let events: Vec<serde_json::Value> = ok(vigie(
        &db,
        &[
            "events", "--format", "jsonl", "--dyad", "NER-BEN", "--cameo", "161",
        ],
    ))
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    assert!(events.len() >= 5);
    assert!(events
        .iter()
        .all(|e| e["num_articles"] == 5 && e["cluster"] == recall[0]["id"]));
}

#[test]
fn alerts_cite_the_drone_incident_and_the_recalls() {
    let scratch = Scratch::new("alerts");
    let db = scratch.db("sahel.db");
    let mut paths = vec![
        root()
            .join("examples/fr-mali-algerie-drone.txt")
            .display()
            .to_string(),
        root()
            .join("examples/en-sahel-airspace.txt")
            .display()
            .to_string(),
    ];
    if let Some(seed) = seed() {
        paths.push(seed.display().to_string());
    }
    ok(vigie(&db, &ingest_args(&paths)));
    let alerts: Vec<serde_json::Value> = ok(vigie(
        &db,
        &["alerts", "--format", "jsonl", "--dyad", "MLI-DZA"],
    ))
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let april = alerts
        .iter()
        .find(|a| {
            // The drone was downed in the night of 31 March to 1 April 2025.
            a["from"]
                .as_str()
                .is_some_and(|d| ("2025-03-31"..="2025-04-30").contains(&d))
        })
        .unwrap_or_else(|| panic!("no April 2025 alert for MLI-DZA: {alerts:#?}"));
    assert_eq!(april["dyad"], serde_json::json!(["DZA", "MLI"]));
    assert!(
        april["signal"].as_str().unwrap().contains("rupture"),
        "{april:#}"
    );
    let evidence = april["evidence"].as_array().unwrap();
    let recalls = evidence.iter().filter(|e| e["cameo"] == "161").count();
    assert!(recalls >= 1, "no recall cited: {april:#}");
    let drone = evidence.iter().any(|e| {
        (e["date"] == "2025-03-31" || e["date"] == "2025-04-01")
            && ["drone", "appareil", "engin", "aircraft"]
                .iter()
                .any(|w| e["text"].as_str().unwrap().contains(w))
    });
    assert!(
        drone,
        "the drone incident of 1 April is not cited: {april:#}"
    );
    let table = ok(vigie(&db, &["alerts"]));
    assert!(
        table.contains("ALERT") && table.contains("DZA–MLI"),
        "{table}"
    );
}

#[test]
fn queries_filter_and_bad_filters_are_clear_errors() {
    let scratch = Scratch::new("query");
    let db = scratch.db("q.db");
    ok(vigie(&db, &ingest_args(&own_corpus())));
    let jsonl = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut all = vec!["events", "--format", "jsonl"];
        all.extend(args);
        ok(vigie(&db, &all))
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let every = jsonl(&[]);
    let root19 = jsonl(&["--cameo", "19"]);
    assert!(!root19.is_empty() && root19.len() < every.len());
    assert!(root19
        .iter()
        .all(|e| e["cameo"].as_str().unwrap().starts_with("19")));
    let march = jsonl(&["--from", "2026-03-01", "--to", "2026-03-31"]);
    assert!(!march.is_empty());
    assert!(march
        .iter()
        .all(|e| e["date"].as_str().unwrap().starts_with("2026-03")));
    let negated = jsonl(&["--modality", "negated"]);
    assert!(negated.iter().all(|e| e["modality"] == "negated"));
    let sahel_box = jsonl(&["--bbox", "-6,10,4,16"]);
    assert!(!sahel_box.is_empty());
    for e in &sahel_box {
        let (lat, lon) = (
            e["place"]["lat"].as_f64().unwrap(),
            e["place"]["lon"].as_f64().unwrap(),
        );
        assert!(
            (10.0..=16.0).contains(&lat) && (-6.0..=4.0).contains(&lon),
            "{e}"
        );
    }
    let multi = jsonl(&["--min-sources", "3"]);
    assert!(
        !multi.is_empty()
            && multi
                .iter()
                .all(|e| e["num_sources"].as_u64().unwrap() >= 3)
    );
    let table = ok(vigie(&db, &["events", "--dyad", "NER-BEN", "--limit", "3"]));
    assert!(
        table.starts_with("date") && table.contains("(3 events)"),
        "{table}"
    );
    for (args, message) in [
        (
            vec!["events", "--from", "14/03/2026"],
            "expected a day as YYYY-MM-DD",
        ),
        (vec!["events", "--cameo", "ab"], "a CAMEO code is digits"),
        (vec!["events", "--modality", "maybe"], "expected one of"),
        (vec!["events", "--bbox", "1,2,3"], "expected four numbers"),
        (vec!["export", "--format", "parquet"], "--out FILE"),
    ] {
        let out = vigie(&db, &args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
    let missing = vigie(&scratch.db("none.db"), &["events"]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no store at"));
}

#[test]
fn bad_documents_are_reported_and_skipped_without_losing_the_batch() {
    let scratch = Scratch::new("bad");
    let dir = scratch.0.join("in");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Le Niger a rappelé son ambassadeur au Bénin le 14 mars 2026.",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), b"Le Mali \xff invalide").unwrap();
    std::fs::write(dir.join("c.bin.txt"), b"\0\0binary").unwrap();
    std::fs::write(
        dir.join("d.jsonl"),
        "{\"id\":\"ok\",\"text\":\"L'Algérie a fermé son espace aérien le 7 avril 2025.\"}\n{broken\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("e.html"),
        "<html><body><nav>menu</nav></body></html>",
    )
    .unwrap();
    let db = scratch.db("bad.db");
    let out = vigie(&db, &["ingest", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "b.txt: line 1: invalid UTF-8",
        "c.bin.txt: line 1: binary data",
        "d.jsonl:2: not a JSON object",
        "e.html:1: no main text",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in:\n{err}");
    }
    assert!(err.contains("2 document(s) stored"), "{err}");
    let docs = ok(vigie(&db, &["events", "--format", "jsonl"]));
    assert!(docs.lines().any(|l| l.contains("\"doc\":\"a\"")));
    assert!(docs.lines().any(|l| l.contains("\"doc\":\"ok\"")));
}

#[test]
fn every_export_format_reads_back() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;

    let scratch = Scratch::new("export");
    let db = scratch.db("x.db");
    ok(vigie(&db, &ingest_args(&own_corpus())));
    let all: Vec<serde_json::Value> = ok(vigie(&db, &["events", "--format", "jsonl"]))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let factual = all
        .iter()
        .filter(|e| ["asserted", "alleged", "reported"].contains(&e["modality"].as_str().unwrap()))
        .count();
    let export = |format: &str| ok(vigie(&db, &["export", "--format", format]));

    // CSV: vigie's flat table, header and column count on every record.
    let csv = export("csv");
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(header.len(), vigie_export::flat::COLUMNS.len());
    assert_eq!(header[0], "event_id");
    assert_eq!(count_csv_records(&csv, header.len()), all.len());

    // GDELT 2.0: 61 tab-separated columns, no header, dates as YYYYMMDD, FIPS places.
    let gdelt = export("gdelt");
    let rows: Vec<Vec<&str>> = gdelt.lines().map(|l| l.split('\t').collect()).collect();
    assert!(!rows.is_empty() && rows.len() <= factual);
    for r in &rows {
        assert_eq!(r.len(), 61, "{r:?}");
        assert_eq!(r[1].len(), 8);
        assert!(r[1].bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(&r[28], &&r[26][..2]);
    }
    assert!(
        rows.iter()
            .any(|r| r[53] == "NG" && r[52].contains("Niger")),
        "Niger's places carry its FIPS code NG"
    );

    // ICEWS: the 20 columns of the header, in order.
    let icews = export("icews");
    let mut lines = icews.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude"
    );
    assert!(lines.all(|l| l.split('\t').count() == 20));

    // ACLED: 31 columns with ACLED's names; event types from ACLED's list.
    let acled = export("acled");
    let header: Vec<&str> = acled.lines().next().unwrap().split(',').collect();
    assert_eq!(header.len(), 31);
    assert_eq!(
        header[..7],
        [
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type"
        ]
    );
    assert_eq!(header[30], "timestamp");
    let records = count_csv_records(&acled, 31);
    assert!(records > 0);
    assert!(
        acled.contains(",Protests,Peaceful protest,") && acled.contains(",Battles,Armed clash,"),
        "{acled}"
    );

    // PLOVER JSON Lines: the manual's required fields.
    let plover = export("plover");
    for line in plover.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string() && v["date"].as_str().unwrap().len() == 10);
        assert!(v["source"].is_array() && v["event"][0].is_string());
    }
    assert!(plover.lines().count() > 0);

    // GeoJSON: a FeatureCollection of points in longitude, latitude order.
    let geo: serde_json::Value = serde_json::from_str(&export("geojson")).unwrap();
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().unwrap();
    assert!(!features.is_empty());
    let niamey = features
        .iter()
        .find(|f| f["properties"]["place"] == "Niamey")
        .expect("an event at Niamey");
    let xy = &niamey["geometry"]["coordinates"];
    assert!(
        (xy[0].as_f64().unwrap() - 2.11).abs() < 0.1
            && (xy[1].as_f64().unwrap() - 13.51).abs() < 0.1
    );

    // Parquet: read back with the parquet crate, same rows and columns as the CSV.
    let file = scratch.0.join("events.parquet");
    ok(vigie(
        &db,
        &[
            "export",
            "--format",
            "parquet",
            "--out",
            file.to_str().unwrap(),
        ],
    ));
    let reader = SerializedFileReader::new(std::fs::File::open(&file).unwrap()).unwrap();
    let meta = reader.metadata();
    assert_eq!(meta.file_metadata().num_rows() as usize, all.len());
    let schema = meta.file_metadata().schema_descr();
    assert_eq!(schema.num_columns(), vigie_export::flat::COLUMNS.len());
    assert_eq!(schema.column(0).name(), "event_id");
    let ids: Vec<String> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|row| row.unwrap().get_string(0).unwrap().clone())
        .collect();
    let expected: Vec<String> = all
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, expected);
}

/// Counts the records of an RFC 4180 CSV text (quoted fields may hold commas and line
/// breaks), checking that each has `columns` fields.
fn count_csv_records(text: &str, columns: usize) -> usize {
    let (mut fields, mut records, mut quoted) = (1, 0, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields += 1,
            '\n' if !quoted => {
                assert_eq!(fields, columns, "record {records} has {fields} fields");
                records += 1;
                fields = 1;
            }
            _ => {}
        }
    }
    records - 1 // the header
}

#[test]
fn defect_8_alerts_do_not_offer_csv_and_a_brief_is_not_written_under_a_pdf_name() {
    let help = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["alerts", "--help"])
        .output()
        .expect("run vigie");
    let help = String::from_utf8_lossy(&help.stdout).to_string();
    assert!(help.contains("jsonl") && !help.contains("csv"), "{help}");
    let out_pdf = std::env::temp_dir().join(format!("vigie-brief-{}.pdf", std::process::id()));
    let db = std::env::temp_dir().join(format!("vigie-brief-{}.db", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--db")
        .arg(&db)
        .args(["brief", "--dyad", "MLI-DZA", "--out"])
        .arg(&out_pdf)
        .output()
        .expect("run vigie");
    let _ = std::fs::remove_file(&db);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not .pdf"));
    assert!(!out_pdf.exists());
}

/// Issue 15, item 8: control characters from feeds and file names reached the terminal
/// raw in `vigie events`; an escape sequence in a document id is replaced in the table.
#[test]
fn defect_8_control_characters_do_not_reach_the_terminal() {
    let dir = Scratch::new("control");
    let jsonl = dir.db("docs.jsonl");
    let text = "Bamako, 12 mars 2026 — Le Mali a rappelé mardi son ambassadeur à Alger.";
    let line = serde_json::json!({"id": "evil\u{1b}[2Jdoc", "lang": "fr", "text": text});
    std::fs::write(&jsonl, format!("{line}\n")).unwrap();
    let db = dir.db("v.db");
    ok(vigie(&db, &["ingest", jsonl.to_str().unwrap()]));
    let table = ok(vigie(&db, &["events"]));
    assert!(table.contains("evil\u{fffd}[2Jdoc"), "{table}");
    assert!(!table.contains('\u{1b}'), "{table}");
    let brief = ok(vigie(&db, &["brief", "--dyad", "MLI-DZA"]));
    assert!(!brief.contains('\u{1b}'), "{brief}");
}

/// `vigie ingest --petrarch DIR`: a verb only a PETRARCH dictionary knows codes the
/// event it tells, stored with the pattern's file and line as its rule.
#[test]
fn ingest_layers_petrarch_verbs() {
    let dir = Scratch::new("petrarch");
    let dict = dir.db("dict");
    std::fs::create_dir_all(&dict).unwrap();
    std::fs::write(
        dict.join("CAMEO.test.txt"),
        "--- REPROVE [111] ---\nREPROVE\n",
    )
    .unwrap();
    let jsonl = dir.db("docs.jsonl");
    let text = "Bamako, March 3, 2026 - Mali reproved Algeria on Monday over the drone strike near the border, and the government recalled its ambassador from Algiers for consultations.";
    let line = serde_json::json!({"id": "berate", "lang": "en", "text": text});
    std::fs::write(&jsonl, format!("{line}\n")).unwrap();
    let coded = |db: &Path, extra: &[&str]| -> Vec<serde_json::Value> {
        let mut args = vec!["ingest", jsonl.to_str().unwrap()];
        args.extend_from_slice(extra);
        ok(vigie(db, &args));
        ok(vigie(db, &["events", "--format", "jsonl"]))
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let plain = coded(&dir.db("plain.db"), &[]);
    assert!(!plain.iter().any(|e| e["cameo"] == "111"), "{plain:?}");
    let layered = coded(
        &dir.db("layered.db"),
        &["--petrarch", dict.to_str().unwrap()],
    );
    let berate = layered
        .iter()
        .find(|e| e["cameo"] == "111")
        .unwrap_or_else(|| panic!("no 111 in {layered:?}"));
    assert_eq!(berate["source"]["code"], "MLI");
    assert_eq!(berate["target"]["code"], "DZA");
    assert!(berate["rule"]
        .as_str()
        .unwrap()
        .ends_with("CAMEO.test.txt:2"));
}

/// What a user reads back from a store, command by command: what "the same results"
/// means across engines.
fn answers(db: &Path) -> Vec<(String, String)> {
    let queries: &[&[&str]] = &[
        &["events", "--format", "jsonl"],
        &["events", "--dyad", "MLI-DZA", "--modality", "factual"],
        &[
            "events", "--actor", "MLI", "--limit", "7", "--format", "jsonl",
        ],
        &["events", "--actor", "MLIMIL", "--format", "csv"],
        &[
            "events",
            "--cameo",
            "19",
            "--from",
            "2025-01-01",
            "--format",
            "jsonl",
        ],
        &["events", "--place", "alg", "--country", "DZA"],
        &["clusters"],
        &["export", "--format", "csv"],
        &["export", "--format", "geojson"],
        &["export", "--format", "gdelt"],
        &["dyad", "MLI", "DZA", "--format", "csv"],
        &["alerts", "--format", "jsonl"],
        &["brief", "--dyad", "MLI-DZA", "--format", "markdown"],
    ];
    queries
        .iter()
        .map(|q| (q.join(" "), ok(vigie(db, q))))
        .collect()
}

/// Fails on the first line where two outputs of `what` differ, showing that line.
fn assert_same(a: &str, b: &str, what: &str) {
    let first = a.lines().zip(b.lines()).position(|(x, y)| x != y);
    if let Some(i) = first {
        let (x, y) = (a.lines().nth(i), b.lines().nth(i));
        panic!("`{what}` differs at line {}:\n  {x:?}\n  {y:?}", i + 1);
    }
    assert_eq!(
        a.lines().count(),
        b.lines().count(),
        "`{what}`: as many lines"
    );
}

/// The same corpus ingested into SQLite and into PostgreSQL reads back the same,
/// query by query.
#[test]
fn sqlite_and_postgres_give_the_same_answers() {
    let Some(pg) = vigie_store::testing::fresh_database("same_answers") else {
        return;
    };
    let scratch = Scratch::new("engines");
    let sqlite = scratch.db("store.db");
    let mut corpus = own_corpus();
    corpus.extend(seed().map(|s| s.display().to_string()));
    ok(vigie(&sqlite, &ingest_args(&corpus)));
    ok(vigie(&pg, &ingest_args(&corpus)));
    let (a, b) = (answers(&sqlite), answers(&pg));
    assert!(a[0].1.lines().count() > 50, "too few events to compare");
    for ((query, on_sqlite), (_, on_postgres)) in a.iter().zip(&b) {
        assert!(!on_sqlite.is_empty(), "`vigie {query}` printed nothing");
        assert_same(on_sqlite, on_postgres, &format!("vigie {query}"));
    }
}

/// Two `vigie ingest` runs at once over overlapping folders into one PostgreSQL
/// database store every document once and cluster as one run over the union does.
#[test]
fn two_ingests_into_postgres_at_once_store_each_document_once() {
    let Some(pg) = vigie_store::testing::fresh_database("two_ingests") else {
        return;
    };
    let scratch = Scratch::new("two-ingests");
    let corpus = own_corpus();
    // Two thirds each, the middle third in both.
    let third = corpus.len().div_ceil(3);
    let (first, second) = (&corpus[..2 * third], &corpus[third..]);
    let spawn = |paths: &[String]| {
        Command::new(env!("CARGO_BIN_EXE_vigie"))
            .arg("--db")
            .arg(&pg)
            .args(ingest_args(paths))
            .spawn()
            .expect("run vigie")
    };
    let (mut a, mut b) = (spawn(first), spawn(second));
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    let union = scratch.db("union.db");
    ok(vigie(&union, &ingest_args(&corpus)));
    for query in [
        &["events", "--format", "jsonl"][..],
        &["clusters"],
        &["export", "--format", "csv"],
    ] {
        let (together, alone) = (ok(vigie(&pg, query)), ok(vigie(&union, query)));
        assert!(together.lines().count() > 10, "{query:?}: too few lines");
        assert_same(&alone, &together, &format!("vigie {}", query.join(" ")));
    }
}
