//! Malformed table lines fail with the file and line at fault.

use vigie_ontology::{Ontology, Sources};

const CAMEO: &str = "# comment\n01\tMake public statement\t0.0\t1\n010\tMake statement\t0.0\t1\n19\tFight\t-10.0\t4\n190\tUse conventional military force\t-10.0\t4\n";
const PLOVER: &str = "ASSAULT\t4\tbeat,firearms\tphysical harm\nSUPPORT\t1\t-\tverbal support\n";
const MAPPING: &str = "01\t-\t-\n19\tASSAULT\t-\n190\tASSAULT\tfirearms\tnote\n";

/// Parses the three tables and returns the error as `file:line: message`.
fn check(cameo: &str, plover: &str, mapping: &str) -> String {
    match Ontology::from_texts(Sources {
        cameo,
        plover,
        mapping,
    }) {
        Ok(_) => "ok".to_string(),
        Err(error) => error.to_string(),
    }
}

#[test]
fn well_formed_tables_parse() {
    assert_eq!(check(CAMEO, PLOVER, MAPPING), "ok");
    let o = Ontology::from_texts(Sources {
        cameo: CAMEO,
        plover: PLOVER,
        mapping: MAPPING,
    })
    .unwrap();
    assert_eq!(o.plover("190").unwrap().mode, Some("firearms"));
    assert_eq!(o.plover("010"), None);
}

#[test]
fn windows_line_ends_parse() {
    let crlf = CAMEO.replace('\n', "\r\n");
    assert_eq!(check(&crlf, PLOVER, MAPPING), "ok");
}

#[test]
fn malformed_cameo_lines() {
    let cases = [
        (
            "01\tMake public statement\t0.0\n",
            "cameo.tsv:1: expected 4 tab-separated fields, found 3",
        ),
        (
            "01 Make public statement 0.0 1\n",
            "cameo.tsv:1: expected 4 tab-separated fields, found 1",
        ),
        (
            "1\tX\t0.0\t1\n",
            "cameo.tsv:1: code `1` is not two to four digits",
        ),
        (
            "21\tX\t0.0\t4\n",
            "cameo.tsv:1: code `21` has no root 01-20",
        ),
        (
            "00\tX\t0.0\t1\n",
            "cameo.tsv:1: code `00` has no root 01-20",
        ),
        ("01\t\t0.0\t1\n", "cameo.tsv:1: empty name"),
        (
            "01\tX\tzero\t1\n",
            "cameo.tsv:1: goldstein score `zero` is not a number",
        ),
        (
            "01\tX\t10.5\t1\n",
            "cameo.tsv:1: goldstein score `10.5` is outside [-10, 10]",
        ),
        (
            "01\tX\tNaN\t1\n",
            "cameo.tsv:1: goldstein score `NaN` is outside [-10, 10]",
        ),
        (
            "01\tX\t0.0\t5\n",
            "cameo.tsv:1: quad class `5` is not 1, 2, 3 or 4",
        ),
        (
            "01\tX\t0.0\t1\n\n01\tY\t0.0\t1\n",
            "cameo.tsv:3: duplicate code `01`, first at line 1",
        ),
        (
            "01\tX\t0.0\t1\n0101\tY\t0.0\t1\n",
            "cameo.tsv:2: code `0101` comes before its parent `010`",
        ),
        (
            "01\tX\t0.0\t1\n010\tY\t0.0\t2\n",
            "cameo.tsv:2: quad class 2 differs from its root's 1",
        ),
        (
            "01\t X\t0.0\t1\n",
            "cameo.tsv:1: name ` X` has surrounding spaces",
        ),
    ];
    for (cameo, expected) in cases {
        assert_eq!(check(cameo, PLOVER, "01\t-\t-\n"), expected, "{cameo:?}");
    }
}

#[test]
fn malformed_plover_lines() {
    let cases = [
        (
            "Assault\t4\t-\tx\n",
            "plover.tsv:1: type name `Assault` is not upper-case letters",
        ),
        (
            "ASSAULT\t0\t-\tx\n",
            "plover.tsv:1: quad class `0` is not 1, 2, 3 or 4",
        ),
        (
            "ASSAULT\t4\tBeat\tx\n",
            "plover.tsv:1: mode `Beat` is not a lower-case word",
        ),
        (
            "ASSAULT\t4\tbeat,,fire\tx\n",
            "plover.tsv:1: mode `` is not a lower-case word",
        ),
        (
            "ASSAULT\t4\tbeat,beat\tx\n",
            "plover.tsv:1: duplicate mode `beat`",
        ),
        (
            "ASSAULT\t4\t-\tx\nASSAULT\t4\t-\tx\n",
            "plover.tsv:2: duplicate type `ASSAULT`",
        ),
        (
            "ASSAULT\t4\t-\n",
            "plover.tsv:1: expected 4 tab-separated fields, found 3",
        ),
    ];
    for (plover, expected) in cases {
        assert_eq!(
            check(CAMEO, plover, "01\t-\t-\n19\t-\t-\n"),
            expected,
            "{plover:?}"
        );
    }
}

#[test]
fn malformed_mapping_lines() {
    let cases = [
        (
            "01\t-\t-\n19\tFIGHT\t-\n",
            "cameo_plover.tsv:2: plover type `FIGHT` is not in plover.tsv",
        ),
        (
            "01\t-\t-\n19\tASSAULT\taerial\n",
            "cameo_plover.tsv:2: mode `aerial` is not a mode of ASSAULT",
        ),
        (
            "01\t-\tbeat\n19\tASSAULT\t-\n",
            "cameo_plover.tsv:1: mode `beat` given without a plover type",
        ),
        (
            "01\t-\t-\n195\tASSAULT\t-\n",
            "cameo_plover.tsv:2: cameo code `195` is not in cameo.tsv",
        ),
        (
            "01\t-\t-\n01\t-\t-\n",
            "cameo_plover.tsv:2: duplicate cameo code `01`",
        ),
        (
            "01\t-\n",
            "cameo_plover.tsv:1: expected 3 or 4 tab-separated fields, found 2",
        ),
        (
            "# header\n01\t-\t-\n",
            "cameo_plover.tsv:2: root `19` has no line, so its codes map to nothing",
        ),
    ];
    for (mapping, expected) in cases {
        assert_eq!(check(CAMEO, PLOVER, mapping), expected, "{mapping:?}");
    }
}
