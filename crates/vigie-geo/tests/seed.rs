//! The seed article against `../shared/gold/seed.places.jsonl`: every gold mention must
//! be found with the right country within 25 km. Both files are read at run time from
//! the shared folder and never stored here; the test skips when it is absent.

use std::path::PathBuf;

use vigie_geo::{name_key, Gazetteer, Geoparser};

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// Great-circle distance in kilometres.
fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[test]
fn seed_places_resolve_to_the_gold_country_within_25_km() {
    let gold_path = shared().join("gold/seed.places.jsonl");
    let Ok(gold) = std::fs::read_to_string(&gold_path) else {
        eprintln!("skipped: {} is absent", gold_path.display());
        return;
    };
    let g = Gazetteer::shared().expect("bundled gazetteer");
    let parser = Geoparser::new(g);
    let mut failures = Vec::new();
    let mut count = 0;
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("gold json");
        let doc = v["doc"].as_str().expect("doc");
        let path = shared().join(format!("corpus/seed/{doc}.txt"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} is absent", path.display());
            return;
        };
        let analysis = vigie_text::analyze(&text);
        let found = parser.parse(&text, &analysis, &[]);
        let want = name_key(v["text"].as_str().expect("text"));
        let country = v["country"].as_str().expect("country");
        let point = (
            v["lat"].as_f64().expect("lat"),
            v["lon"].as_f64().expect("lon"),
        );
        count += 1;
        let same: Vec<_> = found.iter().filter(|m| name_key(&m.text) == want).collect();
        let ok = same.iter().any(|m| {
            m.country.as_deref() == Some(country) && haversine_km(point, (m.lat, m.lon)) <= 25.0
        });
        let all_right = same.iter().all(|m| m.country.as_deref() == Some(country));
        eprintln!(
            "{want}: {} mention(s), {}",
            same.len(),
            if ok && all_right {
                "all right"
            } else if ok {
                "some right"
            } else {
                "WRONG"
            }
        );
        if !ok {
            failures.push(format!("{want}: {:?}", same.first()));
        }
    }
    assert_eq!(count, 5);
    assert!(failures.is_empty(), "{failures:#?}");
}
