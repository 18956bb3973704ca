//! Verb-pattern dictionaries: synonym sets, verb blocks and their patterns.
//!
//! A file is a series of synonym sets (`&NAME` then `+phrase` lines) and verb blocks:
//! a header `--- NAME [CODE] ---`, the verbs of the block (`SPEED {SPEEDS SPED}` gives
//! irregular forms, `+ANGERED_BY` or `KLM_NOP_+RST` a verb of several words with `+` on
//! the verb, an optional `[CODE]` of its own), then patterns: `- WORDS * WORDS [CODE]`,
//! where `*` is the verb, `$` the source, `+` the target, `&NAME` any phrase of a set,
//! `_` joins words that must be consecutive, and parentheses or braces group the words
//! of a phrase (PETRARCH-2's `(TO BORDER)`, `{ARMS SHIPMENT}`). A code `[A:B]` codes A
//! from source to target and B back from target to source; `---` is no event. Lines
//! starting with `~` (PETRARCH-2's transformations) are read and not applied.

use std::collections::HashMap;

use crate::read::{split_codes, Source};
use crate::PetrarchError;

/// A pattern's or block's code: forward (source to target) and back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Code {
    /// Coded from the source to the target; `None` for `---` or empty.
    pub forward: Option<String>,
    /// Coded back from the target to the source (`[032:033]`).
    pub back: Option<String>,
}

impl Code {
    /// Whether it codes nothing.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.back.is_none()
    }
}

/// What one position of a pattern asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The verb.
    Verb,
    /// A word, upper-case.
    Word(String),
    /// Any phrase of a synonym set (the name with its `&`).
    Synset(String),
    /// The source actor.
    Source,
    /// The target actor.
    Target,
    /// A compound actor (`%`): an actor, bound to nothing.
    Compound,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elem {
    /// What it matches.
    pub slot: Slot,
    /// It must follow the element before it (towards the verb) with no word between.
    pub adjacent: bool,
}

/// One pattern of a verb block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before the verb, in text order.
    pub before: Vec<Elem>,
    /// Elements after the verb, in text order.
    pub after: Vec<Elem>,
    /// Its code.
    pub code: Code,
    /// Its line in the file, for the event's rule.
    pub line: usize,
}

impl Pattern {
    /// How many words and sets it asks for: longer patterns are tried first.
    pub fn weight(&self) -> usize {
        self.before
            .iter()
            .chain(&self.after)
            .filter(|e| matches!(e.slot, Slot::Word(_) | Slot::Synset(_)))
            .count()
    }
}

/// A verb block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The name in its header (or its first verb).
    pub name: String,
    /// The block's code for a verb alone.
    pub code: Code,
    /// Its patterns, longest first.
    pub patterns: Vec<Pattern>,
    /// The header's line.
    pub line: usize,
}

/// One verb of a block, possibly of several words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbForm {
    /// The words, upper-case; `verb_at` is the verb's place among them.
    pub words: Vec<String>,
    /// Index of the verb in `words`.
    pub verb_at: usize,
    /// Its block.
    pub block: u32,
    /// A code of its own, when the line gives one.
    pub code: Option<Code>,
    /// Its line.
    pub line: usize,
}

/// A verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDict {
    /// Synonym sets by name (with `&`): each phrase as words.
    pub synsets: HashMap<String, Vec<Vec<String>>>,
    /// Verb blocks.
    pub blocks: Vec<Block>,
    /// Verbs by base form and by irregular form, upper-case.
    pub verbs: HashMap<String, Vec<VerbForm>>,
    /// Patterns skipped (a set used but never defined, a `|` alternative), with their
    /// line: PETRARCH skips them too.
    pub skipped: Vec<(usize, String)>,
    /// Transformation lines read and not applied.
    pub transformations: usize,
}

enum Mode {
    None,
    Synset(String),
    Block(u32),
}

