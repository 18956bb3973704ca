//! vigie's flat table ([`crate::flat`]) as a Parquet file: one row group, plain
//! encoding, no compression (the build carries no codec), every column optional.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::{Compression, ConvertedType, Repetition, Type as Physical};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use vigie_store::StoredEvent;

use crate::flat::{self, Cell, Kind};
use crate::{ExportError, Report};

fn schema() -> Result<Type, ExportError> {
    let fields = flat::COLUMNS
        .iter()
        .map(|&(name, kind)| {
            let builder = match kind {
                Kind::Text => Type::primitive_type_builder(name, Physical::BYTE_ARRAY)
                    .with_converted_type(ConvertedType::UTF8),
                Kind::Real => Type::primitive_type_builder(name, Physical::DOUBLE),
                Kind::Int => Type::primitive_type_builder(name, Physical::INT64),
            };
            Ok(Arc::new(
                builder.with_repetition(Repetition::OPTIONAL).build()?,
            ))
        })
        .collect::<Result<Vec<_>, ExportError>>()?;
    Ok(Type::group_type_builder("vigie_event")
        .with_fields(fields)
        .build()?)
}

pub(crate) fn write(
    out: &mut (impl Write + Send),
    events: &[StoredEvent],
) -> Result<Report, ExportError> {
    let props = WriterProperties::builder()
        .set_compression(Compression::UNCOMPRESSED)
        .set_created_by(format!("vigie {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = SerializedFileWriter::new(out, Arc::new(schema()?), Arc::new(props))?;
    let rows: Vec<Vec<Cell>> = events.iter().map(flat::row).collect();
    let mut group = writer.next_row_group()?;
    let mut index = 0;
    while let Some(mut column) = group.next_column()? {
        let cells = rows.iter().map(|r| &r[index]);
        let defined: Vec<i16> = cells.clone().map(|c| i16::from(*c != Cell::Null)).collect();
        match flat::COLUMNS[index].1 {
            Kind::Text => {
                let values: Vec<ByteArray> = cells
                    .filter_map(|c| match c {
                        Cell::Text(s) => Some(ByteArray::from(s.as_str())),
                        _ => None,
                    })
                    .collect();
                column
                    .typed::<ByteArrayType>()
                    .write_batch(&values, Some(&defined), None)?;
            }
            Kind::Real => {
                let values: Vec<f64> = cells
                    .filter_map(|c| match c {
                        Cell::Real(x) => Some(*x),
                        _ => None,
                    })
                    .collect();
                column
                    .typed::<DoubleType>()
                    .write_batch(&values, Some(&defined), None)?;
            }
            Kind::Int => {
                let values: Vec<i64> = cells
                    .filter_map(|c| match c {
                        Cell::Int(i) => Some(*i),
                        _ => None,
                    })
                    .collect();
                column
                    .typed::<Int64Type>()
                    .write_batch(&values, Some(&defined), None)?;
            }
        }
        column.close()?;
        index += 1;
    }
    group.close()?;
    writer.close()?;
    Ok(Report {
        written: events.len(),
        left_out: 0,
    })
}
