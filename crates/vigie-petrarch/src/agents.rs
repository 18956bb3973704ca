//! Agent dictionaries (generic roles: police, ministry, rebels) and discard lists.
//!
//! An agent line is `PHRASE {PLURAL} [~CODE]`: `~CODE` is added after the actor's code
//! (`GON` + `~MIL` = `GONMIL`), `CODE~` before it (`NGO~` + `ARN` = `NGOARN`). Regular
//! plurals are made for the last word (`S`, `Y` → `IES`, `SS` → `SSES`) unless braces
//! give the plural or, empty, say there is none. A substitution marker
//! `!PERSON! = MAN, MEN, WOMAN` stands for each of its forms wherever it is used.
//!
//! A discard line is a phrase that stops coding the sentence, or with `+` the whole
//! story; without a final `_` its last word is a stem.

use std::collections::HashMap;

use crate::actors::PhraseIndex;
use crate::read::{phrase_words, split_codes, Source};
use crate::PetrarchError;

/// One agent code and which side of the actor's code it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// The code without its `~`.
    pub code: String,
    /// It goes before the actor's code (`NGO~`).
    pub before: bool,
}

/// Every agent of one or more agent files.
#[derive(Debug, Clone, Default)]
pub struct AgentDict {
    /// Agents by id.
    pub agents: Vec<Agent>,
    /// Their phrases, singular and plural.
    pub index: PhraseIndex,
}

impl AgentDict {
    /// Reads one agent file.
    pub fn read(&mut self, src: &Source) -> Vec<PetrarchError> {
        let mut markers: HashMap<String, Vec<String>> = HashMap::new();
        let problems = src.each(|line| {
            let text = line.text.as_str();
            if text.is_empty() {
                return Ok(());
            }
            if text.starts_with('!') && text.contains('=') {
                let (name, forms) = text.split_once('=').unwrap_or_default();
                let name = name.trim();
                if name.len() < 3 || !name.ends_with('!') {
                    return Err(format!(
                        "`{name}`: a substitution marker is written `!NAME!`"
                    ));
                }
                let forms: Vec<String> = forms
                    .split(',')
                    .map(|f| f.trim().to_uppercase())
                    .filter(|f| !f.is_empty())
                    .collect();
                markers.insert(name.to_uppercase(), forms);
                return Ok(());
            }
            let (head, codes) = split_codes(text);
            let Some(code) = codes.first() else {
                return Err(String::from(
                    "an agent needs a code such as `[~GOV]` or `[NGO~]`",
                ));
            };
            let agent = if let Some(c) = code.strip_prefix('~') {
                Agent {
                    code: c.trim().to_string(),
                    before: false,
                }
            } else if let Some(c) = code.strip_suffix('~') {
                Agent {
                    code: c.trim().to_string(),
                    before: true,
                }
            } else {
                return Err(format!("`[{code}]`: an agent code begins or ends with `~`"));
            };
            if agent.code.is_empty() || agent.code.contains(char::is_whitespace) {
                return Err(format!("`[{code}]` is not an agent code"));
            }
            let (phrase, plural) = match head.find('{') {
                Some(open) => {
                    let Some(close) = head[open..].find('}') else {
                        return Err(String::from("`{` without `}`"));
                    };
                    (
                        head[..open].trim(),
                        Some(head[open + 1..open + close].trim()),
                    )
                }
                None => (head, None),
            };
            if phrase.is_empty() {
                return Err(String::from("an agent line without a phrase"));
            }
            let id = self.agents.len() as u32;
            self.agents.push(agent);
            let mut forms = expand_markers(phrase, &markers)?;
            match plural {
                Some(p) if !p.is_empty() => forms.push(p.to_string()),
                Some(_) => {}
                None if phrase.contains('!') => {}
                None => {
                    let more: Vec<String> = forms.iter().map(|f| plural_of(f)).collect();
                    forms.extend(more);
                }
            }
            for f in forms {
                self.index.add(phrase_words(&f), false, id);
            }

            Ok(())
        });
        problems
    }
}