impl VerbDict {
    /// Reads one verb file.
    pub fn read(&mut self, src: &Source) -> Vec<PetrarchError> {
        let mut mode = Mode::None;
        let mut blank_since_pattern = false;
        let first_block = self.blocks.len();
        let problems = src.each(|line| {
            let text = line.text.as_str();
            if text.is_empty() {
                if let Mode::Synset(_) = mode {
                    mode = Mode::None;
                }
                blank_since_pattern = true;
                return Ok(());
            }
            if text.starts_with('~') {
                self.transformations += 1;
                return Ok(());
            }
            if let Some(rest) = text
                .strip_prefix("---")
                .or_else(|| text.strip_prefix("###"))
            {
                let rest = rest.trim_end_matches(['-', '#', ' ']);
                let (name, codes) = split_codes(rest);
                let code = match codes.first() {
                    Some(c) => parse_code(c)?,
                    None => Code::default(),
                };
                self.blocks.push(Block {
                    name: name.trim().to_string(),
                    code,
                    patterns: Vec::new(),
                    line: line.number,
                });
                mode = Mode::Block((self.blocks.len() - 1) as u32);
                blank_since_pattern = false;
                return Ok(());
            }
            if let Some(name) = text.strip_prefix('&') {
                let name = name.split_whitespace().next().unwrap_or("");
                if name.is_empty() {
                    return Err(String::from("`&` without a set name"));
                }
                let key = format!("&{}", name.trim_end_matches('_').to_uppercase());
                self.synsets.insert(key.clone(), Vec::new());
                // a label ending in `_` makes no plurals; kept as a marker phrase
                if name.ends_with('_') {
                    self.synsets.insert(format!("{key}\u{0}"), Vec::new());
                }
                mode = Mode::Synset(key);
                return Ok(());
            }
            if let Mode::Synset(key) = &mode {
                let Some(phrase) = text.strip_prefix('+') else {
                    return Err(format!(
                        "in set {key}, a line that does not begin with `+`: `{text}`"
                    ));
                };
                let no_plural = phrase.trim().ends_with('_')
                    || self.synsets.contains_key(&format!("{key}\u{0}"));
                let words = pattern_words(phrase);
                if words.is_empty() {
                    return Err(String::from("an empty phrase in a set"));
                }
                let set = self.synsets.get_mut(key).expect("set opened above");
                if !no_plural && !words.last().is_some_and(|w| w.starts_with('&')) {
                    let mut plural = words.clone();
                    if let Some(last) = plural.last_mut() {
                        *last = crate::agents::plural_of(last);
                    }
                    set.push(plural);
                }
                set.push(words);
                return Ok(());
            }
            if let Some(pattern) = text.strip_prefix('-') {
                let Mode::Block(b) = mode else {
                    return Err(String::from("a pattern outside any verb block"));
                };
                match parse_pattern(pattern, line.number) {
                    Ok(Some(p)) => self.blocks[b as usize].patterns.push(p),
                    Ok(None) => self.skipped.push((line.number, "a `|` alternative".into())),
                    Err(m) => return Err(m),
                }
                blank_since_pattern = false;
                return Ok(());
            }
            // a verb line
            let needs_block = match mode {
                Mode::Block(b) => {
                    blank_since_pattern && !self.blocks[b as usize].patterns.is_empty()
                }
                _ => true,
            };
            let (head, codes) = split_codes(text);
            let code = match codes.first() {
                Some(c) => Some(parse_code(c)?),
                None => None,
            };
            if needs_block {
                self.blocks.push(Block {
                    name: head.split(['{', ' ']).next().unwrap_or("").to_string(),
                    code: code.clone().unwrap_or_default(),
                    patterns: Vec::new(),
                    line: line.number,
                });
                mode = Mode::Block((self.blocks.len() - 1) as u32);
            }
            let Mode::Block(b) = mode else {
                unreachable!("a block was opened above")
            };
            blank_since_pattern = false;
            self.add_verb(head, code, b, line.number)?;
            Ok(())
        });
        for block in &mut self.blocks[first_block..] {
            block
                .patterns
                .sort_by_key(|p| std::cmp::Reverse(p.weight()));
        }
        // patterns naming a set never defined are skipped, as PETRARCH does
        for block in &mut self.blocks[first_block..] {
            let synsets = &self.synsets;
            let skipped = &mut self.skipped;
            block.patterns.retain(|p| {
                let missing = p.before.iter().chain(&p.after).find_map(|e| match &e.slot {
                    Slot::Synset(s) if !synsets.contains_key(s) => Some(s.clone()),
                    _ => None,
                });
                if let Some(s) = &missing {
                    skipped.push((p.line, format!("set {s} is not defined")));
                }
                missing.is_none()
            });
        }
        problems
    }

