//! The two databases a store can live in, behind one small interface: SQLite (one
//! file, the default) and PostgreSQL (a server that several writers share).
//!
//! The store's SQL is written once, in the part of SQL both engines read the same way,
//! with SQLite's placeholders (`?1`, or `?` counted from the left); for PostgreSQL they
//! become `$1`, `$2`… ([`numbered`]). Where the engines differ, [`Dialect`] says how:
//! column types and migrations (see [`crate::schema`]), `LIKE` and case, a page
//! without a limit, and how a writer takes the write lock.
//!
//! Every value crosses as a [`Value`] (null, integer, real, text) and every row comes
//! back as a [`Row`] of them, so the modules above never see either driver's types.
//! Prepared statements are cached per connection on both engines.
//!
//! Writers take the store's one write lock: SQLite's `BEGIN IMMEDIATE`, and on
//! PostgreSQL a transaction-scoped advisory lock ([`WRITE_LOCK`]). Writes are batched
//! and short, and coding happens outside the lock, so serialising them costs little
//! and keeps the rules of SQLite (content-hash uniqueness checked then written, ids
//! made free in the same transaction) true for many writers on one server.

use std::collections::HashMap;

use crate::StoreError;

/// The advisory lock every PostgreSQL writer holds for the length of its transaction
/// (any 64-bit number that other software on the same database is unlikely to use).
const WRITE_LOCK: i64 = 0x7669_6769_6501;

/// Which SQL engine a connection speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite, embedded.
    Sqlite,
    /// PostgreSQL, a server.
    Postgres,
}

impl Dialect {
    /// `LIKE` that ignores the case of ASCII letters, as SQLite's does.
    pub(crate) fn like_any_case(self) -> &'static str {
        match self {
            Dialect::Sqlite => "LIKE",
            Dialect::Postgres => "ILIKE",
        }
    }

    /// Skips `offset` rows without limiting the rest.
    pub(crate) fn offset_only(self, offset: usize) -> String {
        match self {
            Dialect::Sqlite => format!(" LIMIT -1 OFFSET {offset}"),
            Dialect::Postgres => format!(" OFFSET {offset}"),
        }
    }
}

/// One value passed to or read from the database.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_string())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}

impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(v.clone())
    }
}

