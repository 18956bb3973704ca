//! CoNLL-U, the Universal Dependencies file format: reading treebanks, writing parses.
//!
//! A sentence is a block of tab-separated lines, one per syntactic word, after `#`
//! comments and before a blank line. Multiword tokens (`1-2 du`) are kept as ranges so
//! that output can show them; empty nodes (`8.1`) belong to enhanced dependencies and
//! are skipped. Errors name the line.

use std::fmt::Write as _;

use crate::SyntaxError;

/// One syntactic word as a treebank gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UdWord {
    /// Surface form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal part of speech.
    pub upos: String,
    /// Morphological features, `_` when none.
    pub feats: String,
    /// Head, 1-based; 0 is the root.
    pub head: usize,
    /// Dependency relation, with its subtype (`nsubj:pass`).
    pub deprel: String,
    /// The MISC column, `_` when empty.
    pub misc: String,
}

/// A multiword token: words `first..=last` are written as `form` in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UdToken {
    /// First word, 1-based.
    pub first: usize,
    /// Last word, 1-based.
    pub last: usize,
    /// Surface form of the whole token.
    pub form: String,
    /// The MISC column, `_` when empty.
    pub misc: String,
}

/// One sentence of a treebank or of a parse.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UdSentence {
    /// Comment lines without their `# ` (`sent_id = …`, `text = …`).
    pub comments: Vec<String>,
    /// Syntactic words in order.
    pub words: Vec<UdWord>,
    /// Multiword tokens.
    pub tokens: Vec<UdToken>,
}

fn bad(file: &str, line: usize, what: impl Into<String>) -> SyntaxError {
    SyntaxError::Conllu {
        file: file.to_string(),
        line,
        message: what.into(),
    }
}

/// Reads every sentence of a CoNLL-U text; `file` names it in errors.
pub fn read(text: &str, file: &str) -> Result<Vec<UdSentence>, SyntaxError> {
    let mut sentences = Vec::new();
    let mut current = UdSentence::default();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if !current.words.is_empty() {
                check_heads(&current, file, line_no)?;
                sentences.push(std::mem::take(&mut current));
            } else {
                current = UdSentence::default();
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            current.comments.push(comment.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(bad(
                file,
                line_no,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        let id = cols[0];
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a >= 1 && a <= b => (a, b),
                _ => {
                    return Err(bad(
                        file,
                        line_no,
                        format!("bad multiword token range {id:?}"),
                    ))
                }
            };
            current.tokens.push(UdToken {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let expected = current.words.len() + 1;
        if id.parse::<usize>().ok() != Some(expected) {
            return Err(bad(
                file,
                line_no,
                format!("expected word id {expected}, found {id:?}"),
            ));
        }
        let head = match cols[6] {
            "_" => 0,
            h => h
                .parse::<usize>()
                .map_err(|_| bad(file, line_no, format!("bad head {h:?}")))?,
        };
        current.words.push(UdWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !current.words.is_empty() {
        check_heads(&current, file, text.lines().count())?;
        sentences.push(current);
    }
    Ok(sentences)
}

fn check_heads(s: &UdSentence, file: &str, line: usize) -> Result<(), SyntaxError> {
    match s.words.iter().position(|w| w.head > s.words.len()) {
        Some(i) => Err(bad(
            file,
            line,
            format!(
                "word {} has head {} outside its sentence",
                i + 1,
                s.words[i].head
            ),
        )),
        None => Ok(()),
    }
}

impl UdSentence {
    /// The value of a `key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }

    /// Appends the sentence in CoNLL-U, blank line included.
    pub fn write(&self, out: &mut String) {
        for c in &self.comments {
            let _ = writeln!(out, "# {c}");
        }
        let mut tokens = self.tokens.iter().peekable();
        for (i, w) in self.words.iter().enumerate() {
            let id = i + 1;
            while let Some(t) = tokens.next_if(|t| t.first == id) {
                let _ = writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    t.first, t.last, t.form, t.misc
                );
            }
            let _ = writeln!(
                out,
                "{id}\t{}\t{}\t{}\t_\t{}\t{}\t{}\t_\t{}",
                w.form, w.lemma, w.upos, w.feats, w.head, w.deprel, w.misc
            );
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = s1\n# text = Il vient du Mali.\n1\tIl\til\tPRON\t_\tPerson=3\t2\tnsubj\t_\t_\n2\tvient\tvenir\tVERB\t_\t_\t0\troot\t_\t_\n3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n5\tMali\tMali\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n5.1\tx\tx\tX\t_\t_\t_\t_\t_\t_\n6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_tokens_and_comments_and_writes_them_back() {
        let s = read(SAMPLE, "t").unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 6);
        assert_eq!(s[0].comment("text"), Some("Il vient du Mali."));
        assert_eq!(s[0].tokens[0].form, "du");
        assert_eq!(s[0].words[4].deprel, "obl");
        let mut out = String::new();
        s[0].write(&mut out);
        assert_eq!(read(&out, "t").unwrap(), s);
    }

    #[test]
    fn errors_name_the_line() {
        let err = read("1\tIl\til\tPRON\t_\t_\tx\tnsubj\t_\t_\n", "f.conllu").unwrap_err();
        assert_eq!(err.to_string(), "f.conllu:1: bad head \"x\"");
        let err = read("# c\n2\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n", "f.conllu").unwrap_err();
        assert!(err.to_string().starts_with("f.conllu:2:"), "{err}");
    }
}
