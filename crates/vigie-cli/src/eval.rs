//! `vigie eval`: code a folder of documents and score the events (and, when given,
//! the temporal expressions) against gold files, with the rules of the gold README.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use vigie_coder::eval::{score, GoldEvent, Score};
use vigie_coder::{Event, Pipeline};
use vigie_time::Timex;

use vigie_ingest::read::{self as input, ReadOptions, Source};

/// One line of a gold temporal expressions file.
#[derive(serde::Deserialize)]
struct GoldTimex {
    doc: String,
    text: String,
    value: String,
}

/// One line of a gold places file.
#[derive(serde::Deserialize)]
struct GoldPlaceMention {
    doc: String,
    text: String,
    #[serde(flatten)]
    place: vigie_coder::eval::GoldPlace,
}

/// What `eval` needs from each document.
struct DocResult {
    id: String,
    text: String,
    events: Vec<Event>,
    timexes: Vec<Timex>,
    places: Vec<vigie_geo::PlaceMention>,
}

/// Reads a JSON Lines file, naming the file and line of any bad line.
pub(crate) fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l)
                .with_context(|| format!("{}:{}: not a valid gold line", path.display(), n + 1))
        })
        .collect()
}

/// The `.txt` documents of a folder, sorted by name.
pub(crate) fn documents(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    docs.sort();
    Ok(docs)
}

/// Runs the evaluation and prints its report; returns the event score.
pub fn run(
    out: &mut dyn Write,
    pipeline: &Pipeline,
    gold_path: &Path,
    docs_dir: &Path,
    timex_path: Option<&Path>,
    places_path: Option<&Path>,
    options: ReadOptions,
) -> anyhow::Result<Score> {
    let gold: Vec<GoldEvent> = read_jsonl(gold_path)?;
    let mut results = Vec::new();
    for path in documents(docs_dir)? {
        let source = Source::File(path);
        let text = input::read_document(&source, options)?;
        let id = source.doc_id();
        let coded = pipeline.run(&id, &text, None, None);
        results.push(DocResult {
            id,
            text,
            events: coded.events,
            timexes: coded.times.timexes,
            places: coded.places,
        });
    }
    let ids: Vec<&str> = results.iter().map(|r| r.id.as_str()).collect();
    let gold: Vec<GoldEvent> = gold
        .into_iter()
        .filter(|g| ids.contains(&g.doc.as_str()))
        .collect();
    let coded: Vec<Event> = results
        .iter()
        .flat_map(|r| r.events.iter().cloned())
        .collect();
    let s = score(&gold, &coded);
    report_events(out, &gold, &coded, &s, &results)?;
    if let Some(path) = timex_path {
        report_timexes(out, &read_jsonl(path)?, &results)?;
    }
    if let Some(path) = places_path {
        report_places(out, &read_jsonl(path)?, &results)?;
    }
    Ok(s)
}

fn actor_key(a: &Option<vigie_coder::EventActor>) -> String {
    a.as_ref()
        .map(|a| {
            a.org
                .clone()
                .or(a.country.clone())
                .unwrap_or_else(|| a.code.clone())
        })
        .unwrap_or_else(|| "-".into())
}

