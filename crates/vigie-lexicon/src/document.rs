//! Recognition over a whole document: sentences in order, with the aliases it defines.
//!
//! An acronym in parentheses right after an actor (`Front de libération de l’Azawad
//! (FLA)`, `Comité d’état-major conjoint (Cemoc)`) joins that actor's mention and is
//! bound to its coding for the rest of the document, whether or not a dictionary knows
//! it; the same holds for unresolved phrases, so their acronym stays reviewable as one.
//! A [`Recognizer`] holds that per-document state; the [`Lexicon`] stays immutable and
//! shareable across threads.

use std::collections::HashMap;

use vigie_core::{Lang, Sentence, Span, Token, TokenKind};

use crate::compose::{compose, to_mention, Draft};
use crate::mention::{ActorMention, Coding, MentionKind};
use crate::period::Date;
use crate::recognize::{find_pieces, is_capitalised};
use crate::unknown::find_unknown;
use crate::Lexicon;

/// Recognises actors in the sentences of one document, in order.
#[derive(Debug)]
pub struct Recognizer<'l> {
    lexicon: &'l Lexicon,
    date: Option<Date>,
    aliases: HashMap<String, (Coding, MentionKind)>,
}

impl Lexicon {
    /// A recogniser for one document. `date` is the document date, which decides the
    /// office of people; without it, people are coded by their latest term.
    pub fn recognizer(&self, date: Option<Date>) -> Recognizer<'_> {
        Recognizer {
            lexicon: self,
            date,
            aliases: HashMap::new(),
        }
    }

    /// Recognises the actors of a whole document: `tokens` are the document's tokens,
    /// `sentences` index into them (when empty, all tokens form one sentence).
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        date: Option<Date>,
    ) -> Vec<ActorMention> {
        let mut recognizer = self.recognizer(date);
        if sentences.is_empty() {
            return recognizer.sentence(text, tokens, Lang::Other);
        }
        sentences
            .iter()
            .filter_map(|s| Some((tokens.get(s.tokens.clone())?, s.lang)))
            .flat_map(|(sentence, lang)| recognizer.sentence(text, sentence, lang))
            .collect()
    }
}

impl Recognizer<'_> {
    /// The acronyms bound so far in this document, sorted.
    pub fn aliases(&self) -> Vec<&str> {
        let mut aliases: Vec<&str> = self.aliases.keys().map(String::as_str).collect();
        aliases.sort_unstable();
        aliases
    }

    /// Recognises the actors of one sentence (its tokens, whose spans index `text`),
    /// in text order, and binds the aliases it defines. `lang` breaks ties between
    /// phrases written for one language (`Lang::Other` when unknown).
    pub fn sentence(&mut self, text: &str, tokens: &[Token], lang: Lang) -> Vec<ActorMention> {
        let pieces = find_pieces(self.lexicon, text, tokens, lang, |norm| {
            self.aliases.contains_key(norm)
        });
        let mut drafts = compose(
            self.lexicon,
            tokens,
            &pieces,
            &self.aliases,
            self.date,
            lang,
        );
        let mut covered = vec![false; tokens.len()];
        for piece in &pieces {
            covered[piece.start..piece.end]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        self.bind_aliases(text, tokens, &mut drafts, &mut covered);
        for draft in &drafts {
            covered[draft.start..draft.end]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        let mut unknown: Vec<Draft> = find_unknown(text, tokens, &covered)
            .into_iter()
            .map(|(start, end, kind)| Draft {
                coding: Coding::default(),
                start,
                end,
                kind,
                locative: false,
            })
            .collect();
        self.bind_aliases(text, tokens, &mut unknown, &mut covered);
        drafts.extend(unknown);
        // Longest first at each start, then drop drafts inside a kept one (an acronym
        // that a `(FLA)` alias definition absorbed).
        drafts.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
        let mut kept_end = 0;
        let mut mentions = Vec::with_capacity(drafts.len());
        for draft in &drafts {
            if draft.end <= kept_end && !mentions.is_empty() {
                continue;
            }
            kept_end = draft.end;
            mentions.extend(to_mention(text, tokens, draft));
        }
        mentions
    }

    /// Extends drafts followed by `( ACRONYM )` over it and binds the acronym.
    fn bind_aliases(
        &mut self,
        text: &str,
        tokens: &[Token],
        drafts: &mut [Draft],
        covered: &mut [bool],
    ) {
        for draft in drafts.iter_mut() {
            let e = draft.end;
            let (Some(open), Some(alias), Some(close)) =
                (tokens.get(e), tokens.get(e + 1), tokens.get(e + 2))
            else {
                continue;
            };
            let looks_like_acronym = match alias.kind {
                TokenKind::Acronym => true,
                TokenKind::Word => is_capitalised(text, alias) && !alias.norm.contains(' '),
                _ => false,
            };
            if open.norm != "(" || close.norm != ")" || !looks_like_acronym {
                continue;
            }
            if self.dictionary_agrees(&alias.norm, &draft.coding) {
                // `Union africaine (UA)`: the dictionary already says so; keep its entry.
                draft.end = e + 3;
                covered[e..e + 3].iter_mut().for_each(|c| *c = true);
                continue;
            }
            let mut coding = draft.coding.clone();
            if !coding.is_resolved() {
                coding.entry = format!(
                    "alias of «{}»",
                    span_text(text, tokens, draft.start, draft.end)
                );
            }
            self.aliases
                .insert(alias.norm.to_string(), (coding, draft.kind));
            draft.end = e + 3;
            covered[e..e + 3].iter_mut().for_each(|c| *c = true);
        }
    }
}

impl Recognizer<'_> {
    /// True when the dictionary reads `norm` as a name with the same country and
    /// organisation as `coding`.
    fn dictionary_agrees(&self, norm: &str, coding: &Coding) -> bool {
        let Some(coding_of) = self.lexicon.name_coding(norm) else {
            return false;
        };
        coding_of.0 == coding.country && coding_of.1 == coding.org
    }
}

fn span_text<'t>(text: &'t str, tokens: &[Token], start: usize, end: usize) -> &'t str {
    match (
        tokens.get(start),
        end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) {
        (Some(first), Some(last)) => text
            .get(
                Span {
                    start: first.span.start,
                    end: last.span.end,
                }
                .range(),
            )
            .unwrap_or_default(),
        _ => "",
    }
}