impl From<&Option<String>> for Value {
    fn from(v: &Option<String>) -> Value {
        v.as_ref().map_or(Value::Null, Value::from)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}

impl From<u32> for Value {
    fn from(v: u32) -> Value {
        Value::Int(i64::from(v))
    }
}

impl From<u8> for Value {
    fn from(v: u8) -> Value {
        Value::Int(i64::from(v))
    }
}

impl From<usize> for Value {
    fn from(v: usize) -> Value {
        Value::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Int(i64::from(v))
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Real(v)
    }
}

impl From<f32> for Value {
    fn from(v: f32) -> Value {
        Value::Real(f64::from(v))
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// The values of a statement's placeholders, in order: `vals![a, b]`.
macro_rules! vals {
    ($($v:expr),* $(,)?) => {
        &[$($crate::db::Value::from($v)),*][..]
    };
}
pub(crate) use vals;

/// A type a column can be read as.
pub(crate) trait FromValue: Sized {
    /// The value as this type, or `None` when it is of another kind.
    fn from_value(v: &Value) -> Option<Self>;
}

impl FromValue for String {
    fn from_value(v: &Value) -> Option<String> {
        match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}

impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<i64> {
        match v {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
}

impl FromValue for u32 {
    fn from_value(v: &Value) -> Option<u32> {
        i64::from_value(v).and_then(|n| u32::try_from(n).ok())
    }
}

impl FromValue for u64 {
    fn from_value(v: &Value) -> Option<u64> {
        i64::from_value(v).and_then(|n| u64::try_from(n).ok())
    }
}

impl FromValue for bool {
    fn from_value(v: &Value) -> Option<bool> {
        i64::from_value(v).map(|n| n != 0)
    }
}

impl FromValue for f64 {
    fn from_value(v: &Value) -> Option<f64> {
        match v {
            Value::Real(x) => Some(*x),
            // An integer-valued sum or a literal 0 read where a real is wanted.
            Value::Int(n) => Some(*n as f64),
            _ => None,
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One row read back.
#[derive(Debug, Clone)]
pub(crate) struct Row(Vec<Value>);

impl Row {
    /// Column `i` as a `T`.
    pub(crate) fn get<T: FromValue>(&self, i: usize) -> Result<T, StoreError> {
        let v = self.0.get(i).unwrap_or(&Value::Null);
        T::from_value(v).ok_or_else(|| StoreError::Column {
            index: i,
            wanted: std::any::type_name::<T>(),
            found: format!("{v:?}"),
        })
    }
}

/// An open connection to either engine.
pub(crate) enum Conn {
    /// A SQLite file or an in-memory database.
    Sqlite(rusqlite::Connection),
    /// A PostgreSQL session, with the statements it has prepared.
    Postgres {
        client: Box<postgres::Client>,
        prepared: HashMap<String, postgres::Statement>,
    },
}

impl Conn {
    /// Connects to the PostgreSQL server a `postgres://` or `postgresql://` address
    /// names (or a libpq `key=value` string).
    pub(crate) fn postgres(url: &str) -> Result<Conn, StoreError> {
        let mut client = postgres::Client::connect(url, postgres::NoTls)?;
        // Reports of a cluster and their events are written by one writer at a time;
        // a reader never needs more than the default isolation.
        client.batch_execute("SET client_min_messages = warning")?;
        Ok(Conn::Postgres {
            client: Box::new(client),
            prepared: HashMap::new(),
        })
    }

    /// The engine.
    pub(crate) fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres { .. } => Dialect::Postgres,
        }
    }

    /// Runs statements without parameters, separated by semicolons.
    pub(crate) fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => c.execute_batch(sql)?,
            Conn::Postgres { client, .. } => client.batch_execute(sql)?,
        }
        Ok(())
    }

    /// Runs one statement; returns the rows it changed.
    pub(crate) fn execute(&mut self, sql: &str, values: &[Value]) -> Result<u64, StoreError> {
        match self {
            Conn::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                Ok(stmt.execute(rusqlite::params_from_iter(values.iter()))? as u64)
            }
            Conn::Postgres { client, prepared } => {
                let stmt = prepare(client, prepared, sql)?;
                Ok(client.execute(&stmt, &pg_params(values))?)
            }
        }
    }

    /// Runs a query and turns every row into a `T` with `f`.
    pub(crate) fn query_map<T>(
        &mut self,
        sql: &str,
        values: &[Value],
        mut f: impl FnMut(&Row) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut out = Vec::new();
        match self {
            Conn::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let width = stmt.column_count();
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                while let Some(r) = rows.next()? {
                    let row = (0..width)
                        .map(|i| Ok(sqlite_value(r.get_ref(i)?)))
                        .collect::<Result<Vec<_>, rusqlite::Error>>()?;
                    out.push(f(&Row(row))?);
                }
            }
            Conn::Postgres { client, prepared } => {
                let stmt = prepare(client, prepared, sql)?;
                for r in client.query(&stmt, &pg_params(values))? {
                    let row = (0..r.len())
                        .map(|i| r.try_get::<_, PgValue>(i).map(|v| v.0))
                        .collect::<Result<Vec<_>, _>>()?;
                    out.push(f(&Row(row))?);
                }
            }
        }
        Ok(out)
    }

    /// The first row of a query, if there is one.
    pub(crate) fn query_opt(
        &mut self,
        sql: &str,
        values: &[Value],
    ) -> Result<Option<Row>, StoreError> {
        Ok(self
            .query_map(sql, values, |r| Ok(r.clone()))?
            .into_iter()
            .next())
    }

    /// The first row of a query, which must have one.
    pub(crate) fn query_one(&mut self, sql: &str, values: &[Value]) -> Result<Row, StoreError> {
        self.query_opt(sql, values)?
            .ok_or_else(|| StoreError::Filter(format!("no row from `{sql}`")))
    }

    /// Whether a query returns a row.
    pub(crate) fn exists(&mut self, sql: &str, values: &[Value]) -> Result<bool, StoreError> {
        Ok(self.query_opt(sql, values)?.is_some())
    }

    /// Begins the transaction of a writer, holding the store's write lock until it
    /// ends (see the module documentation).
    pub(crate) fn begin_write(&mut self) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => c.execute_batch("BEGIN IMMEDIATE")?,
            Conn::Postgres { client, .. } => client.batch_execute(&format!(
                "BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})"
            ))?,
        }
        Ok(())
    }

