//! ICEWS coded event data: 20 tab-separated columns with a header row, one row per
//! factual event.
//!
//! Sectors come from the actor's role (GOV → Government, MIL → Military...); `Story
//! ID` is the document id and `Sentence Number` counts from 1. Left empty: District and
//! Province (the gazetteer resolves towns and countries, not ICEWS's administrative
//! names).

use std::io::Write;

use vigie_coder::EventActor;
use vigie_store::StoredEvent;

use crate::{country, format_real, numeric_id, write_record, ExportError, Report};

/// The columns, in order.
pub const COLUMNS: [&str; 20] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
];

/// ICEWS sector names for vigie's roles.
pub(crate) fn sector(role: Option<&str>) -> &'static str {
    match role {
        Some("GOV") => "Government",
        Some("MIL") => "Military",
        Some("COP") => "Police",
        Some("REB") => "Rebel",
        Some("INS") => "Insurgents",
        Some("OPP") => "Opposition",
        Some("CVL") => "Civilian",
        Some("PTY") => "Parties",
        Some("JUD") => "Judicial",
        Some("LEG") => "Legislative / Parliamentary",
        Some("MED") => "Media",
        Some("BUS") => "Business",
        Some("NGO") => "Nongovernmental Organizations",
        Some("IGO") => "International Government Organizations",
        Some("REF") => "Refugees",
        Some("HLH") => "Health",
        Some("SEP") => "Separatists",
        Some("PMC") => "Private Military Companies",
        Some("SPY") => "Intelligence",
        Some("REL") => "Religious",
        Some("CRM") => "Criminals",
        Some("LAB") => "Labor",
        Some("EDU") => "Education",
        Some("ELI") => "Elite",
        Some("UAF") => "Unidentified Forces",
        _ => "",
    }
}

fn actor(a: Option<&EventActor>) -> [String; 3] {
    let Some(a) = a else {
        return Default::default();
    };
    [
        a.text.clone(),
        sector(a.role.as_deref()).to_string(),
        a.country
            .as_deref()
            .and_then(country)
            .map_or(String::new(), |c| c.name.to_string()),
    ]
}

pub(crate) fn write(out: &mut impl Write, events: &[StoredEvent]) -> Result<Report, ExportError> {
    write_record(out, '\t', COLUMNS)?;
    let mut report = Report::default();
    for s in events {
        let Some(day) = crate::fact_day(s) else {
            report.left_out += 1;
            continue;
        };
        let e = &s.event;
        let [sn, ss, sc] = actor(e.source.as_ref());
        let [tn, ts, tc] = actor(e.target.as_ref());
        let place = e.place.as_ref();
        let place_country = place.and_then(|p| country(&p.country));
        let city = place
            .filter(|p| place_country.is_none_or(|c| c.name != p.name))
            .map_or(String::new(), |p| p.name.clone());
        let row = [
            numeric_id(&e.id).to_string(),
            day.to_string(),
            sn,
            ss,
            sc,
            e.cameo_name.clone().unwrap_or_default(),
            e.cameo.clone(),
            e.goldstein
                .map(|g| format_real(f64::from(g)))
                .unwrap_or_default(),
            tn,
            ts,
            tc,
            e.doc.clone(),
            (e.sentence + 1).to_string(),
            s.document.source.clone().unwrap_or_default(),
            city,
            String::new(),
            String::new(),
            place_country.map_or(String::new(), |c| c.name.to_string()),
            place.map_or(String::new(), |p| format_real(p.lat)),
            place.map_or(String::new(), |p| format_real(p.lon)),
        ];
        write_record(out, '\t', row.iter().map(String::as_str))?;
        report.written += 1;
    }
    Ok(report)
}