    fn add_verb(
        &mut self,
        head: &str,
        code: Option<Code>,
        block: u32,
        line: usize,
    ) -> Result<(), String> {
        let (phrase, irregular) = match head.find('{') {
            Some(open) => {
                let close = head[open..].find('}').ok_or("`{` without `}`")?;
                (head[..open].trim(), head[open + 1..open + close].trim())
            }
            None => (head.trim(), ""),
        };
        let phrase = phrase
            .strip_prefix('+')
            .map(|p| format!("+{p}"))
            .unwrap_or(phrase.to_string());
        let mut words = Vec::new();
        let mut verb_at = 0;
        for (i, w) in phrase
            .split(['_', ' '])
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            if let Some(v) = w.strip_prefix('+') {
                verb_at = i;
                words.push(v.to_uppercase());
            } else {
                words.push(w.to_uppercase());
            }
        }
        if words.is_empty() || words.iter().any(|w| w.is_empty()) {
            return Err(format!("`{head}`: a verb line needs a verb"));
        }
        let form = VerbForm {
            words,
            verb_at,
            block,
            code,
            line,
        };
        let mut keys = vec![form.words[form.verb_at].clone()];
        for irr in irregular.split_whitespace() {
            let w: Vec<&str> = irr.split('_').filter(|w| !w.is_empty()).collect();
            if let Some(v) = w.get(form.verb_at.min(w.len().saturating_sub(1))) {
                keys.push(v.trim_start_matches('+').to_uppercase());
            }
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            self.verbs.entry(k).or_default().push(form.clone());
        }
        Ok(())
    }

    /// The number of patterns.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }
}

