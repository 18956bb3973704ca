//! Load time, memory and geoparsing throughput, printed by ignored tests
//! (`cargo test --release -p vigie-geo --test speed -- --ignored --nocapture`). They
//! check their answers; no test asserts a time.

use std::time::Instant;

use vigie_geo::{Gazetteer, Geoparser};

/// Resident memory of this process in kB (Linux), for the report only.
fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
#[ignore]
fn load_time_and_memory() {
    let before = rss_kb();
    let start = Instant::now();
    let g = Gazetteer::bundled().expect("bundled gazetteer");
    let elapsed = start.elapsed();
    let after = rss_kb();
    println!(
        "loaded {} places, {} names, {} outlines in {:.1} ms; resident memory {:?} kB -> {:?} kB",
        g.len(),
        g.name_count(),
        g.borders().country_count(),
        elapsed.as_secs_f64() * 1e3,
        before,
        after
    );
    assert!(g.len() > 230_000);
    // the outlines in degrees are built on the first border question, not at load
    let start = Instant::now();
    let km = g
        .borders()
        .border_km(19.96, 2.96)
        .expect("a border near Tin Zaouatine");
    println!(
        "first border distance ({km:.1} km) in {:.1} ms; resident memory then {:?} kB",
        start.elapsed().as_secs_f64() * 1e3,
        rss_kb()
    );
}

#[test]
#[ignore]
fn geoparsing_throughput() {
    let g = Gazetteer::shared().expect("bundled gazetteer");
    let parser = Geoparser::new(g);
    let paragraph = "Des affrontements ont eu lieu à Gao et à Tombouctou mardi, selon l'armée \
malienne. Des éleveurs ont quitté Tinzawatène, côté malien, pour Tin Zaouatine, \
sa voisine algérienne, après les combats. Le président a reçu la délégation à Bamako avant \
de partir pour Niamey. The convoy was attacked north of Kidal, in northern Mali, while \
officials in Algiers kept silent. Le prix Nobel de la Paix a été remis hier.\n\n";
    let per_paragraph = {
        let a = vigie_text::analyze(paragraph);
        parser.parse(paragraph, &a, &[]).len()
    };
    let copies = 10 * 1024 * 1024 / paragraph.len();
    let text = paragraph.repeat(copies);
    let t = Instant::now();
    let analysis = vigie_text::analyze(&text);
    let analyze_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let found = parser.parse(&text, &analysis, &[]);
    let parse_s = t.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{mb:.1} MB, {} mentions: geoparsing {:.1} MB/s ({parse_s:.2} s); text layer {:.1} MB/s",
        found.len(),
        mb / parse_s,
        mb / analyze_s
    );
    assert_eq!(found.len(), per_paragraph * copies);
}
