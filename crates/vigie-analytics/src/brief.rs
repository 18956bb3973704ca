//! Briefs: a dated chronology of a dyad's events for an editor, in Markdown or HTML.
//!
//! One entry per cluster (an event told by several articles appears once, with every
//! report as a source), by date; undated events go last. Each entry gives the date,
//! who did what to whom, where, how it is told (and by whom, for claims), the quoted
//! sentence of the first report, and the sources.

use std::collections::BTreeMap;
use std::fmt::Write;

use vigie_store::StoredEvent;

use crate::series::escape;

/// What a brief covers.
#[derive(Debug, Clone, Default)]
pub struct BriefSpec {
    /// Its title.
    pub title: String,
    /// A line saying what was selected (dyad, dates).
    pub scope: String,
}

/// One cluster's entry.
struct Entry<'a> {
    first: &'a StoredEvent,
    reports: Vec<&'a StoredEvent>,
}

fn entries(events: &[StoredEvent]) -> Vec<Entry<'_>> {
    let mut by_cluster: BTreeMap<String, Entry<'_>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for e in events {
        let key = e.cluster.clone().unwrap_or_else(|| e.event.id.clone());
        by_cluster
            .entry(key.clone())
            .and_modify(|entry| entry.reports.push(e))
            .or_insert_with(|| {
                order.push(key);
                Entry {
                    first: e,
                    reports: vec![e],
                }
            });
    }
    let mut out: Vec<Entry<'_>> = order
        .into_iter()
        .filter_map(|k| by_cluster.remove(&k))
        .collect();
    out.sort_by(|a, b| {
        let key = |e: &Entry<'_>| {
            (
                e.first.event.date.is_none(),
                e.first.event.date.clone(),
                e.first.event.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    out
}

fn headline(e: &StoredEvent) -> String {
    let ev = &e.event;
    let actor = |a: &Option<vigie_coder::EventActor>| {
        a.as_ref()
            .map_or("?".to_string(), |a| format!("{} ({})", a.text, a.code))
    };
    format!(
        "{} → {}: {} {}",
        actor(&ev.source),
        actor(&ev.target),
        ev.cameo,
        ev.cameo_name.as_deref().unwrap_or("")
    )
}

fn telling(e: &StoredEvent) -> String {
    let ev = &e.event;
    let mut s = ev.modality.name().to_string();
    if let Some(c) = &ev.claimed_by {
        s.push_str(&format!(", claimed by {}", c.text));
    }
    if e.cluster_contested || !ev.contested_with.is_empty() {
        s.push_str(", contested");
    }
    s
}

fn source_line(e: &StoredEvent) -> String {
    let d = &e.document;
    let mut s = d.source.clone().unwrap_or_else(|| d.doc.clone());
    if let Some(t) = &d.title {
        s.push_str(&format!(", “{t}”"));
    }
    if let Some(p) = &d.published {
        s.push_str(&format!(", {p}"));
    }
    s
}

/// The brief as Markdown.
///
/// Every piece of text that comes from documents (titles, quotes, names, outlets,
/// addresses) is escaped: control characters cannot reach a terminal and markup such
/// as `<script>` is shown as text by a Markdown renderer, never run.
pub fn markdown(spec: &BriefSpec, events: &[StoredEvent]) -> String {
    use vigie_core::markdown_text as md;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n{}\n", md(&spec.title), md(&spec.scope));
    let entries = entries(events);
    if entries.is_empty() {
        out.push_str("No event matches.\n");
        return out;
    }
    for entry in &entries {
        let e = entry.first;
        let ev = &e.event;
        let date = ev.date.as_deref().unwrap_or("undated");
        let _ = writeln!(out, "## {} — {}\n", md(date), md(&headline(e)));
        let mut facts = vec![format!("told as {}", telling(e))];
        if let Some(p) = &ev.place {
            facts.push(format!(
                "at {} ({}, {:.3}, {:.3})",
                md(&p.name),
                md(&p.country),
                p.lat,
                p.lon
            ));
        }
        if let Some(plover) = &ev.plover {
            facts.push(format!("PLOVER {plover}"));
        }
        facts.push(format!(
            "{} article(s), {} source(s)",
            e.num_articles.max(entry.reports.len() as u32),
            e.num_sources
        ));
        let _ = writeln!(out, "- {}", facts.join("; "));
        let _ = writeln!(out, "\n> {}\n", md(&ev.text));
        out.push_str("Sources:\n");
        for r in &entry.reports {
            // an address is a link only when it is a plain http(s) one
            let link = r.document.url.as_deref().filter(|u| {
                (u.starts_with("https://") || u.starts_with("http://"))
                    && !u.contains(|c: char| {
                        c.is_whitespace() || c.is_control() || "<>`".contains(c)
                    })
            });
            let address = match (link, &r.document.url) {
                (Some(u), _) => format!(" <{u}>"),
                (None, Some(u)) => format!(" ({})", md(u)),
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "- {}{address} (event `{}`, rule `{}`)",
                md(&source_line(r)),
                md(&r.event.id).replace('`', "'"),
                md(&r.event.rule).replace('`', "'")
            );
        }
        out.push('\n');
    }
    out
}

/// The brief as a standalone HTML page; every piece of text is escaped.
pub fn html(spec: &BriefSpec, events: &[StoredEvent]) -> String {
    let mut out = format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{0}</title>\n\
         <style>body{{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.45}}\
         blockquote{{border-left:3px solid #888;margin:0.5em 0;padding-left:1em;color:#333}}\
         .meta{{color:#555;font-size:0.9em}}</style></head><body>\n<h1>{0}</h1>\n<p>{1}</p>\n",
        escape(&spec.title),
        escape(&spec.scope)
    );
    let entries = entries(events);
    if entries.is_empty() {
        out.push_str("<p>No event matches.</p>\n");
    }
    for entry in &entries {
        let e = entry.first;
        let ev = &e.event;
        let _ = write!(
            out,
            "<section><h2>{} — {}</h2>\n<p class=\"meta\">told as {}",
            escape(ev.date.as_deref().unwrap_or("undated")),
            escape(&headline(e)),
            escape(&telling(e))
        );
        if let Some(p) = &ev.place {
            let _ = write!(out, "; at {} ({})", escape(&p.name), escape(&p.country));
        }
        let _ = writeln!(
            out,
            "; {} article(s), {} source(s)</p>\n<blockquote>{}</blockquote>\n<ul>",
            e.num_articles.max(entry.reports.len() as u32),
            e.num_sources,
            escape(&ev.text)
        );
        for r in &entry.reports {
            let label = escape(&source_line(r));
            match r
                .document
                .url
                .as_deref()
                .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            {
                Some(u) => {
                    let _ = writeln!(
                        out,
                        "<li><a href=\"{}\">{label}</a> <code>{}</code></li>",
                        escape(u),
                        escape(&r.event.id)
                    );
                }
                None => {
                    let _ = writeln!(out, "<li>{label} <code>{}</code></li>", escape(&r.event.id));
                }
            }
        }
        out.push_str("</ul></section>\n");
    }
    out.push_str("</body></html>\n");
    out
}
