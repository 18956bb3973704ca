//! Writing to the store under stress: documents whose ids collide, documents the
//! database refuses, and several writers on one store at once. Each test is named
//! after the bug it keeps fixed, and runs on both engines: SQLite, and PostgreSQL where
//! `VIGIE_TEST_POSTGRES` names a server (see `vigie_store::testing`).

use std::path::PathBuf;
use std::sync::{Arc, Barrier};

use serde_json::json;
use vigie_store::{content_hash, CodedDocument, Dialect, NewDocument, Store};

/// Runs each named test on SQLite and on PostgreSQL, as `name::sqlite` and
/// `name::postgres`.
macro_rules! on_both_engines {
    ($($name:ident),* $(,)?) => {
        $(mod $name {
            #[test]
            fn sqlite() {
                super::$name(super::Dialect::Sqlite)
            }
            #[test]
            fn postgres() {
                super::$name(super::Dialect::Postgres)
            }
        })*
    };
}

on_both_engines!(
    id_collision_with_the_derived_name_aborts_the_whole_ingest,
    id_collision_on_every_derived_name_still_finds_a_free_id,
    one_refused_document_rolls_back_the_whole_batch_and_names_no_file,
    concurrent_writers_fail_with_database_is_locked,
    two_ingests_into_a_new_store_race_on_schema_creation,
    responses_need_a_size_cap_and_pagination,
);

/// Where a test's store lives: a new SQLite file, or a new PostgreSQL database (none
/// when no server is given: the test then checks nothing and says so).
fn location(engine: Dialect, name: &str) -> Option<PathBuf> {
    match engine {
        Dialect::Sqlite => Some(temp_dir(name).join("store.db")),
        Dialect::Postgres => vigie_store::testing::fresh_database(name),
    }
}

/// A new, empty store of `engine`.
fn fresh(engine: Dialect, name: &str) -> Option<Store> {
    location(engine, name).map(|db| Store::open(&db).unwrap())
}

/// A fresh folder for one test's store.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A coded document `doc` from `origin` with `text` and one event per id in `events`
/// (`doc:0:0` when none is given).
fn coded(doc: &str, origin: &str, text: &str, events: &[&str]) -> CodedDocument {
    let default = format!("{doc}:0:0");
    let ids: Vec<&str> = if events.is_empty() {
        vec![default.as_str()]
    } else {
        events.to_vec()
    };
    let events = ids
        .iter()
        .map(|id| {
            let actor = |code: &str| json!({"text": code, "span": [0, 3], "country": code, "org": null, "role": null, "code": code});
            serde_json::from_value(json!({
                "doc": doc, "id": id, "sentence": 0, "span": [0, 10], "text": text,
                "trigger": {"text": "x", "span": [0, 1]},
                "source": actor("MLI"), "target": actor("DZA"),
                "cameo": "161", "cameo_name": "name", "goldstein": -4.0, "quad_class": 4,
                "plover": null, "plover_mode": null,
                "date": "2025-04-06", "date_end": null, "date_precision": "day",
                "date_source": "sentence", "place": null, "modality": "asserted",
                "claimed_by": null, "contested_with": [], "rule": "fr.txt:1",
                "confidence": 0.9, "versions": {"vigie": "0", "patterns": "0"}
            }))
            .expect("a valid event")
        })
        .collect();
    CodedDocument {
        document: NewDocument {
            doc: doc.into(),
            origin: origin.into(),
            text: text.into(),
            ..NewDocument::default()
        },
        lang: "fr".into(),
        events,
        versions: "{}".into(),
    }
}

