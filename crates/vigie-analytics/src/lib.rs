//! Crisis analytics over stored events: what the analyst following a crisis asks.
//!
//! - [`series`]: a dyad's tension per day or week (counts by QuadClass, Goldstein
//!   sums), as a table, a terminal sparkline or an SVG chart;
//! - [`alerts`]: escalation signals (a sharp drop against the pair's own baseline, or
//!   a rupture pattern of recalls, closures and military incidents within days), each
//!   with the events behind it;
//! - [`brief`]: a dated chronology with places, modality, quoted evidence and sources,
//!   in Markdown or HTML.
//!
//! Everything here works on events already read from the store, counts each cluster
//! once (twenty retellings of one recall are one event) and counts only what is told
//! as having happened. No I/O, no clock.
#![deny(missing_docs)]

pub mod alerts;
pub mod brief;
pub mod series;

pub use alerts::{alerts, Alert, Step};
pub use brief::BriefSpec;
pub use series::{series, Bucket, Point, TooManyPoints, MAX_POINTS};