    /// Runs `f` in a write transaction: committed when it succeeds, rolled back when it
    /// fails.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&mut Conn) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.begin_write()?;
        match f(self) {
            Ok(v) => {
                self.batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                // The error that ended the transaction is the one worth reporting.
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }
}

/// Whether an error belongs to one document (the rest of a batch can be stored)
/// rather than to the database (full disk, lost connection: the batch must stop).
pub(crate) fn is_row_fault(e: &StoreError) -> bool {
    use rusqlite::ErrorCode;
    match e {
        StoreError::Json { .. } => true,
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            ErrorCode::ConstraintViolation | ErrorCode::TooBig | ErrorCode::TypeMismatch
        ),
        StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(_)) => true,
        // Data exceptions (a NUL byte in a text), integrity constraints, and program
        // limits (a value too large for an index).
        StoreError::Postgres(p) => p
            .code()
            .is_some_and(|c| ["22", "23", "54"].iter().any(|k| c.code().starts_with(k))),
        _ => false,
    }
}

/// Rewrites SQLite's placeholders as PostgreSQL's: `?3` becomes `$3`, and each bare
/// `?` the next number. Text between single quotes is left alone.
pub(crate) fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0;
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => quoted = !quoted,
            '?' if !quoted => {
                out.push('$');
                if chars.peek().is_some_and(char::is_ascii_digit) {
                    while let Some(d) = chars.next_if(char::is_ascii_digit) {
                        out.push(d);
                    }
                } else {
                    next += 1;
                    out.push_str(&next.to_string());
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// `n` tuples of `width` marks: `(?, ?), (?, ?)`.
pub(crate) fn tuples(n: usize, width: usize) -> String {
    let one = format!("({})", vec!["?"; width].join(", "));
    vec![one; n].join(", ")
}

fn prepare(
    client: &mut postgres::Client,
    prepared: &mut HashMap<String, postgres::Statement>,
    sql: &str,
) -> Result<postgres::Statement, StoreError> {
    if let Some(stmt) = prepared.get(sql) {
        return Ok(stmt.clone());
    }
    let stmt = client.prepare(&numbered(sql))?;
    prepared.insert(sql.to_string(), stmt.clone());
    Ok(stmt)
}

fn sqlite_value(v: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::Int(n),
        ValueRef::Real(x) => Value::Real(x),
        ValueRef::Text(t) | ValueRef::Blob(t) => Value::Text(String::from_utf8_lossy(t).into()),
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

fn pg_params(values: &[Value]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    values
        .iter()
        .map(|v| v as &(dyn postgres::types::ToSql + Sync))
        .collect()
}

/// A value sent to PostgreSQL as the type the server asks for: the store's integers
/// are `bigint`, its reals `double precision`, its texts `text`.
impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::{IsNull, Type};
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                _ => n.to_string().to_sql(ty, out),
            },
            Value::Real(x) => match *ty {
                Type::FLOAT4 => (*x as f32).to_sql(ty, out),
                _ => x.to_sql(ty, out),
            },
            Value::Text(s) => s.to_sql(ty, out),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A column read from PostgreSQL as a [`Value`].
struct PgValue(Value);

impl<'a> postgres::types::FromSql<'a> for PgValue {
    fn from_sql(
        ty: &postgres::types::Type,
        raw: &'a [u8],
    ) -> Result<PgValue, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        Ok(PgValue(match *ty {
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => Value::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::BOOL => Value::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f64::from(f32::from_sql(ty, raw)?)),
            _ => Value::Text(String::from_sql(ty, raw)?),
        }))
    }

    fn from_sql_null(
        _: &postgres::types::Type,
    ) -> Result<PgValue, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgValue(Value::Null))
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        use postgres::types::Type;
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            numbered("SELECT ? , ?, '?' FROM t WHERE a = ?"),
            "SELECT $1 , $2, '?' FROM t WHERE a = $3"
        );
        assert_eq!(
            numbered("UPDATE t SET a = ?2 WHERE b = ?1 AND c LIKE 'x\\' ESCAPE '\\'"),
            "UPDATE t SET a = $2 WHERE b = $1 AND c LIKE 'x\\' ESCAPE '\\'"
        );
    }

    #[test]
    fn values_read_back_as_the_type_asked_for() {
        let row = Row(vec![
            Value::Int(3),
            Value::Null,
            Value::Text("x".into()),
            Value::Int(0),
        ]);
        assert_eq!(row.get::<u32>(0).unwrap(), 3);
        assert_eq!(row.get::<f64>(0).unwrap(), 3.0);
        assert_eq!(row.get::<Option<String>>(1).unwrap(), None);
        assert_eq!(row.get::<String>(2).unwrap(), "x");
        assert!(!row.get::<bool>(3).unwrap());
        assert!(row.get::<i64>(2).is_err());
        assert!(row.get::<String>(1).is_err());
    }
}
