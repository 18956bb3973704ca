//! Building the lexicon: layers of dictionary files merged, checked and compiled.
//!
//! The bundled files form the first layer; each user folder adds a layer whose entries
//! add to the earlier ones, or replace an earlier entry with the same `[kind ID]`
//! wholesale. Within one layer an id may appear only once. Compiling tokenises every
//! phrase with the same tokenizer as documents, so a dictionary phrase and the text it
//! should match always agree on token boundaries and folding.

use std::collections::HashMap;

use vigie_core::TokenKind;

use crate::entry::{Entry, EntryKind, Example};
use crate::format::parse_blocks;
use crate::trie::{PhraseTrie, Sense, SenseKind};
use crate::LexiconError;

/// Articles written in front of names (`le Mali`, `l’Algérie`, `the Gambia`): they are
/// dropped when compiling and absorbed from the text at recognition time.
pub(crate) const ARTICLES: &[&str] = &["le", "la", "les", "l'", "the"];

/// Collects dictionary layers, then compiles them into a [`Lexicon`].
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    entries: Vec<Entry>,
    by_id: HashMap<(EntryKind, String), usize>,
    layer: usize,
    layer_of: Vec<usize>,
}

impl LexiconBuilder {
    /// An empty builder, without the bundled dictionaries.
    pub fn new() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Adds the bundled dictionaries as one layer.
    pub fn add_bundled(&mut self) -> Result<&mut LexiconBuilder, LexiconError> {
        self.add_layer(
            crate::bundled::FILES
                .iter()
                .map(|(name, text)| (*name, *text)),
        )
    }

    /// Adds one layer made of `(file name, file text)` pairs. Its entries add to the
    /// earlier layers, and replace earlier entries with the same kind and id.
    pub fn add_layer<'a>(
        &mut self,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<&mut LexiconBuilder, LexiconError> {
        self.layer += 1;
        for (file, text) in files {
            for block in parse_blocks(file, text)? {
                let entry = Entry::from_block(file, &block)?;
                self.put(entry)?;
            }
        }
        Ok(self)
    }

    fn put(&mut self, entry: Entry) -> Result<(), LexiconError> {
        let key = (entry.kind, entry.id.clone());
        match self.by_id.get(&key) {
            Some(&at) if self.layer_of[at] == self.layer => Err(LexiconError::Duplicate {
                file: entry.file.clone(),
                line: entry.line,
                id: format!("{} {}", entry.kind.as_str(), entry.id),
                first: self.entries[at].location(),
            }),
            Some(&at) => {
                self.entries[at] = entry;
                self.layer_of[at] = self.layer;
                Ok(())
            }
            None => {
                self.by_id.insert(key, self.entries.len());
                self.entries.push(entry);
                self.layer_of.push(self.layer);
                Ok(())
            }
        }
    }

    /// Checks cross-references and compiles the phrases into a matcher.
    pub fn build(&self) -> Result<Lexicon, LexiconError> {
        let countries: HashMap<&str, usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntryKind::Country)
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let orgs: std::collections::HashSet<&str> = self
            .entries
            .iter()
            .filter(|e| matches!(e.kind, EntryKind::Org | EntryKind::Group))
            .map(|e| e.id.as_str())
            .collect();
        for entry in &self.entries {
            for (key, line) in &entry.org_references {
                if !orgs.contains(key.as_str()) {
                    return Err(LexiconError::invalid(
                        &entry.file,
                        *line,
                        format!("organisation `{key}` is not defined by any org or group entry"),
                    ));
                }
            }
            for (code, line) in &entry.references {
                if !countries.contains_key(code.as_str()) {
                    return Err(LexiconError::invalid(
                        &entry.file,
                        *line,
                        format!("country `{code}` is not defined by any country entry"),
                    ));
                }
            }
        }
        let mut trie = PhraseTrie::new();
        let mut seen = HashMap::new();
        let mut conflicts = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            let entry_index = index as u32;
            let groups = [
                (&entry.names, SenseKind::Name),
                (&entry.capitals, SenseKind::Capital),
            ];
            for (phrases, kind) in groups {
                let kind = if entry.kind == EntryKind::Role && kind == SenseKind::Name {
                    SenseKind::Role
                } else {
                    kind
                };
                for phrase in phrases {
                    let sense = Sense {
                        kind,
                        entry: entry_index,
                        lang: phrase.lang,
                        needs_capital: false,
                        acronym: false,
                    };
                    insert_phrase(
                        &mut trie,
                        &mut seen,
                        &mut conflicts,
                        &entry.file,
                        phrase.line,
                        &phrase.text,
                        sense,
                    )?;
                }
            }
            for phrase in &entry.adjectives {
                let plural = phrase.lang == Some(vigie_core::Lang::En)
                    && is_generated_plural(entry, &phrase.text);
                let sense = Sense {
                    kind: SenseKind::Adjective { plural },
                    entry: entry_index,
                    lang: phrase.lang,
                    needs_capital: false,
                    acronym: false,
                };
                insert_phrase(
                    &mut trie,
                    &mut seen,
                    &mut conflicts,
                    &entry.file,
                    phrase.line,
                    &phrase.text,
                    sense,
                )?;
            }
        }
        let countries = countries
            .into_iter()
            .map(|(code, index)| (code.to_string(), index))
            .collect();
        Ok(Lexicon {
            entries: self.entries.clone(),
            trie,
            countries,
            conflicts,
        })
    }
}

