//! PETRARCH-2 and Phoenix dictionaries read as they are, and English sentences coded
//! with them over vigie's dependency trees.
//!
//! [`Dictionaries::load`] reads a folder (verb patterns, actors, agents, discards) with
//! `file:line` errors; [`Coder::code_sentence`] codes one parsed sentence: the verb's
//! lemma selects its block, the block's patterns are matched against the words the
//! verb governs, `$` and `+` bind source and target, and otherwise the subject and the
//! object (or the oblique) are the source and the target. Actor phrases resolve by the
//! sentence's date, agents compose with countries (`GON` + `~MIL`), discards suppress.
//! [`records`] reads PETRARCH's unit-test suite so that `vigie eval` can run it.

#![deny(missing_docs)]

pub mod actors;
pub mod agents;
mod code;
mod error;
pub mod export;
pub mod read;
pub mod records;
pub mod verbs;

pub use code::{Coder, PetrarchActor, PetrarchEvent};
pub use error::PetrarchError;

use std::path::{Path, PathBuf};

use actors::ActorDict;
use agents::{AgentDict, Discards};
use read::Source;
use verbs::VerbDict;

/// The dictionaries of one folder, or of the files a unit-test suite names.
#[derive(Debug, Default)]
pub struct Dictionaries {
    /// Verb patterns.
    pub verbs: VerbDict,
    /// Named actors.
    pub actors: ActorDict,
    /// Agents.
    pub agents: AgentDict,
    /// Discards.
    pub discards: Discards,
    /// The files read, in order.
    pub files: Vec<PathBuf>,
    /// Lines that do not follow their file's format, each with its file and line: they
    /// are skipped (the published Phoenix files have a few, such as a seven-digit
    /// date), and the rest of the file is read.
    pub problems: Vec<PetrarchError>,
}

/// The kind of a dictionary file, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Verb patterns (`CAMEO.2.0.txt`, `*verbs*`).
    Verbs,
    /// Actors (`*actors*`).
    Actors,
    /// Agents (`*agents*`).
    Agents,
    /// Discards (`*discards*`).
    Discards,
}

impl Kind {
    /// The kind a file name says, if any.
    pub fn of(name: &str) -> Option<Kind> {
        let lower = name.to_ascii_lowercase();
        if !lower.ends_with(".txt") {
            return None;
        }
        if lower.contains("actors") {
            Some(Kind::Actors)
        } else if lower.contains("agents") {
            Some(Kind::Agents)
        } else if lower.contains("discards") {
            Some(Kind::Discards)
        } else if lower.contains("verbs") || lower.starts_with("cameo") {
            Some(Kind::Verbs)
        } else {
            None
        }
    }
}

impl Dictionaries {
    /// Reads every dictionary of a folder: files whose names say `actors`, `agents`,
    /// `discards`, `verbs`, or begin with `CAMEO`, in name order. PETRARCH's
    /// validation dictionaries (`PETR.Validate.*`), made for its unit tests, are left
    /// out. A folder without verb patterns is an error.
    pub fn load(dir: &Path) -> Result<Dictionaries, PetrarchError> {
        let entries = std::fs::read_dir(dir).map_err(|source| PetrarchError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut files = Vec::new();
        for e in entries {
            let e = e.map_err(|source| PetrarchError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("PETR.Validate.") {
                continue;
            }
            if let Some(kind) = Kind::of(&name) {
                files.push((kind, e.path()));
            }
        }
        files.sort_by(|a, b| a.1.cmp(&b.1));
        if !files.iter().any(|(k, _)| *k == Kind::Verbs) {
            return Err(PetrarchError::Missing {
                path: dir.to_path_buf(),
                message: "no verb-pattern dictionary (a file named CAMEO*.txt or *verbs*.txt)"
                    .into(),
            });
        }
        let mut d = Dictionaries::default();
        for (kind, path) in files {
            d.add(kind, &path)?;
        }
        Ok(d)
    }

    /// Reads one file of a known kind into the dictionaries; lines that do not follow
    /// the format are added to `problems` and skipped.
    pub fn add(&mut self, kind: Kind, path: &Path) -> Result<(), PetrarchError> {
        let src = Source::read(path)?;
        let problems = match kind {
            Kind::Verbs => self.verbs.read(&src),
            Kind::Actors => self.actors.read(&src),
            Kind::Agents => self.agents.read(&src),
            Kind::Discards => self.discards.read(&src),
        };
        self.problems.extend(problems);
        self.files.push(path.to_path_buf());
        Ok(())
    }

    /// One line of counts, for progress messages.
    pub fn summary(&self) -> String {
        format!(
            "{} verb blocks, {} patterns, {} sets; {} actors ({} phrases); {} agents; {} discards; {} lines skipped",
            self.verbs.blocks.len(),
            self.verbs.pattern_count(),
            self.verbs.synsets.len(),
            self.actors.actors.len(),
            self.actors.phrase_count(),
            self.agents.agents.len(),
            self.discards.index.phrases.len(),
            self.problems.len(),
        )
    }
}
