//! The [`Ontology`] value: the three tables parsed, checked, and indexed for lookups.
//!
//! The bundled tables are compiled in with `include_str!` and parsed once, on first use,
//! into a value shared by every thread. Lookups never fail: an unknown code gives `None`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::cameo::{self, CameoCode};
use crate::mapping::{self, Target};
use crate::plover::{self, PloverDef, PloverType};
use crate::OntologyError;

/// The texts of the three ontology tables, for [`Ontology::from_texts`].
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The CAMEO codebook, in the format of `data/ontology/cameo.tsv`.
    pub cameo: &'a str,
    /// The PLOVER types, in the format of `data/ontology/plover.tsv`.
    pub plover: &'a str,
    /// The CAMEO -> PLOVER mapping, in the format of `data/ontology/cameo_plover.tsv`.
    pub mapping: &'a str,
}

impl Sources<'static> {
    /// The tables bundled with vigie.
    pub const BUNDLED: Sources<'static> = Sources {
        cameo: include_str!("../../../data/ontology/cameo.tsv"),
        plover: include_str!("../../../data/ontology/plover.tsv"),
        mapping: include_str!("../../../data/ontology/cameo_plover.tsv"),
    };
}

/// The CAMEO codebook, the PLOVER types and the mapping between them.
#[derive(Debug)]
pub struct Ontology {
    codes: Vec<CameoCode>,
    code_index: HashMap<String, usize>,
    types: Vec<PloverDef>,
    type_index: HashMap<String, usize>,
    mapping: HashMap<String, Target>,
}

impl Ontology {
    /// The ontology built from the bundled tables, parsed on first call and shared.
    ///
    /// # Panics
    ///
    /// Only if the bundled tables are malformed, which this crate's tests rule out.
    pub fn bundled() -> &'static Ontology {
        static BUNDLED: OnceLock<Ontology> = OnceLock::new();
        BUNDLED.get_or_init(|| match Ontology::from_texts(Sources::BUNDLED) {
            Ok(ontology) => ontology,
            Err(error) => panic!("bundled ontology tables are malformed: {error}"),
        })
    }

    /// Parses and checks three tables; the error names the file and line at fault.
    pub fn from_texts(sources: Sources<'_>) -> Result<Ontology, OntologyError> {
        let codebook = cameo::parse(sources.cameo)?;
        let plover = plover::parse(sources.plover)?;
        let mapping = mapping::parse(sources.mapping, &codebook, &plover)?;
        Ok(Ontology {
            codes: codebook.codes,
            code_index: codebook.index,
            types: plover.types,
            type_index: plover.index,
            mapping,
        })
    }

    /// The CAMEO code `code` (with its leading zero: `"0874"`), if the codebook has it.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.code_index.get(code).map(|&i| &self.codes[i])
    }

    /// The name of the root of `code` (`"Reduce relations"` for `"161"`), if `code` is known.
    pub fn root_name(&self, code: &str) -> Option<&str> {
        let code = self.cameo(code)?;
        self.cameo(code.root()).map(|root| root.name.as_str())
    }

    /// Every CAMEO code, in codebook order (each root followed by its branch).
    pub fn all_cameo(&self) -> impl ExactSizeIterator<Item = &CameoCode> + '_ {
        self.codes.iter()
    }

    /// The PLOVER type and mode of CAMEO code `cameo`: the mapping line of the code
    /// itself, else of its three-digit parent, else of its root. `None` when the code is
    /// unknown or PLOVER does not code it (public statements, root 01).
    pub fn plover(&self, cameo: &str) -> Option<PloverType<'_>> {
        self.cameo(cameo)?;
        let target = (2..=cameo.len())
            .rev()
            .find_map(|len| self.mapping.get(&cameo[..len]))?;
        let (t, mode) = (*target)?;
        let def = &self.types[t];
        Some(PloverType {
            name: &def.name,
            mode: mode.map(|m| def.modes[m].as_str()),
        })
    }

    /// The PLOVER type called `name` (`"ASSAULT"`), with its quad category and modes.
    pub fn plover_type(&self, name: &str) -> Option<&PloverDef> {
        self.type_index.get(name).map(|&i| &self.types[i])
    }

    /// Every PLOVER type, in table order.
    pub fn plover_types(&self) -> impl ExactSizeIterator<Item = &PloverDef> + '_ {
        self.types.iter()
    }
}
