//! Loading user dictionaries from a folder: the crate's only I/O.
//!
//! `vigie annotate --lexicon DIR` passes the folder here. Every `*.txt` file directly
//! inside it is read, in file-name order, and the files together form one layer on top of
//! the bundled dictionaries: new entries add actors, entries with an existing
//! `[kind ID]` replace the bundled ones. Errors name the file by its path.

use std::path::{Path, PathBuf};

use crate::{LexiconBuilder, LexiconError};

/// Reads the `*.txt` files of `dir`, sorted by name: `(path as text, contents)`.
pub fn read_dictionary_dir(dir: &Path) -> Result<Vec<(String, String)>, LexiconError> {
    fn io(path: &Path) -> impl Fn(std::io::Error) -> LexiconError + '_ {
        move |source| LexiconError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .map(|item| item.map(|e| e.path()).map_err(io(dir)))
        .collect::<Result<_, _>>()?;
    paths.retain(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(io(&path))?;
            Ok((path.display().to_string(), text))
        })
        .collect()
}

impl LexiconBuilder {
    /// Adds the dictionaries of a user folder as one layer.
    pub fn add_dir(&mut self, dir: &Path) -> Result<&mut LexiconBuilder, LexiconError> {
        let files = read_dictionary_dir(dir)?;
        self.add_layer(
            files
                .iter()
                .map(|(name, text)| (name.as_str(), text.as_str())),
        )
    }
}