fn id_collision_with_the_derived_name_aborts_the_whole_ingest(engine: Dialect) {
    let Some(mut store) = fresh(engine, "derived") else {
        return;
    };
    let text = "Le Mali rappelle son ambassadeur.";
    let derived = format!("report-{}", &content_hash(text)[..8]);
    // Both the name the document asks for and the first name derived from its hash are
    // taken already.
    store
        .write_batch(vec![
            coded("report", "old/report.txt", "Un autre texte.", &[]),
            coded(&derived, "old/derived.txt", "Encore un autre texte.", &[]),
        ])
        .unwrap();
    let mut batch = vec![coded("report", "new/report.txt", text, &[])];
    for i in 0..302 {
        batch.push(coded(
            &format!("d{i}"),
            "new/many.jsonl",
            &format!("texte {i}"),
            &[],
        ));
    }
    let outcome = store.write_batch(batch.clone()).unwrap();
    assert_eq!(outcome.failed, []);
    assert_eq!((outcome.documents, outcome.events), (303, 303));
    let stored = store.doc_by_hash(&content_hash(text)).unwrap().unwrap();
    assert_eq!(stored, format!("report-{}", &content_hash(text)[..16]));
    let events = store
        .events(&vigie_store::EventFilter {
            doc: Some(stored.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].event.id, format!("{stored}:0:0"));
    assert_eq!(store.stats().unwrap().documents, 305);
    // Running the same ingest again stores nothing and fails nothing.
    let again = store.write_batch(batch).unwrap();
    assert_eq!(
        (again.documents, again.skipped, again.failed.len()),
        (0, 303, 0)
    );
}

fn id_collision_on_every_derived_name_still_finds_a_free_id(engine: Dialect) {
    let Some(mut store) = fresh(engine, "every_derived") else {
        return;
    };
    let text = "Texte disputé.";
    let hash = content_hash(text);
    let taken: Vec<String> = ["a".to_string()]
        .into_iter()
        .chain([8, 16, 32].map(|n| format!("a-{}", &hash[..n])))
        .chain([format!("a-{hash}-2")])
        .collect();
    let olds: Vec<CodedDocument> = taken
        .iter()
        .enumerate()
        .map(|(i, d)| coded(d, "old.jsonl", &format!("ancien {i}"), &[]))
        .collect();
    assert_eq!(store.write_batch(olds).unwrap().documents, taken.len());
    let outcome = store
        .write_batch(vec![coded("a", "new.txt", text, &[])])
        .unwrap();
    assert_eq!((outcome.documents, outcome.failed.len()), (1, 0));
    assert_eq!(
        store.doc_by_hash(&hash).unwrap().unwrap(),
        format!("a-{hash}-3")
    );
}

fn one_refused_document_rolls_back_the_whole_batch_and_names_no_file(engine: Dialect) {
    let Some(mut store) = fresh(engine, "refused") else {
        return;
    };
    // Two events with one id: the events table refuses the second.
    let broken = coded(
        "b",
        "feeds/broken.jsonl:7",
        "Texte cassé.",
        &["b:0:0", "b:0:0"],
    );
    let outcome = store
        .write_batch(vec![
            coded("a", "feeds/ok.jsonl:1", "Premier texte.", &[]),
            broken,
            coded("c", "feeds/ok.jsonl:3", "Troisième texte.", &[]),
        ])
        .unwrap();
    assert_eq!((outcome.documents, outcome.events), (2, 2));
    assert_eq!(outcome.failed.len(), 1);
    let failure = outcome.failed[0].to_string();
    assert!(
        failure.starts_with("feeds/broken.jsonl:7: document `b` not stored:"),
        "{failure}"
    );
    assert!(failure.to_lowercase().contains("unique"), "{failure}");
    // Nothing of the refused document is left behind.
    assert!(store.document("b").unwrap().is_none());
    let stats = store.stats().unwrap();
    assert_eq!((stats.documents, stats.events), (2, 2));
}

fn concurrent_writers_fail_with_database_is_locked(engine: Dialect) {
    const WRITERS: usize = 2;
    const BATCHES: usize = 40;
    const PER_BATCH: usize = 4;
    let Some(db) = location(engine, "concurrent") else {
        return;
    };
    // Both writers open a store that does not exist yet: the schema is created once.
    let start = Arc::new(Barrier::new(WRITERS));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (db, start) = (db.clone(), start.clone());
            std::thread::spawn(move || -> Result<(usize, usize), String> {
                start.wait();
                let mut store = Store::open(&db).map_err(|e| format!("open: {e}"))?;
                let (mut stored, mut skipped) = (0, 0);
                for b in 0..BATCHES {
                    let mut batch = Vec::new();
                    for i in 0..PER_BATCH {
                        let n = b * PER_BATCH + i;
                        // Same ids in both writers, different texts: renamed, not lost.
                        batch.push(coded(
                            &format!("doc{n}"),
                            "w.jsonl",
                            &format!("writer {w} text {n}"),
                            &[],
                        ));
                    }
                    // Texts both writers bring: stored once.
                    batch.push(coded(
                        &format!("shared{b}"),
                        "s.jsonl",
                        &format!("shared text {b}"),
                        &[],
                    ));
                    let outcome = store
                        .write_batch(batch)
                        .map_err(|e| format!("batch {b}: {e}"))?;
                    if !outcome.failed.is_empty() {
                        return Err(format!("batch {b}: {:?}", outcome.failed));
                    }
                    stored += outcome.documents;
                    skipped += outcome.skipped;
                    if b % 10 == 9 {
                        store
                            .cluster_pending()
                            .map_err(|e| format!("cluster {b}: {e}"))?;
                    }
                }
                Ok((stored, skipped))
            })
        })
        .collect();
    let results: Vec<_> = writers.into_iter().map(|w| w.join().unwrap()).collect();
    let mut totals = (0, 0);
    for r in &results {
        let (stored, skipped) = r.as_ref().expect("no writer fails");
        totals = (totals.0 + stored, totals.1 + skipped);
    }
    let own = WRITERS * BATCHES * PER_BATCH;
    assert_eq!(
        totals,
        (own + BATCHES, BATCHES),
        "each shared text stored once"
    );
    let store = Store::open(&db).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents as usize, own + BATCHES);
    assert_eq!(stats.events as usize, own + BATCHES);
    for w in 0..WRITERS {
        for n in 0..BATCHES * PER_BATCH {
            let text = format!("writer {w} text {n}");
            assert!(
                store.doc_by_hash(&content_hash(&text)).unwrap().is_some(),
                "{text}"
            );
        }
    }
}

