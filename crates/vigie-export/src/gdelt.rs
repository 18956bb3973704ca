//! The GDELT 2.0 event table: 61 tab-separated columns, no header, one row per
//! factual event.
//!
//! Actor codes are vigie's CAMEO-style codes (`MLIMIL`); actor country codes are ISO
//! alpha-3 (CAMEO's country codes for states); places use FIPS 10-4 country codes, as
//! GDELT does. Left empty: ethnic and religion codes, ADM1/ADM2 below the country,
//! actor geographies, average tone. `NumMentions` counts the reports in the event's
//! cluster; `NumSources` and `NumArticles` are the cluster's.

use std::io::Write;

use chrono::Datelike;
use vigie_coder::EventActor;
use vigie_store::StoredEvent;

use crate::{country, format_real, numeric_id, write_record, ExportError, Report};

/// The columns, in order (GDELT 2.0 event codebook).
pub const COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

fn actor(a: Option<&EventActor>) -> [String; 10] {
    let Some(a) = a else {
        return Default::default();
    };
    let mut cells: [String; 10] = Default::default();
    cells[0] = a.code.clone();
    cells[1] = a.text.to_uppercase();
    cells[2] = a.country.clone().unwrap_or_default();
    cells[3] = a.org.clone().unwrap_or_default();
    cells[6] = a.role.clone().unwrap_or_default();
    cells
}

pub(crate) fn write(out: &mut impl Write, events: &[StoredEvent]) -> Result<Report, ExportError> {
    let mut report = Report::default();
    for s in events {
        let Some(day) = crate::fact_day(s) else {
            report.left_out += 1;
            continue;
        };
        let e = &s.event;
        let mut row: Vec<String> = Vec::with_capacity(61);
        let fraction = f64::from(day.year()) + f64::from(day.ordinal0()) / 365.0;
        row.extend([
            numeric_id(&e.id).to_string(),
            day.format("%Y%m%d").to_string(),
            day.format("%Y%m").to_string(),
            day.year().to_string(),
            format!("{fraction:.4}"),
        ]);
        row.extend(actor(e.source.as_ref()));
        row.extend(actor(e.target.as_ref()));
        row.extend([
            u8::from(e.sentence == 0).to_string(),
            e.cameo.clone(),
            e.cameo.get(..3).unwrap_or(&e.cameo).to_string(),
            e.cameo.get(..2).unwrap_or(&e.cameo).to_string(),
            e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
            e.goldstein
                .map(|g| format_real(f64::from(g)))
                .unwrap_or_default(),
            s.num_articles.to_string(),
            s.num_sources.to_string(),
            s.num_articles.to_string(),
            String::new(),
        ]);
        // Actor geographies: unknown.
        row.extend(std::iter::repeat_n(String::new(), 16));
        match &e.place {
            Some(p) => {
                let c = country(&p.country);
                let is_country = p.geonames_id.is_none() && c.is_some_and(|c| c.name == p.name);
                let fips = c.map_or("", |c| c.fips).to_string();
                let full = match (is_country, c) {
                    (false, Some(c)) => format!("{}, {}", p.name, c.name),
                    _ => p.name.clone(),
                };
                row.extend([
                    if is_country { "1" } else { "4" }.to_string(),
                    full,
                    fips.clone(),
                    fips,
                    String::new(),
                    format_real(p.lat),
                    format_real(p.lon),
                    p.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
                ]);
            }
            None => row.extend(
                ["0".to_string()]
                    .into_iter()
                    .chain(std::iter::repeat_n(String::new(), 7)),
            ),
        }
        let added = s
            .document
            .published
            .as_deref()
            .and_then(|p| p.get(..10)?.parse::<chrono::NaiveDate>().ok())
            .unwrap_or(day);
        row.push(format!("{}000000", added.format("%Y%m%d")));
        row.push(
            s.document
                .url
                .clone()
                .unwrap_or_else(|| format!("vigie:{}", e.doc)),
        );
        debug_assert_eq!(row.len(), COLUMNS.len());
        write_record(out, '\t', row.iter().map(String::as_str))?;
        report.written += 1;
    }
    Ok(report)
}