fn report_events(
    out: &mut dyn Write,
    gold: &[GoldEvent],
    coded: &[Event],
    s: &Score,
    results: &[DocResult],
) -> std::io::Result<()> {
    let sentence_of = |g: &GoldEvent| {
        results
            .iter()
            .find(|r| r.id == g.doc)
            .and_then(|r| {
                let at = r.text.find(&g.quote)?;
                let start = r.text[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
                let end = r.text[at..]
                    .find(['.', '\n'])
                    .map_or(r.text.len(), |i| at + i + 1);
                Some(r.text[start..end].trim().to_string())
            })
            .unwrap_or_default()
    };
    writeln!(
        out,
        "events: {} documents, {} gold events, {} coded events",
        results.len(),
        gold.len(),
        coded.len()
    )?;
    writeln!(
        out,
        "  recall (core)          {:.3}  ({}/{})",
        s.recall_core(),
        s.core.1,
        s.core.0
    )?;
    writeln!(
        out,
        "  recall (all positive)  {:.3}  ({}/{})",
        s.recall(),
        s.positive.1,
        s.positive.0
    )?;
    writeln!(
        out,
        "  precision              {:.3}  ({}/{} coded as fact)",
        s.precision(),
        s.factual.1,
        s.factual.0
    )?;
    writeln!(out, "  F1                     {:.3}", s.f1())?;
    writeln!(
        out,
        "  negatives coded as fact {}",
        s.negatives_as_fact.len()
    )?;
    writeln!(
        out,
        "  place accuracy         {:.3}  ({}/{} matched events with a gold place)",
        s.place_accuracy(),
        s.places.1,
        s.places.0
    )?;
    writeln!(out)?;
    for &g in &s.misses {
        let e = &gold[g];
        writeln!(
            out,
            "MISS {} [{}] {}>{} {:?} {} | {}",
            e.id,
            e.tier,
            e.source.join("/"),
            e.target.join("/"),
            e.cameo_roots,
            e.date
                .as_ref()
                .and_then(|d| Some(format!("{}..{}", d.from?, d.to?)))
                .unwrap_or_default(),
            sentence_of(e)
        )?;
    }
    for &c in &s.false_positives {
        let e = &coded[c];
        writeln!(
            out,
            "FALSE {} {} {}>{} {} {} ({}) | {}",
            e.doc,
            e.cameo,
            actor_key(&e.source),
            actor_key(&e.target),
            e.date.as_deref().unwrap_or("undated"),
            e.modality.name(),
            e.rule,
            e.text
        )?;
    }
    for &(g, c) in &s.negatives_as_fact {
        let e = &coded[c];
        writeln!(
            out,
            "NEGATIVE {} coded as {} by {} | {}",
            gold[g].id,
            e.modality.name(),
            e.rule,
            e.text
        )?;
    }
    Ok(())
}

/// The items whose span overlaps an occurrence of `needle` in `text` (gold files give
/// a mention's text, not its offsets).
pub(crate) fn overlapping<'a, T>(
    text: &str,
    needle: &str,
    items: &'a [T],
    span: impl Fn(&T) -> vigie_core::Span,
) -> Vec<&'a T> {
    let span = &span;
    text.match_indices(needle)
        .flat_map(|(at, _)| {
            let found = vigie_core::Span::new(at, at + needle.len());
            items.iter().filter(move |i| span(i).overlaps(found))
        })
        .collect()
}

fn report_timexes(
    out: &mut dyn Write,
    gold: &[GoldTimex],
    results: &[DocResult],
) -> std::io::Result<()> {
    let (mut found, mut correct, mut total) = (0, 0, 0);
    let mut misses = Vec::new();
    for g in gold {
        let Some(r) = results.iter().find(|r| r.id == g.doc) else {
            continue;
        };
        total += 1;
        let overlapping = overlapping(&r.text, &g.text, &r.timexes, |t| t.span);
        if !overlapping.is_empty() {
            found += 1;
        }
        if overlapping.iter().any(|t| t.value == g.value) {
            correct += 1;
        } else {
            let got: Vec<&str> = overlapping.iter().map(|t| t.value.as_str()).collect();
            misses.push(format!("TIMEX {:?} want {} got {:?}", g.text, g.value, got));
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "temporal expressions: {total} gold, {found} found, {correct} with the right value"
    )?;
    for m in misses {
        writeln!(out, "{m}")?;
    }
    Ok(())
}

fn report_places(
    out: &mut dyn Write,
    gold: &[GoldPlaceMention],
    results: &[DocResult],
) -> std::io::Result<()> {
    let (mut correct, mut total) = (0, 0);
    let mut misses = Vec::new();
    for g in gold {
        let Some(r) = results.iter().find(|r| r.id == g.doc) else {
            continue;
        };
        total += 1;
        let resolved = overlapping(&r.text, &g.text, &r.places, |p| p.span);
        let right = |p: &&vigie_geo::PlaceMention| {
            p.country
                .as_deref()
                .is_some_and(|c| g.place.agrees(c, p.lat, p.lon, 25.0))
        };
        if !resolved.is_empty() && resolved.iter().all(right) {
            correct += 1;
        } else {
            let got: Vec<String> = resolved
                .iter()
                .map(|p| format!("{} {:?} ({:.2}, {:.2})", p.name, p.country, p.lat, p.lon))
                .collect();
            misses.push(format!(
                "PLACE {:?} want {} ({:.2}, {:.2}) got {:?}",
                g.text, g.place.country, g.place.lat, g.place.lon, got
            ));
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "places: {total} gold mentions, {correct} resolved to the right country within 25 km"
    )?;
    for m in misses {
        writeln!(out, "{m}")?;
    }
    Ok(())
}
