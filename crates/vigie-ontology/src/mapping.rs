//! The CAMEO -> PLOVER table (`cameo_plover.tsv`): a type and mode per CAMEO code or branch.
//!
//! Each line is `cameo, plover, mode[, note]`, with `-` for "not coded in PLOVER" or "no
//! mode". A line covers its code and every longer code below it that has no line of its
//! own. The parser checks the lines against the codebook and the PLOVER table: codes
//! exist, types exist, a mode belongs to its type, and every root has a line, so that
//! every CAMEO code resolves.

use std::collections::HashMap;

use crate::cameo::Codebook;
use crate::plover::PloverTable;
use crate::table;
use crate::OntologyError;

/// The file name errors of this table carry.
pub(crate) const FILE: &str = "cameo_plover.tsv";

/// The coding a mapping line gives: `None` when PLOVER does not code the event, else the
/// index of the type in the PLOVER table and the index of the mode among its modes.
pub(crate) type Target = Option<(usize, Option<usize>)>;

/// Parses `cameo_plover.tsv` against the parsed codebook and PLOVER table.
pub(crate) fn parse(
    text: &str,
    codebook: &Codebook,
    plover: &PloverTable,
) -> Result<HashMap<String, Target>, OntologyError> {
    let mut lines: HashMap<String, Target> = HashMap::new();
    let mut last_line = 0;
    for line in table::lines(text) {
        last_line = line.number;
        line.expect_fields(FILE, 3, 4)?;
        let code = line.field(FILE, 0, "cameo code")?;
        if !codebook.index.contains_key(code) {
            return Err(line.error(
                FILE,
                format!("cameo code `{code}` is not in {}", crate::cameo::FILE),
            ));
        }
        if lines.contains_key(code) {
            return Err(line.error(FILE, format!("duplicate cameo code `{code}`")));
        }
        let name = line.field(FILE, 1, "plover type")?;
        let mode = line.field(FILE, 2, "mode")?;
        let target = if name == "-" {
            if mode != "-" {
                return Err(line.error(FILE, format!("mode `{mode}` given without a plover type")));
            }
            None
        } else {
            let Some(&t) = plover.index.get(name) else {
                return Err(line.error(
                    FILE,
                    format!("plover type `{name}` is not in {}", crate::plover::FILE),
                ));
            };
            let mode_index = if mode == "-" {
                None
            } else {
                let modes = &plover.types[t].modes;
                match modes.iter().position(|m| m == mode) {
                    Some(m) => Some(m),
                    None => {
                        return Err(
                            line.error(FILE, format!("mode `{mode}` is not a mode of {name}"))
                        )
                    }
                }
            };
            Some((t, mode_index))
        };
        lines.insert(code.to_string(), target);
    }
    if let Some(root) = codebook
        .codes
        .iter()
        .filter(|c| c.code.len() == 2)
        .find(|c| !lines.contains_key(&c.code))
    {
        return Err(OntologyError::new(
            FILE,
            last_line,
            format!(
                "root `{}` has no line, so its codes map to nothing",
                root.code
            ),
        ));
    }
    Ok(lines)
}
