//! The bundled dictionaries, compiled into the binary from `data/actors/`.
//!
//! The files are plain text under the repository's `data/actors/` folder, reviewed like
//! code; `include_str!` makes them part of the build so that the default lexicon needs
//! no file at run time. Adding a file here is the only Rust change a new bundled
//! dictionary needs.

/// `(file name, contents)` of every bundled dictionary, in load order.
pub(crate) const FILES: &[(&str, &str)] = &[
    (
        "countries.txt",
        include_str!("../../../data/actors/countries.txt"),
    ),
    (
        "organisations.txt",
        include_str!("../../../data/actors/organisations.txt"),
    ),
    (
        "groups.txt",
        include_str!("../../../data/actors/groups.txt"),
    ),
    (
        "people.txt",
        include_str!("../../../data/actors/people.txt"),
    ),
    (
        "organisations.world.txt",
        include_str!("../../../data/actors/organisations.world.txt"),
    ),
    (
        "groups.world.txt",
        include_str!("../../../data/actors/groups.world.txt"),
    ),
    (
        "people.world.txt",
        include_str!("../../../data/actors/people.world.txt"),
    ),
    ("roles.txt", include_str!("../../../data/actors/roles.txt")),
    (
        "ignore.txt",
        include_str!("../../../data/actors/ignore.txt"),
    ),
];

/// The names of the bundled files, in load order.
pub fn bundled_files() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(name, _)| *name)
}
