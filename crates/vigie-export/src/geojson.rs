//! GeoJSON (RFC 7946): a FeatureCollection, one Point per placed event, coordinates
//! in longitude, latitude order. Events without a place are left out.

use std::io::Write;

use serde_json::{json, Value};
use vigie_store::StoredEvent;

use crate::{ExportError, Report};

pub(crate) fn write(out: &mut impl Write, events: &[StoredEvent]) -> Result<Report, ExportError> {
    let mut report = Report::default();
    let features: Vec<Value> = events
        .iter()
        .filter_map(|s| {
            let Some(p) = &s.event.place else {
                report.left_out += 1;
                return None;
            };
            report.written += 1;
            let e = &s.event;
            Some(json!({
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                "properties": {
                    "event_id": e.id,
                    "date": e.date,
                    "cameo": e.cameo,
                    "cameo_name": e.cameo_name,
                    "quad_class": e.quad_class,
                    "goldstein": e.goldstein,
                    "plover": e.plover,
                    "source": e.source.as_ref().map(|a| &a.code),
                    "target": e.target.as_ref().map(|a| &a.code),
                    "modality": e.modality.name(),
                    "place": p.name,
                    "country": p.country,
                    "geonames_id": p.geonames_id,
                    "cluster": s.cluster,
                    "num_sources": s.num_sources,
                    "text": e.text,
                    "url": s.document.url,
                }
            }))
        })
        .collect();
    serde_json::to_writer(
        &mut *out,
        &json!({"type": "FeatureCollection", "features": features}),
    )?;
    out.write_all(b"\n")?;
    Ok(report)
}
