//! The event ontology of vigie: CAMEO codes, PLOVER types, and the mapping between them.
//!
//! The tables live in `data/ontology/` as tab-separated text (`cameo.tsv`, `plover.tsv`,
//! `cameo_plover.tsv`), are compiled in with `include_str!`, and are parsed and checked
//! once, the first time [`Ontology::bundled`] is called. Every CAMEO code carries its
//! short name, Goldstein score and QuadClass; every code resolves to a PLOVER type (and
//! mode) through its most specific line in the mapping, or is explicitly left uncoded
//! (PLOVER drops CAMEO's public statements, root 01).
//!
//! ```
//! let ontology = vigie_ontology::Ontology::bundled();
//! let code = ontology.cameo("190").unwrap();
//! assert_eq!(code.goldstein, -10.0);
//! assert_eq!(code.quad_class, 4);
//! assert_eq!(ontology.root_name("1952"), Some("Fight"));
//! let plover = ontology.plover("1952").unwrap();
//! assert_eq!((plover.name, plover.mode), ("ASSAULT", Some("drone")));
//! ```
//!
//! Tables edited by hand are checked with [`Ontology::from_texts`], which names the file
//! and line of the first malformed entry.
#![deny(missing_docs)]

mod cameo;
mod error;
mod mapping;
mod ontology;
mod plover;
mod table;

pub use cameo::CameoCode;
pub use error::OntologyError;
pub use ontology::{Ontology, Sources};
pub use plover::{PloverDef, PloverType};
