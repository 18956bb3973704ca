//! Checks of the bundled tables: invariants over every code, and spot checks of values
//! read from the CAMEO codebook, the Goldstein scale and the PLOVER manual.

use vigie_ontology::{Ontology, PloverType};

fn ontology() -> &'static Ontology {
    Ontology::bundled()
}

#[test]
fn table_sizes() {
    let o = ontology();
    assert_eq!(o.all_cameo().len(), 316);
    assert_eq!(o.all_cameo().filter(|c| c.code.len() == 2).count(), 20);
    assert_eq!(o.plover_types().len(), 16);
}

#[test]
fn every_code_has_a_root_01_to_20_and_a_name() {
    for code in ontology().all_cameo() {
        let root: u8 = code.root().parse().unwrap();
        assert!((1..=20).contains(&root), "{}", code.code);
        assert!(ontology().cameo(code.root()).is_some(), "{}", code.code);
        assert!(!code.name.trim().is_empty(), "{}", code.code);
        if let Some(parent) = code.parent() {
            assert!(
                ontology().cameo(parent).is_some(),
                "{} has no parent",
                code.code
            );
        }
    }
}

#[test]
fn every_goldstein_score_is_within_the_scale() {
    for code in ontology().all_cameo() {
        assert!((-10.0..=10.0).contains(&code.goldstein), "{}", code.code);
    }
}

#[test]
fn quad_class_follows_the_root() {
    for code in ontology().all_cameo() {
        let expected = match code.root() {
            "01" | "02" | "03" | "04" | "05" => 1,
            "06" | "07" | "08" => 2,
            "09" | "10" | "11" | "12" | "13" => 3,
            _ => 4,
        };
        assert_eq!(code.quad_class, expected, "{}", code.code);
    }
}

/// PLOVER drops CAMEO's comments; these, and only these, have no PLOVER type.
const NOT_CODED_IN_PLOVER: &[&str] =
    &["01", "010", "011", "012", "013", "014", "015", "016", "017"];

#[test]
fn every_code_maps_to_a_plover_type_except_public_statements() {
    for code in ontology().all_cameo() {
        let plover = ontology().plover(&code.code);
        if NOT_CODED_IN_PLOVER.contains(&code.code.as_str()) {
            assert_eq!(plover, None, "{}", code.code);
            continue;
        }
        let plover = plover.unwrap_or_else(|| panic!("{} maps to nothing", code.code));
        let def = ontology().plover_type(plover.name).unwrap();
        if let Some(mode) = plover.mode {
            assert!(def.modes.iter().any(|m| m == mode), "{}: {mode}", code.code);
        }
    }
}

#[test]
fn plover_types_and_quad_categories() {
    let expected = [
        ("AGREE", 1),
        ("CONSULT", 1),
        ("SUPPORT", 1),
        ("CONCEDE", 1),
        ("COOPERATE", 2),
        ("AID", 2),
        ("RETREAT", 2),
        ("REQUEST", 3),
        ("ACCUSE", 3),
        ("REJECT", 3),
        ("THREATEN", 3),
        ("PROTEST", 4),
        ("SANCTION", 4),
        ("MOBILIZE", 4),
        ("COERCE", 4),
        ("ASSAULT", 4),
    ];
    let actual: Vec<(&str, u8)> = ontology()
        .plover_types()
        .map(|t| (t.name.as_str(), t.quad_class))
        .collect();
    assert_eq!(actual, expected);
    let assault = ontology().plover_type("ASSAULT").unwrap();
    for mode in [
        "beat",
        "firearms",
        "explosives",
        "aerial",
        "heavy-weapons",
        "abduct",
    ] {
        assert!(assault.modes.iter().any(|m| m == mode), "{mode}");
    }
    assert!(ontology().plover_type("FIGHT").is_none());
}

