//! Recognition, second stage: pieces composed into actor mentions.
//!
//! Composition rules, each tried from a role noun or a name:
//! - role + adjective: `l’armée malienne`, `des orpailleurs soudanais et tchadiens`
//!   (coordinated adjectives give one actor each);
//! - adjective + role: `the Malian army`;
//! - role + `de`/`of` + country, capital, organisation or composed role:
//!   `l’état-major de l’armée malienne`, `the government of Mali`;
//! - name + `’s` + role: `Algeria's foreign ministry`;
//! - role + person: `le président angolais João Lourenço` (the person's term decides);
//! - a capital is its government unless [`crate::context`] reads it as a place
//!   (`selon Bamako` acts; `à Bamako` is coded `MLI`, without role, `locative`).
//!
//! A preceding article or contraction (`le`, `l’`, `du`, `aux`, `the`) joins the span.

use std::collections::HashMap;

use vigie_core::{Lang, Span, Token};

use crate::context::{self, LEADING};
use crate::entry::EntryKind;
use crate::mention::{ActorMention, Coding, MentionKind};
use crate::period::{term_at, Date};
use crate::recognize::{Piece, What};
use crate::Lexicon;

/// Words linking a role to its country or organisation.
const OF: &[&str] = &["de", "du", "des", "d'", "of"];
/// Words coordinating adjectives.
const AND: &[&str] = &[",", "et", "ou", "and", "or"];

/// A mention in the making: its coding, token range and how it was found.
pub(crate) struct Draft {
    pub coding: Coding,
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    pub locative: bool,
}

/// Composes the pieces of one sentence into drafts; `aliases` resolves alias pieces.
pub(crate) fn compose(
    lexicon: &Lexicon,
    tokens: &[Token],
    pieces: &[Piece],
    aliases: &HashMap<String, (Coding, MentionKind)>,
    date: Option<Date>,
    lang: Lang,
) -> Vec<Draft> {
    let c = Composer {
        lexicon,
        tokens,
        pieces,
        date,
    };
    let mut drafts = Vec::new();
    let mut k = 0;
    while k < pieces.len() {
        let piece = &pieces[k];
        let next = match &piece.what {
            What::Ignore => k + 1,
            What::Role { .. } => c.role(k, &mut drafts),
            What::Adjective { entry, demonym } => match pieces.get(k + 1) {
                Some(role) if role.start == piece.end && matches!(role.what, What::Role { .. }) => {
                    let mut extra = Vec::new();
                    let next = c.role(k + 1, &mut extra);
                    if let Some(mut first) = extra.into_iter().next() {
                        c.adopt(&mut first.coding, *entry);
                        first.start = c.lead(piece.start);
                        drafts.push(first);
                    }
                    next
                }
                _ if *demonym => {
                    let mut coding = c.entry_coding(*entry);
                    coding.role = None;
                    drafts.push(c.draft(coding, piece.start, piece.end, MentionKind::Demonym));
                    k + 1
                }
                // a common noun qualified by a country adjective (`une délégation
                // tchadienne`, `le territoire algérien`) stands for that country
                _ => {
                    let is_noun = |n: usize| {
                        c.tokens.get(n).is_some_and(|t| {
                            t.kind == vigie_core::TokenKind::Word
                                && t.norm.len() >= 3
                                && t.norm.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                                && !context::is_function_word(&t.norm)
                        })
                    };
                    let before = piece
                        .start
                        .checked_sub(1)
                        .filter(|&n| is_noun(n) && pieces[..k].last().is_none_or(|p| p.end <= n));
                    let after = Some(piece.end)
                        .filter(|&n| is_noun(n) && pieces.get(k + 1).is_none_or(|p| p.start > n));
                    // French puts the adjective after its noun, English before
                    let (before, after) = if lang == Lang::En {
                        (None, after)
                    } else {
                        (
                            before,
                            after.filter(|_| before.is_none() && lang != Lang::Fr),
                        )
                    };
                    let span = match (before, after) {
                        (Some(noun), _) => Some((noun, piece.end)),
                        (None, Some(noun)) => Some((piece.start, noun + 1)),
                        _ => None,
                    };
                    if let Some((start, end)) = span {
                        let mut coding = c.entry_coding(*entry);
                        coding.role = None;
                        drafts.push(c.draft(coding, start, end, MentionKind::Qualified));
                    }
                    // (the noun is a word, not a piece: the next piece is the next
                    // name, `Chadian strikes against the RSF`)
                    k + 1
                }
            },
            What::Capital(entry) => {
                let mut coding = c.entry_coding(*entry);
                if !c.is_place(piece.start) {
                    coding.role = Some("GOV".to_string());
                }
                c.named(k, coding, MentionKind::Capital, &mut drafts)
            }
            What::Name(entry) => {
                let (coding, kind) = c.name_coding(*entry);
                c.named(k, coding, kind, &mut drafts)
            }
            What::Alias(norm) => match aliases.get(norm) {
                Some((coding, _)) => {
                    drafts.push(c.draft(
                        coding.clone(),
                        piece.start,
                        piece.end,
                        MentionKind::Alias,
                    ));
                    k + 1
                }
                None => k + 1,
            },
        };
        k = next.max(k + 1);
    }
    drafts
}

