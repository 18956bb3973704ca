//! Series, alerts and briefs on hand-made events.

use serde_json::json;
use vigie_analytics::{alerts, brief, series, Bucket, Step, MAX_POINTS};
use vigie_store::{DocumentMeta, StoredEvent};

/// An event from `"id date cameo goldstein quad source target modality cluster"`; the
/// fields the analytics do not read as the coder would leave them.
fn event(spec: &str) -> StoredEvent {
    let f: Vec<&str> = spec.split_whitespace().collect();
    let [id, date, cameo, goldstein, quad, src, tgt, modality, cluster] = f[..] else {
        panic!("nine fields expected in {spec:?}");
    };
    build(
        id,
        date,
        cameo,
        goldstein.parse().unwrap(),
        quad.parse().unwrap(),
        src,
        tgt,
        modality,
        cluster,
    )
}

#[allow(clippy::too_many_arguments)]
fn build(
    id: &str,
    date: &str,
    cameo: &str,
    goldstein: f32,
    quad: u8,
    src: &str,
    tgt: &str,
    modality: &str,
    cluster: &str,
) -> StoredEvent {
    let actor = |code: &str| json!({"text": code, "span": [0, 3], "country": code, "org": null, "role": null, "code": code});
    let event = serde_json::from_value(json!({
        "doc": id.split(':').next().unwrap(),
        "id": id,
        "sentence": 0,
        "span": [0, 10],
        "text": format!("Sentence <b>of</b> {id} & more"),
        "trigger": {"text": "x", "span": [0, 1]},
        "source": actor(src),
        "target": actor(tgt),
        "cameo": cameo,
        "cameo_name": "name",
        "goldstein": goldstein,
        "quad_class": quad,
        "plover": null,
        "plover_mode": null,
        "date": date,
        "date_end": null,
        "date_precision": "day",
        "date_source": "sentence",
        "place": null,
        "modality": modality,
        "claimed_by": null,
        "contested_with": [],
        "rule": "fr.txt:1",
        "confidence": 0.9,
        "versions": {"vigie": "0", "patterns": "0"}
    }))
    .expect("a valid event");
    StoredEvent {
        event,
        cluster: Some(cluster.to_string()),
        num_articles: 1,
        num_sources: 1,
        cluster_contested: false,
        document: DocumentMeta {
            doc: id.split(':').next().unwrap().to_string(),
            source: Some("Outlet".into()),
            url: Some("javascript:alert(1)".into()),
            title: Some("<script>alert(1)</script>".into()),
            published: None,
        },
    }
}

#[test]
fn series_count_each_cluster_once_and_only_facts() {
    let events = vec![
        event("a:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1"),
        event("b:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1"),
        event("c:1:0 2025-04-07 163 -6.5 4 DZA MLI asserted c2"),
        event("d:1:0 2025-04-07 036 4.0 1 DZA MLI hypothetical c3"),
        event("e:1:0 2025-04-09 042 1.9 1 DZA MLI reported c4"),
    ];
    let points = series(&events, Bucket::Day, None, None).unwrap();
    assert_eq!(points.len(), 4, "every day from the first to the last");
    assert_eq!(points[0].goldstein, -4.0);
    assert_eq!(points[0].events, ["a:1:0"]);
    assert_eq!(points[1].quad, [0, 0, 0, 1]);
    assert_eq!(points[2].total(), 0);
    assert_eq!(points[3].quad, [1, 0, 0, 0]);
    let weeks = series(&events, Bucket::Week, None, None).unwrap();
    assert_eq!(weeks.len(), 2, "6 April 2025 is a Sunday");
    assert_eq!(weeks[0].start.to_string(), "2025-03-31");
}

#[test]
fn a_rupture_raises_one_alert_with_its_evidence_and_calm_raises_none() {
    let mut events = vec![
        event("a:1:0 2025-04-01 190 -10.0 4 DZA MLI asserted c1"),
        event("a:2:0 2025-04-06 161 -4.0 4 MLI DZA asserted c2"),
        event("a:3:0 2025-04-07 191 -9.5 4 DZA MLI asserted c3"),
        // Cooperation between two others: no alert.
        event("b:1:0 2025-04-02 057 8.0 1 SEN MRT asserted c4"),
    ];
    let raised = alerts(&events);
    assert_eq!(raised.len(), 1, "{raised:#?}");
    let a = &raised[0];
    assert_eq!(a.dyad, ["DZA".to_string(), "MLI".to_string()]);
    assert_eq!(a.signal, "drop+rupture");
    assert_eq!(a.steps, [Step::Diplomatic, Step::Closure, Step::Military]);
    assert_eq!(a.from.to_string(), "2025-04-01");
    assert_eq!(a.to.to_string(), "2025-04-07");
    let cited: Vec<&str> = a.evidence.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(cited, ["a:1:0", "a:2:0", "a:3:0"]);

    // The same acts told as hypothetical raise nothing.
    for e in &mut events {
        e.event.modality = vigie_coder::Modality::Hypothetical;
    }
    assert!(alerts(&events).is_empty());
}