fn expand_markers(
    phrase: &str,
    markers: &HashMap<String, Vec<String>>,
) -> Result<Vec<String>, String> {
    let upper = phrase.to_uppercase();
    let Some(start) = upper.find('!') else {
        return Ok(vec![upper]);
    };
    let Some(len) = upper[start + 1..].find('!') else {
        return Err(format!("`{phrase}`: `!` without its closing `!`"));
    };
    let name = &upper[start..start + len + 2];
    let Some(forms) = markers.get(name) else {
        return Err(format!("`{name}` is not defined before it is used"));
    };
    let mut out = Vec::new();
    for f in forms {
        let replaced = format!("{}{}{}", &upper[..start], f, &upper[start + len + 2..]);
        out.extend(expand_markers(&replaced, markers)?);
    }
    Ok(out)
}

/// The regular plural of a phrase's last word.
pub fn plural_of(phrase: &str) -> String {
    let p = phrase.trim_end_matches('_');
    if p.ends_with("SS") || p.ends_with("CH") || p.ends_with("SH") || p.ends_with('X') {
        format!("{p}ES")
    } else if let Some(stem) = p.strip_suffix('Y') {
        if stem.ends_with(['A', 'E', 'O', 'U']) {
            format!("{p}S")
        } else {
            format!("{stem}IES")
        }
    } else {
        format!("{p}S")
    }
}

/// Phrases that stop coding a sentence or a story.
#[derive(Debug, Clone, Default)]
pub struct Discards {
    /// The phrases; id 1 for a whole story, 0 for a sentence.
    pub index: PhraseIndex,
}

impl Discards {
    /// Reads one discard file.
    pub fn read(&mut self, src: &Source) -> Vec<PetrarchError> {
        let problems = src.each(|line| {
            let text = line.text.as_str();
            if text.is_empty() {
                return Ok(());
            }
            let (story, phrase) = match text.strip_prefix('+') {
                Some(p) => (1, p.trim()),
                None => (0, text),
            };
            let words = phrase_words(phrase);
            if words.is_empty() {
                return Err(String::from("a `+` with no phrase"));
            }
            self.index.add(words, !phrase.ends_with('_'), story);

            Ok(())
        });
        problems
    }

    /// Whether upper-case `words` hold a discard: `Some(true)` for a story discard.
    pub fn find(&self, words: &[&str]) -> Option<bool> {
        let mut found = None;
        for i in 0..words.len() {
            if let Some((id, _)) = self.index.longest_at(words, i) {
                if id == 1 {
                    return Some(true);
                }
                found = Some(false);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn agents(text: &str) -> AgentDict {
        let mut d = AgentDict::default();
        assert!(d
            .read(&Source::from_text(Path::new("g.txt"), text))
            .is_empty());
        d
    }

    #[test]
    fn plurals_markers_and_sides() {
        let d = agents("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\nMSF [NGO~]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nPARTY [~PTY]\n");
        let find = |w: &[&str]| {
            d.index
                .longest_at(w, 0)
                .map(|(id, n)| (d.agents[id as usize].code.clone(), n))
        };
        assert_eq!(find(&["CONGRESSMEN"]), Some(("LEG".into(), 1)));
        assert_eq!(find(&["POLICES"]), None);
        assert_eq!(find(&["ATTORNEYS", "GENERAL"]), Some(("GOV".into(), 2)));
        assert_eq!(find(&["PARTIES"]), Some(("PTY".into(), 1)));
        assert!(d.agents[2].before);
    }

    #[test]
    fn agent_errors_name_the_line() {
        let mut d = AgentDict::default();
        let e = d
            .read(&Source::from_text(Path::new("g.txt"), "X [~A]\nY [B]\n"))
            .remove(0);
        assert_eq!(
            e.to_string(),
            "g.txt:2: `[B]`: an agent code begins or ends with `~`"
        );
        let e = d
            .read(&Source::from_text(Path::new("g.txt"), "!M!_X [~A]\n"))
            .remove(0);
        assert_eq!(
            e.to_string(),
            "g.txt:1: `!M!` is not defined before it is used"
        );
    }

    #[test]
    fn discards_by_sentence_and_story() {
        let mut d = Discards::default();
        assert!(d
            .read(&Source::from_text(
                Path::new("d.txt"),
                "BASEBALL\n+ACADEMY AWARD\nMONTHS LATER_\n",
            ))
            .is_empty());
        assert_eq!(d.find(&["THE", "BASEBALLS"]), Some(false));
        assert_eq!(d.find(&["AN", "ACADEMY", "AWARD"]), Some(true));
        assert_eq!(d.find(&["MONTHS", "LATERAL"]), None);
    }
}