struct Composer<'a> {
    lexicon: &'a Lexicon,
    tokens: &'a [Token],
    pieces: &'a [Piece],
    date: Option<Date>,
}

impl Composer<'_> {
    fn norm(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm.as_str())
    }

    /// The start of a mention once a preceding article joins it.
    fn lead(&self, start: usize) -> usize {
        context::lead(self.tokens, start)
    }

    /// True when the phrase starting at `start` is named as a place.
    fn is_place(&self, start: usize) -> bool {
        context::is_place(self.tokens, start)
    }

    fn draft(&self, coding: Coding, start: usize, end: usize, kind: MentionKind) -> Draft {
        let locative =
            matches!(kind, MentionKind::Country | MentionKind::Capital) && self.is_place(start);
        Draft {
            coding,
            start: self.lead(start),
            end,
            kind,
            locative,
        }
    }

    /// The coding an entry gives by itself.
    fn entry_coding(&self, entry: u32) -> Coding {
        let Some(e) = self.lexicon.entries.get(entry as usize) else {
            return Coding::default();
        };
        Coding {
            country: e.country.clone(),
            org: e.org.clone(),
            role: e.role.clone(),
            members: e.members.clone(),
            entry: e.location(),
        }
    }

    /// The coding of a name, people coded by their term at the document date.
    fn name_coding(&self, entry: u32) -> (Coding, MentionKind) {
        let mut coding = self.entry_coding(entry);
        let Some(e) = self.lexicon.entries.get(entry as usize) else {
            return (coding, MentionKind::Org);
        };
        let kind = match e.kind {
            EntryKind::Country => MentionKind::Country,
            EntryKind::Group => MentionKind::Group,
            EntryKind::Person => MentionKind::Person,
            _ => MentionKind::Org,
        };
        if e.kind == EntryKind::Person {
            match term_at(&e.terms, self.date) {
                Some(term) => {
                    coding.country = Some(term.country.clone());
                    coding.role = Some(term.role.clone());
                }
                None => {
                    // Out of office at the document date: still of his country, but an
                    // elite rather than the office holder.
                    let nearest = e
                        .terms
                        .iter()
                        .filter(|t| self.date.is_some_and(|d| t.from <= d))
                        .max_by_key(|t| t.from);
                    coding.country = nearest.or(e.terms.first()).map(|t| t.country.clone());
                    coding.role = Some("ELI".to_string());
                }
            }
        }
        (coding, kind)
    }

    /// Takes the country or organisation of an adjective's entry when none is set.
    fn adopt(&self, coding: &mut Coding, adjective_entry: u32) {
        if coding.country.is_some() || coding.org.is_some() {
            return;
        }
        let from = self.entry_coding(adjective_entry);
        coding.country = from.country;
        coding.org = from.org;
        coding.members = from.members;
        coding.entry = format!("{} + {}", coding.entry, from.entry);
    }

    /// A name or capital at piece `k`, possibly followed by `’s` and a role.
    fn named(&self, k: usize, coding: Coding, kind: MentionKind, drafts: &mut Vec<Draft>) -> usize {
        let piece = &self.pieces[k];
        if self.norm(piece.end) == "'s" {
            if let Some(role) = self.pieces.get(k + 1) {
                if role.start == piece.end + 1 && matches!(role.what, What::Role { .. }) {
                    let mut extra = Vec::new();
                    let next = self.role(k + 1, &mut extra);
                    if let Some(mut first) = extra.into_iter().next() {
                        if first.coding.country.is_none() && first.coding.org.is_none() {
                            first.coding.entry =
                                format!("{} + {}", first.coding.entry, coding.entry);
                            first.coding.country = coding.country;
                            first.coding.org = coding.org;
                            first.coding.members = coding.members;
                        }
                        first.start = self.lead(piece.start);
                        drafts.push(first);
                        return next;
                    }
                }
            }
        }
        drafts.push(self.draft(coding, piece.start, piece.end, kind));
        k + 1
    }

    /// A role at piece `k` and what completes it; returns the next piece index.
    fn role(&self, k: usize, drafts: &mut Vec<Draft>) -> usize {
        let piece = &self.pieces[k];
        let What::Role { entry, inserted } = piece.what else {
            return k + 1;
        };
        let mut coding = self.entry_coding(entry);
        if let Some(adjective) = inserted {
            self.adopt(&mut coding, adjective);
        }
        let start = self.lead(piece.start);
        let mut end = piece.end;
        let mut next = k + 1;
        let mut coordinated = Vec::new();
        let mut chain_end = end;
        if let Some(Piece {
            what: What::Adjective {
                entry: adjective, ..
            },
            end: adj_end,
            start: adj_start,
        }) = self.pieces.get(next)
        {
            if *adj_start == end && coding.country.is_none() && coding.org.is_none() {
                self.adopt(&mut coding, *adjective);
                end = *adj_end;
                chain_end = end;
                next += 1;
                // Coordinated adjectives: one more actor each, same role.
                while let Some(Piece {
                    what: What::Adjective { entry: other, .. },
                    start: s,
                    end: e,
                }) = self.pieces.get(next)
                {
                    let gap = chain_end..*s;
                    if gap.is_empty()
                        || gap.len() > 2
                        || !gap.clone().all(|i| AND.contains(&self.norm(i)))
                    {
                        break;
                    }
                    let mut extra = self.entry_coding(entry);
                    self.adopt(&mut extra, *other);
                    coordinated.push(Draft {
                        coding: extra,
                        start: *s,
                        end: *e,
                        kind: MentionKind::Role,
                        locative: false,
                    });
                    chain_end = *e;
                    next += 1;
                }
            }
        }
        if coding.country.is_none() && coding.org.is_none() {
            if let Some((of_coding, of_end, of_next)) = self.of_complement(end, next) {
                coding.entry = format!("{} + {}", coding.entry, of_coding.entry);
                coding.country = of_coding.country;
                coding.org = of_coding.org;
                coding.members = of_coding.members;
                end = of_end;
                next = of_next;
            }
        }
        if let Some(person) = self.pieces.get(next) {
            if let (true, What::Name(p)) = (person.start == chain_end, &person.what) {
                let (person_coding, kind) = self.name_coding(*p);
                if kind == MentionKind::Person {
                    drafts.push(Draft {
                        coding: person_coding,
                        start,
                        end: person.end,
                        kind,
                        locative: false,
                    });
                    drafts.extend(coordinated);
                    return next + 1;
                }
            }
        }
        drafts.push(Draft {
            coding,
            start,
            end,
            kind: MentionKind::Role,
            locative: false,
        });
        drafts.extend(coordinated);
        next
    }

    /// `de`/`of` (+ article) + country, capital, organisation or composed role, after
    /// token `end` where piece `next` should start. Returns its coding, end and next piece.
    fn of_complement(&self, end: usize, next: usize) -> Option<(Coding, usize, usize)> {
        let mut i = end;
        if !OF.contains(&self.norm(i)) {
            return None;
        }
        i += 1;
        while LEADING.contains(&self.norm(i)) {
            i += 1;
        }
        let piece = self.pieces.get(next).filter(|p| p.start == i)?;
        match &piece.what {
            What::Name(entry) => {
                let (coding, kind) = self.name_coding(*entry);
                (kind != MentionKind::Person).then_some((coding, piece.end, next + 1))
            }
            What::Capital(entry) => Some((self.entry_coding(*entry), piece.end, next + 1)),
            What::Role { .. } => {
                let mut inner = Vec::new();
                let after = self.role(next, &mut inner);
                let first = inner.into_iter().next()?;
                (first.coding.country.is_some() || first.coding.org.is_some()).then_some((
                    first.coding,
                    first.end,
                    after,
                ))
            }
            _ => None,
        }
    }
}

/// Turns a draft into a mention over `text`.
pub(crate) fn to_mention(text: &str, tokens: &[Token], draft: &Draft) -> Option<ActorMention> {
    let first = tokens.get(draft.start)?;
    let last = tokens.get(draft.end.checked_sub(1)?)?;
    let span = Span {
        start: first.span.start,
        end: last.span.end,
    };
    Some(draft.coding.mention(text, span, draft.kind, draft.locative))
}