#[test]
fn a_drop_is_measured_against_the_pairs_own_baseline() {
    // A pair that quarrels every week: one more accusation is no alert...
    let mut events: Vec<StoredEvent> = (0..12)
        .map(|w| {
            let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 6).unwrap()
                + chrono::Duration::days(7 * w);
            event(&format!("w{w}:1:0 {day} 112 -4.4 3 MAR DZA asserted k{w}"))
        })
        .collect();
    let quiet = alerts(&events);
    assert!(quiet.is_empty(), "{quiet:#?}");
    // ...but a week far below the usual is.
    for k in 0..4 {
        events.push(event(&format!(
            "x{k}:1:0 2025-04-02 173 -5.0 4 MAR DZA asserted x{k}"
        )));
    }
    let raised = alerts(&events);
    assert_eq!(raised.len(), 1, "{raised:#?}");
    assert_eq!(raised[0].signal, "drop");
    assert!(
        raised[0].baseline < -3.0,
        "the baseline is the pair's own: {}",
        raised[0].baseline
    );
}

#[test]
fn briefs_group_reports_and_escape_everything_in_html() {
    let mut events = vec![
        event("a:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1"),
        event("b:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1"),
        event("c:1:0 2025-04-07 163 -6.5 4 DZA MLI alleged c2"),
    ];
    events[0].num_articles = 2;
    let spec = brief::BriefSpec {
        title: "MLI–DZA <chronology>".into(),
        scope: "scope".into(),
    };
    let md = brief::markdown(&spec, &events);
    assert_eq!(
        md.matches("\n## ").count(),
        2,
        "one entry per cluster:\n{md}"
    );
    assert!(md.contains("2 article(s)"));
    assert!(md.contains("told as alleged"));
    let html = brief::html(&spec, &events);
    assert!(
        !html.contains("<script>") && !html.contains("<b>of</b>"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;") && html.contains("&lt;chronology&gt;"));
    assert!(
        !html.contains("href=\"javascript:"),
        "only http(s) addresses become links"
    );
}

/// Issue 15, item 8: the Markdown brief passed raw `<script>` through, and control
/// characters from titles reached the terminal.
#[test]
fn markdown_brief_passes_raw_script_through() {
    let mut events = vec![event("a:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1")];
    events[0].document.source = Some("Outlet\u{1b}[2J".into());
    let spec = brief::BriefSpec {
        title: "MLI–DZA <chronology>".into(),
        scope: "scope".into(),
    };
    let md = brief::markdown(&spec, &events);
    assert!(
        !md.contains("<script>") && !md.contains("<b>of</b>"),
        "{md}"
    );
    assert!(
        md.contains("&lt;script&gt;") && md.contains("&lt;chronology&gt;"),
        "{md}"
    );
    assert!(
        !md.contains("<javascript:"),
        "only http(s) addresses become links: {md}"
    );
    assert!(
        !md.contains('\u{1b}'),
        "no escape sequence reaches the terminal: {md}"
    );
}

#[test]
fn one_dyad_request_over_any_range_exhausts_memory() {
    let events = vec![event("a:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1")];
    let day = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
    // The range of the report: twenty thousand years of days is refused, not built.
    let refused = series(
        &events,
        Bucket::Day,
        Some(day("-9999-01-01")),
        Some(day("9999-12-31")),
    )
    .unwrap_err();
    assert_eq!(refused.points, 7_304_484);
    assert!(
        refused.to_string().contains("more than the 10000"),
        "{refused}"
    );
    // Open ends are bounded by the events: one far-off event cannot stretch the series.
    let far = vec![
        event("a:1:0 2025-04-06 161 -4.0 4 MLI DZA asserted c1"),
        event("b:1:0 1900-01-01 161 -4.0 4 MLI DZA asserted c2"),
    ];
    assert!(series(&far, Bucket::Day, None, None).is_err());
    // The largest series allowed is built; one bucket more is not.
    let from = day("2000-01-01");
    let last = from + chrono::Duration::days(MAX_POINTS as i64 - 1);
    let full = series(&events, Bucket::Day, Some(from), Some(last)).unwrap();
    assert_eq!(full.len(), MAX_POINTS);
    assert_eq!(full.iter().map(|p| p.total()).sum::<u32>(), 1);
    let over = last + chrono::Duration::days(1);
    assert!(series(&events, Bucket::Day, Some(from), Some(over)).is_err());
    // Weeks: the same range is over a million weeks, still refused; a decade is fine.
    assert!(series(
        &events,
        Bucket::Week,
        Some(day("-9999-01-01")),
        Some(day("9999-12-31"))
    )
    .is_err());
    let decade = series(
        &events,
        Bucket::Week,
        Some(day("2020-01-01")),
        Some(day("2029-12-31")),
    );
    assert_eq!(
        decade.unwrap().len(),
        523,
        "Monday 2019-12-30 to Monday 2029-12-31"
    );
}