/// Words of a set's phrase: `_` and blanks separate them.
fn pattern_words(phrase: &str) -> Vec<String> {
    phrase
        .split(['_', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .map(|w| w.to_uppercase())
        .collect()
}

/// `[064]`, `[042:043]`, `[:110]`, `[---]`.
pub fn parse_code(text: &str) -> Result<Code, String> {
    let part = |s: &str| -> Result<Option<String>, String> {
        let s = s.trim();
        // `---` codes nothing; TABARI's `###` (discard) and `+++` (too complex) neither
        if s.is_empty() || s == "---" || s == "###" || s == "+++" {
            return Ok(None);
        }
        if !s.contains(|c: char| c.is_whitespace() || c == '[' || c == ']') {
            Ok(Some(s.to_string()))
        } else {
            Err(format!("`[{text}]` is not an event code (a code without blanks, `---`, or two codes joined by `:`)"))
        }
    };
    let (a, b) = text.split_once(':').unwrap_or((text, ""));
    Ok(Code {
        forward: part(a)?,
        back: part(b)?,
    })
}

/// A pattern line without its leading `-`; `Ok(None)` for one PETRARCH would skip.
fn parse_pattern(text: &str, line: usize) -> Result<Option<Pattern>, String> {
    let (body, codes) = split_codes(text);
    let Some(code) = codes.first() else {
        return Err(format!(
            "the pattern `{}` has no code in brackets",
            text.trim()
        ));
    };
    let code = parse_code(code)?;
    if body.contains('|') {
        return Ok(None);
    }
    // elements in text order, each flagged when no word may come between it and the
    // element before it
    let mut elems: Vec<Elem> = Vec::new();
    let mut join_next = false;
    for token in body.split_whitespace() {
        let token = token.trim_matches(['(', ')', '{', '}']);
        let parts: Vec<&str> = token.split('_').collect();
        let mut joined = join_next || token.starts_with('_');
        join_next = token.ends_with('_') && token.len() > 1;
        for part in parts {
            let part = part.trim_matches(['(', ')', '{', '}']);
            if part.is_empty() {
                continue;
            }
            let slot = match part {
                "*" | "**" => Slot::Verb,
                "$" => Slot::Source,
                "+" => Slot::Target,
                "%" => Slot::Compound,
                "^" => continue,
                s if s.starts_with('&') => Slot::Synset(s.trim_end_matches('_').to_uppercase()),
                s => Slot::Word(s.to_uppercase()),
            };
            elems.push(Elem {
                slot,
                adjacent: joined,
            });
            joined = true;
        }
    }
    let (before, after) = match elems.iter().position(|e| e.slot == Slot::Verb) {
        Some(v) => {
            let mut after = elems.split_off(v);
            let verb = after.remove(0);
            // before the verb, matching runs towards the verb: each element is adjacent
            // to the one after it
            let mut next = verb.adjacent;
            for e in elems.iter_mut().rev() {
                std::mem::swap(&mut e.adjacent, &mut next);
            }
            (elems, after)
        }
        None => (Vec::new(), elems),
    };
    Ok(Some(Pattern {
        before,
        after,
        code,
        line,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn dict(text: &str) -> VerbDict {
        let mut d = VerbDict::default();
        assert!(d
            .read(&Source::from_text(Path::new("v.txt"), text))
            .is_empty());
        d
    }

    #[test]
    fn blocks_verbs_and_patterns() {
        let d = dict("&FOOD\n+WHEAT\n+RICE_\n\n---  ACCELERATE   [---]  ---\nRUSH\nSPEED {SPEEDING SPEEDS SPED }\n+ANGERED_BY {}\n- * (TO BORDER) [154]\n- * &FOOD  [073]  # RUSH\n- SUGGESTED_+ * DEMAND [111]\n");
        assert_eq!(
            d.synsets["&FOOD"],
            vec![vec!["WHEATS"], vec!["WHEAT"], vec!["RICE"]]
        );
        assert_eq!(d.blocks.len(), 1);
        assert!(d.blocks[0].code.is_null());
        assert!(d.verbs.contains_key("SPED"));
        assert_eq!(d.verbs["ANGERED"][0].words, vec!["ANGERED", "BY"]);
        let p = &d.blocks[0].patterns;
        assert_eq!(p.len(), 3);
        let demand = p
            .iter()
            .find(|p| p.code.forward.as_deref() == Some("111"))
            .unwrap();
        assert_eq!(demand.before.len(), 2);
        assert_eq!(demand.before[1].slot, Slot::Target);
        assert!(
            demand.before[0].adjacent,
            "SUGGESTED_+ joins the word to the target"
        );
        let border = p
            .iter()
            .find(|p| p.code.forward.as_deref() == Some("154"))
            .unwrap();
        assert_eq!(
            border
                .after
                .iter()
                .map(|e| e.slot.clone())
                .collect::<Vec<_>>(),
            vec![Slot::Word("TO".into()), Slot::Word("BORDER".into())]
        );
    }

    #[test]
    fn two_way_codes_and_multiword_verbs() {
        let d = dict("--- X [032:033] ---\nKLM_NOP_+RST [002]\n");
        assert_eq!(d.blocks[0].code.back.as_deref(), Some("033"));
        let f = &d.verbs["RST"][0];
        assert_eq!((f.verb_at, f.words.len()), (2, 3));
        assert_eq!(f.code.as_ref().unwrap().forward.as_deref(), Some("002"));
    }

    #[test]
    fn undefined_sets_are_skipped_and_bad_codes_are_errors() {
        let d = dict("--- X [010] ---\nSAY\n- * &NOPE [011]\n");
        assert_eq!(d.pattern_count(), 0);
        assert_eq!(d.skipped.len(), 1);
        let mut v = VerbDict::default();
        let e = v
            .read(&Source::from_text(
                Path::new("v.txt"),
                "--- X [010] ---\nSAY\n- * WAR [1 2]\n",
            ))
            .remove(0);
        assert!(e.to_string().starts_with("v.txt:3: `[1 2]`"), "{e}");
        let e = v
            .read(&Source::from_text(Path::new("v.txt"), "- * WAR [010]\n"))
            .remove(0);
        assert_eq!(e.to_string(), "v.txt:1: a pattern outside any verb block");
    }
}
