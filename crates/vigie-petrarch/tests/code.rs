//! Coding with small dictionaries written here, in PETRARCH's formats: each test is a
//! sentence and the (source, target, code) triples it must give.

use std::path::Path;

use vigie_petrarch::read::Source;
use vigie_petrarch::{Coder, Dictionaries};

const VERBS: &str = "\
&TIES
+TIES
+RELATIONS_

--- RESTORE [064] ---
RESTORE
- * &TIES [064]
- * TALKS [046]

--- VISIT [042:043] ---
VISIT

--- ATTACK [190] ---
ATTACK
SHELL

--- POSTPONE [---] ---
POSTPONE
- * MEETING [191]
";

const ACTORS: &str = "\
ARNOR_ [ARN]
+ARNORIAN_
GONDOR_ [GON]
OSGILIATH_ [OSG]
THE_SHIRE_ [FRO/SAM]
HAMFAST_GAMGEE_
\t[HOB <20100101]
\t[HOBGOV 20100101-20121231]
";

const AGENTS: &str = "\
GOVERNMENT [~GOV]
SOLDIER [~MIL]
POLICE {} [~COP]
MINISTER [~GOV]
";

fn coder() -> Coder {
    let mut d = Dictionaries::default();
    assert!(d
        .verbs
        .read(&Source::from_text(Path::new("v.txt"), VERBS))
        .is_empty());
    assert!(d
        .actors
        .read(&Source::from_text(Path::new("a.txt"), ACTORS))
        .is_empty());
    assert!(d
        .agents
        .read(&Source::from_text(Path::new("g.txt"), AGENTS))
        .is_empty());
    Coder::new(d)
}

fn check(text: &str, day: Option<u32>, expected: &[&str]) {
    let mut got: Vec<String> = coder()
        .code_text(text, day)
        .into_iter()
        .map(|e| format!("{}>{}:{}", e.source.code, e.target.code, e.code))
        .collect();
    got.sort();
    got.dedup();
    let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(got, expected, "{text}");
}

#[test]
fn a_pattern_with_a_set_gives_its_code() {
    check(
        "Arnor restored diplomatic relations with Gondor.",
        None,
        &["ARN>GON:064"],
    );
    check("Arnor restored talks with Gondor.", None, &["ARN>GON:046"]);
}

#[test]
fn agents_compose_with_the_actor_that_qualifies_them() {
    check(
        "The Arnorian government restored ties with Gondor.",
        None,
        &["ARNGOV>GON:064"],
    );
    check(
        "Soldiers from Gondor attacked Osgiliath.",
        None,
        &["GONMIL>OSG:190"],
    );
    check(
        "Gondor's police attacked Osgiliath.",
        None,
        &["GONCOP>OSG:190"],
    );
}

#[test]
fn a_two_way_code_codes_the_visit_and_the_host() {
    check(
        "The Arnor minister visited Gondor.",
        None,
        &["ARNGOV>GON:042", "GON>ARNGOV:043"],
    );
}

#[test]
fn coordination_distributes_and_a_shared_act_is_mutual() {
    check(
        "Arnor and Gondor attacked Osgiliath.",
        None,
        &["ARN>OSG:190", "GON>OSG:190"],
    );
    check(
        "Arnor and Gondor postponed their meeting.",
        None,
        &["ARN>GON:191", "GON>ARN:191"],
    );
}

#[test]
fn a_name_for_several_actors_gives_each_its_event() {
    check(
        "The Shire attacked Gondor.",
        None,
        &["FRO>GON:190", "SAM>GON:190"],
    );
}

#[test]
fn dated_codes_follow_the_sentence_date() {
    check(
        "Hamfast Gamgee attacked Gondor.",
        Some(20050101),
        &["HOB>GON:190"],
    );
    check(
        "Hamfast Gamgee attacked Gondor.",
        Some(20110101),
        &["HOBGOV>GON:190"],
    );
}

#[test]
fn no_target_and_passives_without_agent_code_nothing() {
    check("Arnor attacked.", None, &[]);
    check("Gondor was attacked on Monday.", None, &[]);
    check("Gondor was attacked by Arnor.", None, &["ARN>GON:190"]);
}
