//! Event patterns: their file format, validation and compiled form.
//!
//! Patterns live in `data/events/*.txt`, in the block syntax of the actor
//! dictionaries ([`vigie_lexicon::parse_blocks`]):
//!
//! ```text
//! [161 recall-ambassador]
//! fr = rappel* ~ ambassadeur*/diplomate*
//! en = recall* ~ ambassador*/envoy*
//! example.fr = Le Mali a rappelé son ambassadeur à Alger. => MLI>DZA
//! ```
//!
//! The header gives the CAMEO code and a name. Each `fr`/`en` line is one pattern: a
//! sequence of elements separated by spaces. An element lists alternatives joined by
//! `/`; an alternative is a folded word (`ambassadeur`), or a prefix ending in `*`
//! (`rappel*` matches `rappelé`, `rappellent`, `rappel`). `~` allows up to three
//! tokens between two elements, `~N` up to N; without it elements are adjacent. The
//! first element is the trigger. Each `example` line is a sentence and what must be
//! coded from it: `SOURCE>TARGET` (actor keys), optionally a modality, or `none`.

use vigie_core::Lang;
use vigie_lexicon::{parse_blocks, RawBlock};

use crate::CoderError;

/// One alternative of an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Word {
    /// The folded form must be this.
    Exact(String),
    /// The folded form must start with this.
    Prefix(String),
}

impl Word {
    pub fn matches(&self, norm: &str) -> bool {
        match self {
            Word::Exact(w) => norm == w,
            Word::Prefix(p) => norm.starts_with(p.as_str()),
        }
    }
}

/// One element of a pattern, with the gap allowed before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Element {
    pub words: Vec<Word>,
    pub max_gap: usize,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The CAMEO code it codes.
    pub cameo: String,
    /// The block's name (`recall-ambassador`).
    pub name: String,
    /// The language of the pattern.
    pub lang: Lang,
    /// Where it is defined, as `file:line`.
    pub rule: String,
    pub(crate) elements: Vec<Element>,
}

/// A sentence that a pattern block says must (or must not) be coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// Its language.
    pub lang: Lang,
    /// The CAMEO code of the block.
    pub cameo: String,
    /// Expected source and target keys; `None` when no event may be coded.
    pub expected: Option<(String, String)>,
    /// The expected modality, when the example says it.
    pub modality: Option<String>,
    /// Where it is written, as `file:line`.
    pub rule: String,
}

/// Parses one pattern file. `file` names it in errors.
pub fn parse_file(file: &str, text: &str) -> Result<(Vec<Pattern>, Vec<Example>), CoderError> {
    let mut patterns = Vec::new();
    let mut examples = Vec::new();
    for block in parse_blocks(file, text)? {
        parse_block(file, &block, &mut patterns, &mut examples)?;
    }
    Ok((patterns, examples))
}

fn parse_block(
    file: &str,
    block: &RawBlock,
    patterns: &mut Vec<Pattern>,
    examples: &mut Vec<Example>,
) -> Result<(), CoderError> {
    let cameo = &block.kind;
    check_code(file, block)?;
    let mut has_pattern = false;
    let mut has_example = false;
    for field in &block.fields {
        let rule = format!("{file}:{}", field.line);
        let invalid = |message: String| CoderError::invalid(file, field.line, message);
        let (key, lang) = match field.key.split_once('.') {
            Some((key, "fr")) => (key, Some(Lang::Fr)),
            Some((key, "en")) => (key, Some(Lang::En)),
            Some((_, other)) => return Err(invalid(format!("unknown language `{other}`"))),
            None => (field.key.as_str(), None),
        };
        match (key, lang) {
            ("fr", None) | ("en", None) => {
                let lang = if key == "fr" { Lang::Fr } else { Lang::En };
                let elements = parse_elements(&field.value).map_err(invalid)?;
                patterns.push(Pattern {
                    cameo: cameo.clone(),
                    name: block.id.clone(),
                    lang,
                    rule,
                    elements,
                });
                has_pattern = true;
            }
            ("example", Some(lang)) => {
                examples.push(parse_example(&field.value, lang, cameo, rule).map_err(invalid)?);
                has_example = true;
            }
            _ => return Err(invalid(format!("unknown field `{}`", field.key))),
        }
    }
    if !has_pattern || !has_example {
        return Err(CoderError::invalid(
            file,
            block.line,
            "a pattern block needs at least one `fr`/`en` pattern and one `example`",
        ));
    }
    Ok(())
}

/// Checks that a block's header is a CAMEO code (two to four digits, root 01–20).
pub(crate) fn check_code(file: &str, block: &RawBlock) -> Result<(), CoderError> {
    let cameo = &block.kind;
    if !(2..=4).contains(&cameo.len()) || !cameo.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CoderError::invalid(
            file,
            block.line,
            format!("`{cameo}` is not a CAMEO code (two to four digits)"),
        ));
    }
    let root: u32 = cameo[..2].parse().unwrap_or(0);
    if !(1..=20).contains(&root) {
        return Err(CoderError::invalid(
            file,
            block.line,
            format!("CAMEO root `{}` is not between 01 and 20", &cameo[..2]),
        ));
    }
    Ok(())
}

fn parse_elements(value: &str) -> Result<Vec<Element>, String> {
    let mut elements: Vec<Element> = Vec::new();
    let mut gap = 0;
    for item in value.split_whitespace() {
        if let Some(n) = item.strip_prefix('~') {
            gap = if n.is_empty() {
                3
            } else {
                n.parse()
                    .map_err(|_| format!("`{item}` is not a gap (`~` or `~N`)"))?
            };
            if elements.is_empty() {
                return Err("a pattern cannot start with a gap".into());
            }
            continue;
        }
        let words = item
            .split('/')
            .map(|alt| {
                if alt.is_empty() {
                    return Err(format!("empty alternative in `{item}`"));
                }
                let folded = vigie_text::fold(alt);
                Ok(match folded.strip_suffix('*') {
                    Some(prefix) if prefix.chars().count() >= 3 => Word::Prefix(prefix.to_string()),
                    Some(_) => return Err(format!("prefix `{alt}` is shorter than three letters")),
                    None => Word::Exact(folded),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        elements.push(Element {
            words,
            max_gap: gap,
        });
        gap = 0;
    }
    if elements.is_empty() {
        return Err("empty pattern".into());
    }
    Ok(elements)
}

pub(crate) fn parse_example(
    value: &str,
    lang: Lang,
    cameo: &str,
    rule: String,
) -> Result<Example, String> {
    let (text, expect) = value
        .rsplit_once("=>")
        .ok_or("an example needs `=> SOURCE>TARGET` or `=> none`")?;
    let mut words = expect.split_whitespace();
    let first = words.next().ok_or("nothing after `=>`")?;
    let expected = if first == "none" {
        None
    } else {
        let (s, t) = first
            .split_once('>')
            .ok_or_else(|| format!("`{first}` is not SOURCE>TARGET"))?;
        Some((s.to_string(), t.to_string()))
    };
    Ok(Example {
        text: text.trim().to_string(),
        lang,
        cameo: cameo.to_string(),
        expected,
        modality: words.next().map(str::to_string),
        rule,
    })
}