#[test]
fn spot_checks_against_the_codebook() {
    // (code, name, goldstein, quad class, root name)
    let cases = [
        (
            "01",
            "Make public statement",
            0.0,
            1,
            "Make public statement",
        ),
        (
            "010",
            "Make statement, not specified below",
            0.0,
            1,
            "Make public statement",
        ),
        ("0211", "Appeal for economic cooperation", 3.4, 1, "Appeal"),
        ("042", "Make a visit", 1.9, 1, "Consult"),
        ("043", "Host a visit", 2.8, 1, "Consult"),
        (
            "057",
            "Sign formal agreement",
            8.0,
            1,
            "Engage in diplomatic cooperation",
        ),
        (
            "074",
            "Provide military protection or peacekeeping",
            8.5,
            2,
            "Provide aid",
        ),
        ("0874", "Retreat or surrender militarily", 10.0, 2, "Yield"),
        ("111", "Criticize or denounce", -2.0, 3, "Disapprove"),
        ("1123", "Accuse of aggression", -2.0, 3, "Disapprove"),
        ("130", "Threaten, not specified below", -4.4, 3, "Threaten"),
        (
            "161",
            "Reduce or break diplomatic relations",
            -4.0,
            4,
            "Reduce relations",
        ),
        (
            "173",
            "Arrest, detain, or charge with legal action",
            -5.0,
            4,
            "Coerce",
        ),
        ("1823", "Kill by physical assault", -10.0, 4, "Assault"),
        (
            "190",
            "Use conventional military force, not specified below",
            -10.0,
            4,
            "Fight",
        ),
        (
            "1952",
            "Employ remotely piloted aerial munitions",
            -10.0,
            4,
            "Fight",
        ),
        (
            "2042",
            "Detonate nuclear weapons",
            -10.0,
            4,
            "Use unconventional mass violence",
        ),
    ];
    for (code, name, goldstein, quad, root) in cases {
        let c = ontology()
            .cameo(code)
            .unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(c.name, name, "{code}");
        assert_eq!(c.goldstein, goldstein, "{code}");
        assert_eq!(c.quad_class, quad, "{code}");
        assert_eq!(ontology().root_name(code), Some(root), "{code}");
    }
}

#[test]
fn plover_lookup_falls_back_to_the_most_specific_line() {
    let cases = [
        // 1621 has no line: its parent 162 gives the mode.
        ("1621", "SANCTION", Some("withdraw")),
        // 161 has its own line.
        ("161", "SANCTION", Some("sever")),
        // 1124 has its own line; 1125's parent 112 would give the same.
        ("1124", "ACCUSE", Some("allege")),
        // 0211 has no line: its parent 021 gives the mode.
        ("0211", "REQUEST", Some("assist")),
        // 1712 overrides 171.
        ("1712", "ASSAULT", Some("destroy")),
        ("1711", "COERCE", Some("confiscate")),
        // 084-087 are RETREAT while 081-083 are CONCEDE.
        ("0831", "CONCEDE", None),
        ("0841", "RETREAT", Some("release")),
        // FIGHT and mass violence fold into ASSAULT; 191 and 192 are COERCE.
        ("193", "ASSAULT", Some("firearms")),
        ("1951", "ASSAULT", Some("aerial")),
        ("191", "COERCE", Some("restrict")),
        ("2041", "ASSAULT", Some("cbrn")),
        // 09 investigate is ACCUSE.
        ("094", "ACCUSE", Some("investigate")),
    ];
    for (code, name, mode) in cases {
        assert_eq!(
            ontology().plover(code),
            Some(PloverType { name, mode }),
            "{code}"
        );
    }
}

#[test]
fn unknown_codes_give_nothing() {
    let o = ontology();
    for code in ["", "1", "00", "21", "1999", "0215", "16a", "16111"] {
        assert!(o.cameo(code).is_none(), "{code}");
        assert!(o.plover(code).is_none(), "{code}");
        assert!(o.root_name(code).is_none(), "{code}");
    }
}

#[test]
fn serializes_to_json() {
    let code = ontology().cameo("161").unwrap();
    let json = serde_json::to_string(code).unwrap();
    assert_eq!(
        json,
        r#"{"code":"161","name":"Reduce or break diplomatic relations","goldstein":-4.0,"quad_class":4}"#
    );
    let plover = serde_json::to_string(&ontology().plover("161").unwrap()).unwrap();
    assert_eq!(plover, r#"{"name":"SANCTION","mode":"sever"}"#);
}
