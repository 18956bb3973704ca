//! `vigie eval --places FILE --docs DIR` without `--gold`: geoparsing scored the way
//! geoparsing corpora are, on every toponym of every kind.
//!
//! Each gold line names a document, the toponym's `text` (and, when given, its byte
//! `start` and `end`), the `country` (ISO alpha-3, empty for places across countries)
//! and a point (`lat`, `lon`); `feature` and `demonym` are optional and only group the
//! figures. A toponym is *found* when a place mention overlaps it; *country right*
//! when that mention's country is the gold one (none for places across countries);
//! *within 161 km* (Acc@161, the field's usual threshold of 100 miles) when its point
//! is. Mentions that overlap no gold toponym are counted as spurious.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use vigie_coder::eval::distance_km;
use vigie_coder::Pipeline;
use vigie_core::Span;
use vigie_geo::PlaceMention;

use crate::input::{self, ReadOptions, Source};

/// One gold toponym.
#[derive(serde::Deserialize)]
struct GoldToponym {
    doc: String,
    text: String,
    #[serde(default)]
    start: Option<usize>,
    #[serde(default)]
    end: Option<usize>,
    #[serde(default)]
    country: String,
    lat: f64,
    lon: f64,
    #[serde(default)]
    feature: Option<String>,
    #[serde(default)]
    demonym: bool,
}

/// Counts for one group of toponyms.
#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    country: usize,
    near: usize,
}

impl Counts {
    fn add(&mut self, found: bool, country: bool, near: bool) {
        self.gold += 1;
        self.found += usize::from(found);
        self.country += usize::from(country);
        self.near += usize::from(near);
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores the documents of `docs_dir` against the gold toponyms and prints the report.
pub fn run(
    out: &mut dyn Write,
    pipeline: &Pipeline,
    gold_path: &Path,
    docs_dir: &Path,
    options: ReadOptions,
    misses: bool,
) -> anyhow::Result<()> {
    let gold: Vec<GoldToponym> = crate::eval::read_jsonl(gold_path)?;
    let mut places: BTreeMap<String, (String, Vec<PlaceMention>)> = BTreeMap::new();
    for path in crate::eval::documents(docs_dir)? {
        let source = Source::File(path);
        let text = input::read_document(&source, options)?;
        let id = source.doc_id();
        let coded = pipeline.mentions(&text, None, None);
        places.insert(id, (text, coded.places));
    }
    let mut by_group: BTreeMap<String, Counts> = BTreeMap::new();
    let mut used: BTreeMap<&str, Vec<bool>> = places
        .iter()
        .map(|(id, (_, p))| (id.as_str(), vec![false; p.len()]))
        .collect();
    let mut wrong = Vec::new();
    for g in &gold {
        let Some((text, mentions)) = places.get(&g.doc) else {
            continue;
        };
        let indexed: Vec<(usize, &PlaceMention)> = mentions.iter().enumerate().collect();
        let hit = match (g.start, g.end) {
            (Some(s), Some(e)) => {
                let span = Span::new(s, e);
                indexed.iter().find(|(_, m)| m.span.overlaps(span)).copied()
            }
            // Without offsets, any occurrence of the text will do.
            _ => crate::eval::overlapping(text, &g.text, &indexed, |(_, m)| m.span)
                .first()
                .map(|&&hit| hit),
        };
        let (found, country, near) = match hit {
            Some((k, m)) => {
                if let Some(u) = used.get_mut(g.doc.as_str()) {
                    u[k] = true;
                }
                let country = m.country.as_deref().unwrap_or("") == g.country;
                let near = distance_km(g.lat, g.lon, m.lat, m.lon) <= 161.0;
                (true, country, near)
            }
            None => (false, false, false),
        };
        let feature = g.feature.clone().unwrap_or_else(|| "-".into());
        let mut groups = vec!["ALL".to_string(), format!("feature {feature}")];
        if g.demonym {
            groups.push("demonyms".to_string());
        }
        let lang = g.doc.split('-').next().unwrap_or("");
        if matches!(lang, "fr" | "en") {
            groups.push(format!("lang {lang}"));
        }
        for group in groups {
            by_group.entry(group).or_default().add(found, country, near);
        }
        if !(found && country && near) {
            let got = hit.map_or_else(
                || "nothing".to_string(),
                |(_, m)| {
                    format!(
                        "{} {} ({:.2}, {:.2}) {}",
                        m.name,
                        m.country.as_deref().unwrap_or("-"),
                        m.lat,
                        m.lon,
                        m.reason
                    )
                },
            );
            wrong.push(format!(
                "{} {:?} [{feature}] want {} ({:.2}, {:.2}), got {got}",
                g.doc,
                g.text,
                if g.country.is_empty() {
                    "-"
                } else {
                    &g.country
                },
                g.lat,
                g.lon
            ));
        }
    }
    let spurious: usize = used
        .values()
        .map(|u| u.iter().filter(|&&x| !x).count())
        .sum();
    let predicted: usize = used.values().map(Vec::len).sum();
    writeln!(
        out,
        "places: {} gold toponyms in {} documents; {predicted} place mentions, {spurious} overlapping no gold toponym",
        gold.len(),
        places.len()
    )?;
    writeln!(
        out,
        "{:<20} {:>6} {:>8} {:>14} {:>10} {:>14}",
        "group", "gold", "recall", "country right", "Acc@161", "Acc@161 (all)"
    )?;
    for (group, c) in &by_group {
        writeln!(
            out,
            "{group:<20} {:>6} {:>8.3} {:>14.3} {:>10.3} {:>14.3}",
            c.gold,
            ratio(c.found, c.gold),
            ratio(c.country, c.found),
            ratio(c.near, c.found),
            ratio(c.near, c.gold)
        )?;
    }
    writeln!(
        out,
        "(country right and Acc@161 over the toponyms found; Acc@161 (all) over every gold toponym)"
    )?;
    if misses {
        for w in wrong {
            writeln!(out, "PLACE {w}")?;
        }
    }
    Ok(())
}
