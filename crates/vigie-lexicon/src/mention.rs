//! The recogniser's output: one actor mention with its CAMEO-style coding.
//!
//! A mention is what the text says, where (a byte span into the original document),
//! and how it is coded: a country (ISO alpha-3), an organisation key, a role, and the
//! code built from them (`DZAMIL`, `AES`). Unresolved mentions (capitalised phrases
//! that no dictionary knows) are kept with `resolved: false` so users can review them.

use serde::Serialize;
use vigie_core::Span;

/// How a mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A country name (`le Mali`, `Algeria`).
    Country,
    /// A capital standing for its government (`Alger a riposté`).
    Capital,
    /// A demonym used as a noun (`les Maliens`, `Malians`).
    Demonym,
    /// A common noun qualified by a country adjective (`une délégation tchadienne`,
    /// `le territoire algérien`): it stands for the country, with no role.
    Qualified,
    /// An organisation (`la Cedeao`, `the African Union`).
    Org,
    /// An armed group or private military company (`le FLA`, `Wagner`).
    Group,
    /// A person, coded by the term of office valid at the document date.
    Person,
    /// A role noun, alone or combined with a country (`l’armée malienne`).
    Role,
    /// An acronym bound to an actor earlier in the same document (`(Fama)`).
    Alias,
    /// A capitalised phrase that looks like an organisation (`Comité mixte de ...`).
    UnknownOrg,
    /// A run of capitalised words that looks like a name (`Alghabass Ag Intalla`).
    UnknownName,
    /// An acronym that no dictionary knows.
    UnknownAcronym,
}

/// One actor mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorMention {
    /// Byte span in the original text, articles included (`l’armée malienne`).
    pub span: Span,
    /// The text the span covers.
    pub text: String,
    /// The country, ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// The organisation or group key (`AES`, `FLA`).
    pub org: Option<String>,
    /// The CAMEO-style role (`GOV`, `MIL`, ...).
    pub role: Option<String>,
    /// The code: country + role (`DZAMIL`), else the organisation key, else the role;
    /// empty for unresolved mentions.
    pub code: String,
    /// Member countries, for organisations that have them (AES: MLI BFA NER).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// The dictionary entries used, as `file:line`, joined with ` + ` when composed.
    pub entry: String,
    /// How it was recognised.
    #[serde(rename = "via")]
    pub kind: MentionKind,
    /// False for mentions that no dictionary resolves.
    pub resolved: bool,
    /// True when a country is named as a place (`au Mali`, `in Algeria`): it may still
    /// be an actor, which the event coder decides.
    pub locative: bool,
}

/// The coding of an actor, shared by a mention and the aliases bound to it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Coding {
    pub country: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub members: Vec<String>,
    pub entry: String,
}

impl Coding {
    /// The CAMEO-style code of this coding.
    pub fn code(&self) -> String {
        match (&self.country, &self.org, &self.role) {
            (Some(country), _, Some(role)) => format!("{country}{role}"),
            (Some(country), _, None) => country.clone(),
            (None, Some(org), _) => org.clone(),
            (None, None, Some(role)) => role.clone(),
            (None, None, None) => String::new(),
        }
    }

    /// True when the coding says anything.
    pub fn is_resolved(&self) -> bool {
        self.country.is_some() || self.org.is_some() || self.role.is_some()
    }

    /// Builds the mention covering `span` of `text`.
    pub fn mention(
        &self,
        text: &str,
        span: Span,
        kind: MentionKind,
        locative: bool,
    ) -> ActorMention {
        ActorMention {
            span,
            text: text.get(span.range()).unwrap_or_default().to_string(),
            country: self.country.clone(),
            org: self.org.clone(),
            role: self.role.clone(),
            code: self.code(),
            members: self.members.clone(),
            entry: self.entry.clone(),
            kind,
            resolved: self.is_resolved(),
            locative,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_cameo_order() {
        let mut coding = Coding {
            country: Some("DZA".into()),
            role: Some("MIL".into()),
            ..Coding::default()
        };
        assert_eq!(coding.code(), "DZAMIL");
        coding.country = None;
        coding.org = Some("AES".into());
        assert_eq!(coding.code(), "AES");
        coding.org = None;
        assert_eq!(coding.code(), "MIL");
        assert!(!Coding::default().is_resolved());
    }

    #[test]
    fn mentions_serialise_spans_as_pairs() {
        let coding = Coding {
            country: Some("MLI".into()),
            entry: "countries.txt:1".into(),
            ..Coding::default()
        };
        let mention = coding.mention("le Mali", Span::new(0, 7), MentionKind::Country, false);
        let json = serde_json::to_string(&mention).unwrap();
        assert!(
            json.starts_with(r#"{"span":[0,7],"text":"le Mali","country":"MLI""#),
            "{json}"
        );
        assert!(json.contains(r#""via":"country""#));
    }
}