/// True when `form` is the English plural generated from another listed adjective.
fn is_generated_plural(entry: &Entry, form: &str) -> bool {
    entry.adjectives.iter().any(|p| {
        p.lang == Some(vigie_core::Lang::En)
            && crate::inflect::english_plural(&p.text).as_deref() == Some(form)
    })
}

/// Every reading of a phrase so far: by token norms and sense class, the entries,
/// languages and locations that read it, to report conflicts.
type Readings = HashMap<(Vec<String>, u8), Vec<(u32, Option<vigie_core::Lang>, String)>>;

/// Tokenises a phrase like a document, drops a leading article, and inserts it.
fn insert_phrase(
    trie: &mut PhraseTrie,
    seen: &mut Readings,
    conflicts: &mut Vec<String>,
    file: &str,
    line: usize,
    text: &str,
    sense: Sense,
) -> Result<(), LexiconError> {
    let mut tokens = vigie_text::tokenize(text);
    if tokens.len() > 1 && ARTICLES.contains(&tokens[0].norm.as_ref()) {
        tokens.remove(0);
    }
    let Some(first) = tokens.first() else {
        return Err(LexiconError::invalid(
            file,
            line,
            format!("phrase `{text}` has no words"),
        ));
    };
    let written = text.get(first.span.start as usize..).unwrap_or(text);
    let sense = Sense {
        needs_capital: matches!(sense.kind, SenseKind::Name | SenseKind::Capital)
            && written.chars().any(char::is_uppercase),
        acronym: first.kind == TokenKind::Acronym,
        ..sense
    };
    let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_ref()).collect();
    trie.insert(&norms, sense);
    // Two entries reading one phrase the same way: the first silently wins, so say it.
    let class = match sense.kind {
        SenseKind::Name | SenseKind::Capital => 0,
        SenseKind::Role => 1,
        SenseKind::Adjective { .. } => 2,
    };
    let here = format!("{file}:{line}");
    let key = (norms.iter().map(|n| n.to_string()).collect(), class);
    let readings = seen.entry(key).or_default();
    let clash = readings.iter().find(|(entry, lang, _)| {
        *entry != sense.entry && (lang.is_none() || sense.lang.is_none() || *lang == sense.lang)
    });
    if let Some((_, _, first)) = clash {
        conflicts.push(format!(
            "`{}` at {here} is already read as {first}",
            norms.join(" ")
        ));
    }
    readings.push((sense.entry, sense.lang, here));
    Ok(())
}

/// The compiled, immutable dictionaries: build once, share across threads.
#[derive(Debug)]
pub struct Lexicon {
    pub(crate) entries: Vec<Entry>,
    pub(crate) trie: PhraseTrie,
    pub(crate) countries: HashMap<String, usize>,
    conflicts: Vec<String>,
}

impl Lexicon {
    /// The bundled dictionaries alone.
    pub fn bundled() -> Result<Lexicon, LexiconError> {
        LexiconBuilder::new().add_bundled()?.build()
    }

    /// A builder, to add user layers to (or instead of) the bundled dictionaries.
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::new()
    }

    /// All entries, in load order (replaced entries keep their position).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry of a country code.
    pub fn country(&self, code: &str) -> Option<&Entry> {
        self.countries.get(code).map(|&i| &self.entries[i])
    }

    /// Every example sentence of every entry, for `check` runs.
    pub fn examples(&self) -> impl Iterator<Item = &Example> {
        self.entries.iter().flat_map(|e| e.examples.iter())
    }

    /// The country and organisation of the entry a one-token name designates.
    pub(crate) fn name_coding(&self, norm: &str) -> Option<(Option<String>, Option<String>)> {
        let node = self.trie.step(PhraseTrie::ROOT, self.trie.symbol(norm)?)?;
        let sense = self
            .trie
            .senses(node)
            .iter()
            .find(|s| s.kind == SenseKind::Name)?;
        let entry = self.entries.get(sense.entry as usize)?;
        Some((entry.country.clone(), entry.org.clone()))
    }

    /// Phrases that two entries read the same way (as names, roles or adjectives),
    /// where the first entry loaded wins: worth a look when editing dictionaries.
    pub fn conflicts(&self) -> &[String] {
        &self.conflicts
    }

    /// Number of trie nodes, for statistics.
    pub fn phrase_nodes(&self) -> usize {
        self.trie.len()
    }
}
