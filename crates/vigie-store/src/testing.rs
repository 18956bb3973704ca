//! Fresh PostgreSQL databases for tests, on the server that `VIGIE_TEST_POSTGRES`
//! names (`postgres://USER@HOST:PORT/DBNAME`, any database the user may connect to;
//! `tools/pg/cluster start` starts a throwaway server and prints it).
//!
//! Where the variable is unset, [`fresh_database`] says so and returns `None`, and the
//! test that asked returns without testing anything; CI sets `VIGIE_REQUIRE_POSTGRES`,
//! which turns the missing server into a failure instead.

use std::path::PathBuf;

/// A new, empty database named after `test` (and the process), dropped first if a
/// previous run left it; its address as a `--db` path. See the module documentation.
pub fn fresh_database(test: &str) -> Option<PathBuf> {
    let Ok(base) = std::env::var("VIGIE_TEST_POSTGRES") else {
        if std::env::var_os("VIGIE_REQUIRE_POSTGRES").is_some() {
            panic!("VIGIE_REQUIRE_POSTGRES is set but VIGIE_TEST_POSTGRES is not: start a server with tools/pg/cluster start");
        }
        eprintln!(
            "skipping {test}: VIGIE_TEST_POSTGRES is not set (tools/pg/cluster start gives one)"
        );
        return None;
    };
    let name: String = format!("vigie_{}_{test}", std::process::id())
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(63)
        .collect();
    let mut admin = postgres::Client::connect(&base, postgres::NoTls)
        .unwrap_or_else(|e| panic!("VIGIE_TEST_POSTGRES={base}: {e}"));
    // One statement per call: the server runs several of them as one transaction,
    // where CREATE DATABASE may not run.
    for sql in [
        format!("DROP DATABASE IF EXISTS {name}"),
        format!("CREATE DATABASE {name}"),
    ] {
        admin
            .batch_execute(&sql)
            .unwrap_or_else(|e| panic!("{sql}: {}", crate::postgres_message(&e)));
    }
    let (server, _) = base
        .rsplit_once('/')
        .expect("VIGIE_TEST_POSTGRES is postgres://USER@HOST:PORT/DBNAME");
    Some(PathBuf::from(format!("{server}/{name}")))
}