fn two_ingests_into_a_new_store_race_on_schema_creation(engine: Dialect) {
    const OPENERS: usize = 4;
    for round in 0..10 {
        let Some(db) = location(engine, &format!("schema_race_{round}")) else {
            return;
        };
        let start = Arc::new(Barrier::new(OPENERS));
        let openers: Vec<_> = (0..OPENERS)
            .map(|_| {
                let (db, start) = (db.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    Store::open(&db).map(|_| ()).map_err(|e| e.to_string())
                })
            })
            .collect();
        for o in openers {
            assert_eq!(o.join().unwrap(), Ok(()), "round {round}");
        }
        let store = Store::open(&db).unwrap();
        assert_eq!(store.stats().unwrap().documents, 0);
    }
}

fn responses_need_a_size_cap_and_pagination(engine: Dialect) {
    let Some(mut store) = fresh(engine, "pages") else {
        return;
    };
    let docs: Vec<CodedDocument> = (0..23)
        .map(|i| {
            coded(
                &format!("p{i:02}"),
                "pages.jsonl",
                &format!("page text {i}"),
                &[],
            )
        })
        .collect();
    store.write_batch(docs).unwrap();
    // Both a one-sided filter and a two-sided one (a dyad reads each side apart).
    for dyad in [None, Some(("MLI".to_string(), "DZA".to_string()))] {
        let all = |offset, limit| {
            let filter = vigie_store::EventFilter {
                dyad: dyad.clone(),
                limit,
                offset,
                ..Default::default()
            };
            let events = store.events(&filter).unwrap();
            events.into_iter().map(|e| e.event.id).collect::<Vec<_>>()
        };
        let whole = all(0, None);
        assert_eq!(whole.len(), 23);
        let mut paged = Vec::new();
        let mut offset = 0;
        loop {
            let page = all(offset, Some(5));
            assert!(page.len() <= 5);
            offset += page.len();
            let last = page.len() < 5;
            paged.extend(page);
            if last {
                break;
            }
        }
        assert_eq!(paged, whole, "pages in order, each event once");
        assert_eq!(all(20, None), whole[20..]);
    }
}
