//! The PLOVER event type table (`plover.tsv`): the 16 types, their quad category, modes.
//!
//! Each line is `name, quad_class, modes, definition`, modes comma-separated or `-`.
//! Names are upper-case words, modes lower-case words with hyphens; both are unique.

use std::collections::HashMap;

use serde::Serialize;

use crate::cameo::parse_quad_class;
use crate::table;
use crate::OntologyError;

/// The file name errors of this table carry.
pub(crate) const FILE: &str = "plover.tsv";

/// A PLOVER event type as the table defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PloverDef {
    /// The type's name, upper case (`"ASSAULT"`).
    pub name: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// The modes the type allows, in the table's order (empty for types without modes).
    pub modes: Vec<String>,
    /// A one-line definition.
    pub definition: String,
}

/// The PLOVER coding of one CAMEO code: a type and, where one applies, a mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PloverType<'a> {
    /// The type's name (`"SANCTION"`).
    pub name: &'a str,
    /// The mode (`"sever"`), if the mapping gives one.
    pub mode: Option<&'a str>,
}

/// The parsed types in file order and an index by name.
pub(crate) struct PloverTable {
    pub types: Vec<PloverDef>,
    pub index: HashMap<String, usize>,
}

/// Parses `plover.tsv`.
pub(crate) fn parse(text: &str) -> Result<PloverTable, OntologyError> {
    let mut types: Vec<PloverDef> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for line in table::lines(text) {
        line.expect_fields(FILE, 4, 4)?;
        let name = line.field(FILE, 0, "type name")?;
        if !name.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(line.error(
                FILE,
                format!("type name `{name}` is not upper-case letters"),
            ));
        }
        if index.contains_key(name) {
            return Err(line.error(FILE, format!("duplicate type `{name}`")));
        }
        let quad_class = parse_quad_class(&line, FILE, line.field(FILE, 1, "quad class")?)?;
        let modes_field = line.field(FILE, 2, "modes")?;
        let mut modes: Vec<String> = Vec::new();
        if modes_field != "-" {
            for mode in modes_field.split(',') {
                if !is_mode(mode) {
                    return Err(line.error(FILE, format!("mode `{mode}` is not a lower-case word")));
                }
                if modes.iter().any(|m| m == mode) {
                    return Err(line.error(FILE, format!("duplicate mode `{mode}`")));
                }
                modes.push(mode.to_string());
            }
        }
        let definition = line.field(FILE, 3, "definition")?;
        index.insert(name.to_string(), types.len());
        types.push(PloverDef {
            name: name.to_string(),
            quad_class,
            modes,
            definition: definition.to_string(),
        });
    }
    Ok(PloverTable { types, index })
}

/// Whether `mode` is a lower-case word, possibly with inner hyphens (`heavy-weapons`).
fn is_mode(mode: &str) -> bool {
    !mode.is_empty()
        && !mode.starts_with('-')
        && !mode.ends_with('-')
        && mode.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}
