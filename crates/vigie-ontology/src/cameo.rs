//! The CAMEO event codebook table (`cameo.tsv`): codes, names, Goldstein scores, QuadClass.
//!
//! Each line is `code, name, goldstein, quad_class`. The parser checks what a reader of
//! the codebook takes for granted: codes are two to four digits under a root 01–20, every
//! three- or four-digit code has its parent listed before it, codes are unique, Goldstein
//! scores lie in [-10, 10], and a whole branch shares its root's QuadClass.

use std::collections::HashMap;

use serde::Serialize;

use crate::table::{self, is_cameo_shape};
use crate::OntologyError;

/// The file name errors of this table carry.
pub(crate) const FILE: &str = "cameo.tsv";

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CameoCode {
    /// The code as written in the codebook, with its leading zero (`"0874"`, `"161"`).
    pub code: String,
    /// The codebook's short English name (`"Reduce or break diplomatic relations"`).
    pub name: String,
    /// The Goldstein conflict-cooperation score, from -10 to +10.
    pub goldstein: f32,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
}

impl CameoCode {
    /// The two-digit root of the code (`"16"` for `"161"`).
    pub fn root(&self) -> &str {
        &self.code[..2]
    }

    /// The code one level up (`"16"` for `"161"`), or `None` for a root.
    pub fn parent(&self) -> Option<&str> {
        (self.code.len() > 2).then(|| &self.code[..self.code.len() - 1])
    }
}

/// The parsed codebook: the codes in file order and an index by code.
pub(crate) struct Codebook {
    pub codes: Vec<CameoCode>,
    pub index: HashMap<String, usize>,
}

/// Parses `cameo.tsv`.
pub(crate) fn parse(text: &str) -> Result<Codebook, OntologyError> {
    let mut codes: Vec<CameoCode> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for line in table::lines(text) {
        line.expect_fields(FILE, 4, 4)?;
        let code = line.field(FILE, 0, "code")?;
        if !is_cameo_shape(code) {
            return Err(line.error(FILE, format!("code `{code}` is not two to four digits")));
        }
        let root: u8 = code[..2].parse().unwrap_or(0);
        if !(1..=20).contains(&root) {
            return Err(line.error(FILE, format!("code `{code}` has no root 01-20")));
        }
        if let Some(first) = first_line.get(code) {
            return Err(line.error(
                FILE,
                format!("duplicate code `{code}`, first at line {first}"),
            ));
        }
        if code.len() > 2 && !index.contains_key(&code[..code.len() - 1]) {
            let parent = &code[..code.len() - 1];
            return Err(line.error(
                FILE,
                format!("code `{code}` comes before its parent `{parent}`"),
            ));
        }
        let name = line.field(FILE, 1, "name")?;
        let goldstein = parse_goldstein(&line, line.field(FILE, 2, "goldstein score")?)?;
        let quad_class = parse_quad_class(&line, FILE, line.field(FILE, 3, "quad class")?)?;
        if let Some(&r) = index.get(&code[..2]) {
            let root_quad = codes[r].quad_class;
            if root_quad != quad_class {
                return Err(line.error(
                    FILE,
                    format!("quad class {quad_class} differs from its root's {root_quad}"),
                ));
            }
        }
        index.insert(code.to_string(), codes.len());
        first_line.insert(code.to_string(), line.number);
        codes.push(CameoCode {
            code: code.to_string(),
            name: name.to_string(),
            goldstein,
            quad_class,
        });
    }
    Ok(Codebook { codes, index })
}

fn parse_goldstein(line: &table::Line<'_>, value: &str) -> Result<f32, OntologyError> {
    match value.parse::<f32>() {
        Ok(g) if g.is_finite() && (-10.0..=10.0).contains(&g) => Ok(g),
        Ok(_) => Err(line.error(
            FILE,
            format!("goldstein score `{value}` is outside [-10, 10]"),
        )),
        Err(_) => Err(line.error(FILE, format!("goldstein score `{value}` is not a number"))),
    }
}

/// Parses a quad class, 1 to 4.
pub(crate) fn parse_quad_class(
    line: &table::Line<'_>,
    file: &'static str,
    value: &str,
) -> Result<u8, OntologyError> {
    match value.parse::<u8>() {
        Ok(q @ 1..=4) => Ok(q),
        _ => Err(line.error(file, format!("quad class `{value}` is not 1, 2, 3 or 4"))),
    }
}
