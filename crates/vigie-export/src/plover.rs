//! PLOVER JSON Lines, with the field names of the PLOVER manual ("JSON Data Fields"),
//! as POLECAT-style interchange. One line per event that has a PLOVER type (CAMEO's
//! public statements, roots 01 and 02, have none and are left out).
//!
//! Modality goes to PLOVER's `context` where it has a word for it (`negation`,
//! `hypothetical`, `future`); every modality is also kept in the extension field
//! `modality`, with `claimed_by`, `contested_with`, `cameo` and `cluster`. `text_info`
//! offsets are UTF-8 byte offsets into the stored text (PLOVER says characters; the
//! field `offsets` says which). Sectors follow PLOVER's renamings of CAMEO's.

use std::io::Write;

use serde_json::{json, Value};
use vigie_coder::EventActor;
use vigie_store::StoredEvent;

use crate::{country, ExportError, Report};

/// PLOVER's sector for a vigie (CAMEO) role.
fn sector(role: &str) -> &str {
    match role {
        "MED" => "JRN",
        "HLH" => "MED",
        "INS" | "SEP" => "REB",
        other => other,
    }
}

fn actor(a: &EventActor) -> Value {
    let code = match (&a.org, &a.country) {
        (None, Some(c)) => c.clone(),
        (Some(_), _) if a.role.as_deref() == Some("IGO") => "IGO".into(),
        (Some(_), Some(c)) => c.clone(),
        (Some(_), None) => match a.role.as_deref() {
            Some("NGO") => "NGO".into(),
            _ => "IMG".into(),
        },
        (None, None) => a.code.clone(),
    };
    json!({
        "code": code,
        "sector": a.role.as_deref().map(sector),
        "actor_text": a.text,
        "identifier_text": a.org,
        "vigie_code": a.code,
    })
}

fn context(modality: &str) -> Option<&'static str> {
    match modality {
        "negated" => Some("negation"),
        "hypothetical" | "recommended" => Some("hypothetical"),
        "planned" => Some("future"),
        _ => None,
    }
}

pub(crate) fn write(out: &mut impl Write, events: &[StoredEvent]) -> Result<Report, ExportError> {
    let mut report = Report::default();
    for s in events {
        let e = &s.event;
        let (Some(plover), Some(day)) = (&e.plover, crate::day(s)) else {
            report.left_out += 1;
            continue;
        };
        let modality = e.modality.name();
        let loc = e.place.as_ref().map(|p| {
            json!({
                "geonameid": p.geonames_id,
                "name": p.name,
                "latitude": p.lat,
                "longitude": p.lon,
                "cc3": p.country,
                "country code": country(&p.country).map(|c| c.iso2),
            })
        });
        let record = json!({
            "id": e.id,
            "has_event": true,
            "date": day.to_string(),
            "enddate": e.date_end,
            "source": e.source.iter().map(actor).collect::<Vec<_>>(),
            "recipient": e.target.iter().map(actor).collect::<Vec<_>>(),
            "event": [plover],
            "mode": e.plover_mode.iter().collect::<Vec<_>>(),
            "context": context(modality).into_iter().collect::<Vec<_>>(),
            "event_loc": loc,
            "event_text": [e.trigger.text],
            "quad_code": e.quad_class,
            "event_scale": e.goldstein,
            "text": e.text,
            "text_info": {"sequence": e.sentence, "start": e.span.start, "end": e.span.end, "offsets": "utf-8 bytes"},
            "cite_info": {
                "url": s.document.url,
                "title": s.document.title,
                "publication": s.document.source,
                "citation": e.doc,
                "coder": format!("vigie {}", e.versions.vigie),
                "codebook": "CAMEO with vigie's CAMEO-to-PLOVER mapping",
                "version": e.versions.patterns,
            },
            "coder": "vigie",
            "comment": format!("rule {} confidence {:.2}; event_scale is the CAMEO Goldstein score", e.rule, e.confidence),
            "cameo": e.cameo,
            "modality": modality,
            "claimed_by": e.claimed_by.as_ref().map(actor),
            "contested_with": e.contested_with,
            "cluster": s.cluster,
            "num_sources": s.num_sources,
        });
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
        report.written += 1;
    }
    Ok(report)
}
