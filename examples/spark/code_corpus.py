"""Code a corpus of news documents with vigie on a Spark cluster.

Each executor pipes its share of the documents, as JSON Lines, through
`vigie code --jsonl - --document-lines` (one vigie process per partition, reading one
document at a time), and the job writes two Parquet tables under --output:

  events/     doc, n (rank of the event in its document), cameo, event (the event's
              JSON exactly as vigie wrote it), partitioned by `date`: the event's day
              (YYYY-MM-DD), or `unknown` for an event dated only to a month or a year,
              or not dated (its JSON keeps what vigie found);
  documents/  id, url, source, title, published, lang (as vigie identified it),
              text, versions (JSON), events (how many).

`vigie ingest --parquet OUTPUT` then loads both into a store without coding again.

  spark-submit --master local[2] examples/spark/code_corpus.py \\
      --vigie "$PWD/target/release/vigie" --input docs.jsonl --output out/

The vigie binary must exist at the same path on every executor (a shared disk, or
installed on each node). See examples/spark/README.md.
"""

import argparse
import json
import re
import shlex
import sys

from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

FIELDS = ["id", "url", "source", "title", "published", "lang", "text"]
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def struct(*fields):
    """A Spark schema from (name, type, nullable) triples."""
    return T.StructType([T.StructField(name, kind, null) for name, kind, null in fields])


TEXT, INT = T.StringType(), T.IntegerType()
EVENT_SCHEMA = struct(
    ("doc", TEXT, False), ("n", INT, False), ("cameo", TEXT, True), ("date", TEXT, False),
    ("event", TEXT, False),
)
CODED_SCHEMA = struct(
    ("coded_id", TEXT, False), ("coded_published", TEXT, True), ("coded_lang", TEXT, False),
    ("versions", TEXT, True), ("events", INT, False),
)


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Code JSON Lines or Parquet documents with vigie across Spark executors.",
    )
    p.add_argument("--vigie", required=True, help="path of the vigie binary on every executor")
    p.add_argument(
        "--input",
        required=True,
        help="JSON Lines file(s) or folder, or Parquet, with id, url, source, title, "
        "published, lang, text (only text is required)",
    )
    p.add_argument("--output", required=True, help="folder to write events/ and documents/ to")
    p.add_argument(
        "--format",
        choices=["jsonl", "parquet"],
        help="input format (default: parquet when --input ends in .parquet, else jsonl)",
    )
    p.add_argument(
        "--partitions",
        type=int,
        help="how many vigie processes to run (default: as the input is split)",
    )
    p.add_argument(
        "--vigie-arg",
        action="append",
        default=[],
        help="one more argument for `vigie code` (repeat: --vigie-arg=--lexicon "
        "--vigie-arg=/shared/lexicon)",
    )
    return p.parse_args(argv)


def read_documents(spark, path, fmt):
    """The input as a DataFrame of the seven string columns."""
    if fmt == "parquet":
        df = spark.read.parquet(path)
        missing = [c for c in FIELDS if c not in df.columns]
        for c in missing:
            df = df.withColumn(c, F.lit(None).cast("string"))
        return df.select([F.col(c).cast("string").alias(c) for c in FIELDS])
    schema = struct(*((c, TEXT, True) for c in FIELDS))
    return spark.read.schema(schema).option("mode", "PERMISSIVE").json(path)


def parse_vigie_lines(lines):
    """vigie's output lines as ("event", row) and ("document", row) pairs.

    vigie writes a document's events, then its `kind: document` line, before it reads
    the next document, so the rank of each event in its document is counted here.
    """
    rank = 0
    for line in lines:
        value = json.loads(line)
        if value.get("kind") == "document":
            versions = json.dumps(value.get("versions"), separators=(",", ":"), ensure_ascii=False)
            yield (
                "document",
                (value["doc"], value.get("published"), value["lang"], versions, value["events"]),
            )
            rank = 0
            continue
        date = value.get("date") or ""
        day = date if DAY.match(date) else "unknown"
        yield ("event", (value["doc"], rank, value.get("cameo"), day, line))
        rank += 1


def main(argv):
    args = parse_args(argv)
    fmt = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")
    spark = SparkSession.builder.appName("vigie code_corpus").getOrCreate()

    docs = read_documents(spark, args.input, fmt)
    docs = docs.filter(F.col("text").isNotNull() & (F.trim(F.col("text")) != ""))
    # A record without an id is named after its text, so that every executor names it
    # alike (vigie would name it after its line in the partition).
    docs = docs.withColumn(
        "id", F.coalesce(F.col("id"), F.concat(F.lit("doc-"), F.substring(F.sha2("text", 256), 1, 16)))
    )
    if args.partitions:
        docs = docs.repartition(args.partitions)
    docs = docs.persist(StorageLevel.MEMORY_AND_DISK)
    dup = docs.groupBy("id").count().filter("count > 1").limit(5).collect()
    if dup:
        names = ", ".join(r["id"] for r in dup)
        sys.exit(f"code_corpus: document ids must be unique; repeated: {names}")

    command = [args.vigie, "code", "--jsonl", "-", "--document-lines"] + args.vigie_arg
    # toJSON leaves out null fields, as vigie expects; a JSON string holds no raw
    # line break, so each document is one line on vigie's standard input.
    piped = docs.toJSON().pipe(" ".join(shlex.quote(a) for a in command))
    parsed = piped.mapPartitions(parse_vigie_lines).persist(StorageLevel.MEMORY_AND_DISK)

    events = spark.createDataFrame(
        parsed.filter(lambda kv: kv[0] == "event").map(lambda kv: kv[1]), EVENT_SCHEMA
    )
    coded = spark.createDataFrame(
        parsed.filter(lambda kv: kv[0] == "document").map(lambda kv: kv[1]), CODED_SCHEMA
    )
    (
        events.repartition("date")
        .sortWithinPartitions("doc", "n")
        .write.mode("overwrite")
        .partitionBy("date")
        .parquet(f"{args.output}/events")
    )
    documents = docs.join(coded, docs["id"] == coded["coded_id"]).select(
        "id",
        "url",
        "source",
        "title",
        F.col("coded_published").alias("published"),
        F.col("coded_lang").alias("lang"),
        "text",
        "versions",
        "events",
    )
    documents.write.mode("overwrite").parquet(f"{args.output}/documents")

    read = docs.count()
    stored = spark.read.parquet(f"{args.output}/documents").count()
    n_events = spark.read.parquet(f"{args.output}/events").count()
    print(
        f"code_corpus: {read} document(s) read, {stored} coded, {read - stored} refused by "
        f"vigie (see the executors' standard error), {n_events} event(s); output: {args.output}"
    )
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
