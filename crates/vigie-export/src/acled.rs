//! ACLED's CSV export: 31 columns with a header, one row per factual event that falls
//! in ACLED's scope (political violence, demonstrations, strategic developments).
//!
//! Event types are mapped from the CAMEO code ([`acled_type`]); `inter` codes from
//! actor roles. vigie does not count fatalities (always 0 here), knows no admin
//! divisions or ACLED region, and writes `event_date` as `YYYY-MM-DD`.

use std::io::Write;

use vigie_coder::EventActor;
use vigie_store::StoredEvent;

use crate::{country, format_real, numeric_id, write_record, ExportError, Report};

/// The columns, in order.
pub const COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// ACLED's disorder type, event type and sub-event type for a CAMEO code, when the
/// event is in ACLED's scope.
pub fn acled_type(
    cameo: &str,
    source_role: Option<&str>,
    target_role: Option<&str>,
) -> Option<(&'static str, &'static str, &'static str)> {
    const PV: &str = "Political violence";
    const SD: &str = "Strategic developments";
    let state = matches!(source_role, Some("GOV" | "MIL" | "COP") | None);
    let civilian_target = matches!(
        target_role,
        Some("CVL" | "REF" | "EDU" | "HLH" | "MED" | "REL")
    );
    let root = cameo.get(..2)?;
    Some(match (root, cameo) {
        (_, "145") | (_, "1451") | (_, "1452") | (_, "1453") | (_, "1454") => {
            ("Demonstrations", "Riots", "Violent demonstration")
        }
        ("14", _) => ("Demonstrations", "Protests", "Peaceful protest"),
        (_, "195") | (_, "1951") | (_, "1952") => {
            (PV, "Explosions/Remote violence", "Air/drone strike")
        }
        (_, "1831") => (PV, "Explosions/Remote violence", "Suicide bomb"),
        ("18", c) if c.starts_with("183") => (
            PV,
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (_, "194") => (
            PV,
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (_, "181") => (
            PV,
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (_, "1821") => (PV, "Violence against civilians", "Sexual violence"),
        ("18", _) | ("20", _) if civilian_target => (PV, "Violence against civilians", "Attack"),
        (_, "192") => {
            if state {
                (PV, "Battles", "Government regains territory")
            } else {
                (PV, "Battles", "Non-state actor overtakes territory")
            }
        }
        (_, "191") => (SD, "Strategic developments", "Other"),
        ("18", _) | ("19", _) | ("20", _) => (PV, "Battles", "Armed clash"),
        (_, "173") | (_, "1731") => (SD, "Strategic developments", "Arrests"),
        ("17", c) if c.starts_with("171") => {
            (SD, "Strategic developments", "Looting/property destruction")
        }
        ("15", _) => (SD, "Strategic developments", "Change to group/activity"),
        ("16", _) => (SD, "Strategic developments", "Other"),
        (_, "036" | "037" | "038" | "039" | "046" | "057" | "0871" | "0841") => {
            (SD, "Strategic developments", "Agreement")
        }
        // Statements, appeals, consultations, cooperation, demands, threats and the
        // remaining coercion codes are outside ACLED's scope.
        _ => return None,
    })
}

/// ACLED's actor type codes (`inter1`, `inter2`).
fn inter(a: Option<&EventActor>, place_country: Option<&str>) -> u8 {
    let Some(a) = a else { return 0 };
    let foreign =
        a.country.is_some() && place_country.is_some() && a.country.as_deref() != place_country;
    match a.role.as_deref() {
        Some("GOV" | "MIL" | "COP" | "SPY") if foreign => 8,
        Some("GOV" | "MIL" | "COP" | "SPY") => 1,
        Some("REB" | "INS" | "SEP") => 2,
        Some("UAF" | "PMC") => 3,
        Some("CVL" | "REF" | "EDU" | "HLH" | "MED" | "REL" | "LAB") => 7,
        Some("IGO" | "NGO") => 8,
        None if a.org.is_none() && a.country.is_some() => {
            if foreign {
                8
            } else {
                1
            }
        }
        _ => 8,
    }
}

fn name(a: Option<&EventActor>) -> String {
    let Some(a) = a else { return String::new() };
    match (a.role.as_deref(), a.country.as_deref().and_then(country)) {
        (Some("MIL"), Some(c)) => format!("Military Forces of {}", c.name),
        (Some("GOV"), Some(c)) => format!("Government of {}", c.name),
        (Some("COP"), Some(c)) => format!("Police Forces of {}", c.name),
        (None, Some(c)) if a.org.is_none() => format!("Government of {}", c.name),
        _ => a.text.clone(),
    }
}

pub(crate) fn write(out: &mut impl Write, events: &[StoredEvent]) -> Result<Report, ExportError> {
    write_record(out, ',', COLUMNS)?;
    let mut report = Report::default();
    for s in events {
        let e = &s.event;
        let role = |a: &Option<EventActor>| a.as_ref().and_then(|a| a.role.clone());
        let (Some(day), Some((disorder, kind, sub))) = (
            crate::fact_day(s),
            acled_type(
                &e.cameo,
                role(&e.source).as_deref(),
                role(&e.target).as_deref(),
            ),
        ) else {
            report.left_out += 1;
            continue;
        };
        let place = e.place.as_ref();
        let where_country = place
            .map(|p| p.country.as_str())
            .or(e.target.as_ref().and_then(|a| a.country.as_deref()))
            .or(e.source.as_ref().and_then(|a| a.country.as_deref()));
        let c = where_country.and_then(country);
        let (i1, i2) = (
            inter(e.source.as_ref(), where_country),
            inter(e.target.as_ref(), where_country),
        );
        let interaction = match (i1, i2) {
            (0, 0) => String::new(),
            (a, 0) | (0, a) => format!("{a}0"),
            (a, b) => format!("{}{}", a.min(b), a.max(b)),
        };
        let civilian =
            kind == "Violence against civilians" || i2 == 7 && disorder == "Political violence";
        let precision = match e.date_precision.map(|p| format!("{p:?}")).as_deref() {
            Some("Day") => "1",
            Some("Week") => "2",
            _ => "3",
        };
        let row = [
            format!(
                "{}{}",
                c.map_or("XXX", |c| c.iso3),
                numeric_id(&e.id) % 1_000_000
            ),
            day.to_string(),
            day.format("%Y").to_string(),
            precision.to_string(),
            disorder.to_string(),
            kind.to_string(),
            sub.to_string(),
            name(e.source.as_ref()),
            String::new(),
            if i1 == 0 {
                String::new()
            } else {
                i1.to_string()
            },
            name(e.target.as_ref()),
            String::new(),
            if i2 == 0 {
                String::new()
            } else {
                i2.to_string()
            },
            interaction,
            if civilian { "Civilian targeting" } else { "" }.to_string(),
            c.and_then(|c| c.numeric)
                .map_or(String::new(), |n| n.to_string()),
            String::new(),
            c.map_or(String::new(), |c| c.name.to_string()),
            String::new(),
            String::new(),
            String::new(),
            place.map_or(String::new(), |p| p.name.clone()),
            place.map_or(String::new(), |p| format_real(p.lat)),
            place.map_or(String::new(), |p| format_real(p.lon)),
            if place.is_some_and(|p| p.geonames_id.is_some()) {
                "1"
            } else {
                "3"
            }
            .to_string(),
            s.document.source.clone().unwrap_or_default(),
            String::new(),
            e.text.clone(),
            "0".to_string(),
            format!("vigie modality={}", e.modality.name()),
            String::new(),
        ];
        write_record(out, ',', row.iter().map(String::as_str))?;
        report.written += 1;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_to_acled_types() {
        assert_eq!(acled_type("1452", None, None).unwrap().1, "Riots");
        assert_eq!(acled_type("141", None, None).unwrap().2, "Peaceful protest");
        assert_eq!(
            acled_type("195", Some("MIL"), None).unwrap().2,
            "Air/drone strike"
        );
        assert_eq!(
            acled_type("190", Some("MIL"), Some("INS")).unwrap().1,
            "Battles"
        );
        assert_eq!(
            acled_type("180", Some("INS"), Some("CVL")).unwrap().1,
            "Violence against civilians"
        );
        assert_eq!(
            acled_type("192", Some("INS"), None).unwrap().2,
            "Non-state actor overtakes territory"
        );
        assert_eq!(
            acled_type("192", Some("MIL"), None).unwrap().2,
            "Government regains territory"
        );
        assert_eq!(
            acled_type("161", Some("GOV"), Some("GOV")).unwrap(),
            ("Strategic developments", "Strategic developments", "Other")
        );
        assert_eq!(acled_type("057", None, None).unwrap().2, "Agreement");
    }
}
