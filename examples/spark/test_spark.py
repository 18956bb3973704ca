"""End-to-end test of examples/spark: Spark codes what vigie codes, and the store loads it.

  python3 examples/spark/test_spark.py [--vigie target/release/vigie] [--keep DIR]

1. writes 1,000 generated documents (French and English sentences from the templates
   below, with countries and organisations as actors) as JSON Lines;
2. codes them with `vigie code --jsonl -` (timed: events per second);
3. codes them with code_corpus.py under `spark-submit --master local[2]`;
4. checks that Spark's events are vigie's, document by document and in order, that
   each sits in the right date partition, and that every document is in documents/;
5. loads the Parquet output into a fresh store with `vigie ingest --parquet` and checks
   that the store holds every event (`vigie events --format jsonl`) and every document
   (a second load finds them all already stored).

Without pyspark or java it says so and exits with 0 (a skip), or with 1 when the
environment variable VIGIE_REQUIRE_SPARK is set (CI sets it).
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOCUMENTS = 1000
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# (French name with its article, "in" form, "of" form, English name)
COUNTRIES = [
    ("le Mali", "au Mali", "du Mali", "Mali"),
    ("l'Algérie", "en Algérie", "de l'Algérie", "Algeria"),
    ("le Niger", "au Niger", "du Niger", "Niger"),
    ("le Bénin", "au Bénin", "du Bénin", "Benin"),
    ("le Tchad", "au Tchad", "du Tchad", "Chad"),
    ("le Soudan", "au Soudan", "du Soudan", "Sudan"),
    ("le Burkina Faso", "au Burkina Faso", "du Burkina Faso", "Burkina Faso"),
    ("le Sénégal", "au Sénégal", "du Sénégal", "Senegal"),
    ("le Maroc", "au Maroc", "du Maroc", "Morocco"),
    ("le Nigeria", "au Nigeria", "du Nigeria", "Nigeria"),
    ("la France", "en France", "de la France", "France"),
    ("le Ghana", "au Ghana", "du Ghana", "Ghana"),
    ("l'Égypte", "en Égypte", "de l'Égypte", "Egypt"),
    ("l'Éthiopie", "en Éthiopie", "de l'Éthiopie", "Ethiopia"),
    ("le Kenya", "au Kenya", "du Kenya", "Kenya"),
]
ORGANISATIONS = [
    ("l'Union africaine", "the African Union"),
    ("la CEDEAO", "ECOWAS"),
    ("l'ONU", "the United Nations"),
]
CITIES = ["Bamako", "Niamey", "Dakar", "Rabat", "Accra", "Nairobi", "Addis-Abeba", "Le Caire"]
FR_WHEN = ["mardi", "hier", "lundi dernier", "le 3 mars", "ce week-end", "jeudi soir", ""]
EN_WHEN = ["on Tuesday", "yesterday", "last Monday", "on March 3", "this weekend", ""]

FR_STATES = [
    "{A} a fermé {when} sa frontière avec {B}.",
    "{A} a rappelé {when} son ambassadeur {in_B}.",
    "{A} a accusé {when} {B} de soutenir des groupes armés.",
    "{A} a signé {when} un accord de coopération avec {B}.",
    "{A} a expulsé {when} des diplomates {of_B}.",
    "{A} a condamné {when} les frappes {of_B} contre des villages frontaliers.",
    "Les ministres {of_A} et {of_B} se sont rencontrés {when} à {city}.",
    "{A} a promis {when} une aide humanitaire {to_B}.",
]
FR_ORGS = [
    "{O} a condamné {when} le coup de force {in_B}.",
    "{O} a suspendu {when} {B} de ses instances.",
    "{O} a appelé {when} {A} et {B} au dialogue.",
]
EN_STATES = [
    "{A} closed its border with {B} {when}.",
    "{A} recalled its ambassador to {B} {when}.",
    "{A} accused {B} of backing armed groups {when}.",
    "{A} signed a cooperation agreement with {B} {when}.",
    "{A} expelled diplomats from {B} {when}.",
    "{A} condemned the shelling of border villages by {B} {when}.",
    "Officials from {A} and {B} met in {city} {when}.",
    "{A} pledged humanitarian aid to {B} {when}.",
]
EN_ORGS = [
    "{O} condemned the coup in {B} {when}.",
    "{O} suspended {B} {when}.",
    "{O} urged {A} and {B} to hold talks {when}.",
]
FR_FILLERS = [
    "La situation reste tendue dans la région.",
    "Aucun bilan n'a été communiqué.",
    "Des observateurs s'attendent à de nouvelles discussions.",
]
EN_FILLERS = [
    "The situation in the region remains tense.",
    "No casualty figures were released.",
    "Observers expect further talks.",
]
SOURCES = ["Agence Sahel", "Le Courrier du Fleuve", "Continental Wire", "Horn Daily", None]


def cap(s):
    return s[0].upper() + s[1:]


def tidy(s):
    s = re.sub(r"\s+", " ", s).replace(" .", ".").replace(" ,", ",")
    return s.replace("à le ", "au ").replace("à les ", "aux ")


def sentence(rng, lang):
    a, b = rng.sample(COUNTRIES, 2)
    org = rng.choice(ORGANISATIONS)
    if lang == "fr":
        template = rng.choice(FR_ORGS if rng.random() < 0.25 else FR_STATES)
        text = template.format(
            A=a[0], B=b[0], in_B=b[1], of_A=a[2], of_B=b[2], to_B="à " + b[0], O=org[0],
            when=rng.choice(FR_WHEN), city=rng.choice(CITIES),
        )
    else:
        template = rng.choice(EN_ORGS if rng.random() < 0.25 else EN_STATES)
        text = template.format(
            A=a[3], B=b[3], O=org[1], when=rng.choice(EN_WHEN), city=rng.choice(CITIES)
        )
    return cap(tidy(text))


def documents(n, seed=20):
    """n varied documents: the same seed gives the same documents."""
    rng = random.Random(seed)
    for i in range(n):
        lang = "fr" if rng.random() < 0.6 else "en"
        body = [sentence(rng, lang) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.5:
            fillers = FR_FILLERS if lang == "fr" else EN_FILLERS
            body.insert(rng.randint(1, len(body)), rng.choice(fillers))
        doc = {"id": f"gen-{i:04d}", "text": " ".join(body)}
        if rng.random() < 0.85:
            doc["published"] = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.5:
            doc["lang"] = lang
        source = rng.choice(SOURCES)
        if source:
            doc["source"] = source
            doc["url"] = f"https://news.example.invalid/{i}"
        if rng.random() < 0.3:
            doc["title"] = body[0][:60]
        yield doc


def skip(reason):
    if os.environ.get("VIGIE_REQUIRE_SPARK"):
        print(f"test_spark: FAILED: {reason} (VIGIE_REQUIRE_SPARK is set)")
        sys.exit(1)
    print(f"test_spark: SKIPPED: {reason}")
    sys.exit(0)


def check(condition, message):
    if not condition:
        print(f"test_spark: FAILED: {message}")
        sys.exit(1)


def run(args, **kw):
    done = subprocess.run(args, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
        check(False, f"`{' '.join(args)}` exited with {done.returncode}")
    return done


def vigie_events_by_doc(lines):
    """vigie's event lines grouped by document, in their order."""
    by_doc = collections.defaultdict(list)
    for line in lines:
        by_doc[json.loads(line)["doc"]].append(line)
    return by_doc


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--vigie", default=os.path.join(ROOT, "target", "release", "vigie"))
    p.add_argument("--keep", help="work in this folder and keep it")
    args = p.parse_args()
    try:
        import pyspark
    except ImportError:
        skip("pyspark is not installed (python3 -m pip install pyspark)")
    if not shutil.which("java"):
        skip("java is not installed (apt-get install default-jre-headless)")
    spark_submit = os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit")
    if not os.path.exists(spark_submit):
        spark_submit = shutil.which("spark-submit")
    check(spark_submit, "pyspark is installed but has no spark-submit")
    vigie = os.path.abspath(args.vigie)
    if not os.path.exists(vigie):
        print("test_spark: building vigie (cargo build --release --locked)")
        run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT)

    work = args.keep or tempfile.mkdtemp(prefix="vigie-spark-")
    os.makedirs(work, exist_ok=True)
    started = time.monotonic()
    docs = list(documents(DOCUMENTS))
    corpus = os.path.join(work, "docs.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # 2. vigie alone, as a pipe
    t = time.monotonic()
    with open(corpus, "rb") as stdin:
        direct = run([vigie, "code", "--jsonl", "-"], stdin=stdin)
    seconds = time.monotonic() - t
    expected = vigie_events_by_doc(direct.stdout.splitlines())
    n_events = sum(len(v) for v in expected.values())
    check(n_events > DOCUMENTS, f"vigie coded only {n_events} events from {DOCUMENTS} documents")
    print(
        f"test_spark: vigie code --jsonl: {DOCUMENTS} documents, {n_events} events in "
        f"{seconds:.1f} s ({n_events / seconds:.0f} events/s, {DOCUMENTS / seconds:.0f} documents/s)"
    )

    # 3. the same documents through Spark
    out = os.path.join(work, "out")
    t = time.monotonic()
    job = run(
        [
            spark_submit, "--master", "local[2]",
            "--conf", "spark.sql.shuffle.partitions=4", "--conf", "spark.ui.enabled=false",
            os.path.join(HERE, "code_corpus.py"),
            "--vigie", vigie, "--input", corpus, "--output", out, "--partitions", "2",
        ]
    )
    print(f"test_spark: the Spark job took {time.monotonic() - t:.1f} s")
    print("\n".join(l for l in job.stdout.splitlines() if l.startswith("code_corpus:")))

    # 4. Spark's output against vigie's
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    rows = spark.read.parquet(os.path.join(out, "events")).collect()
    documents_rows = spark.read.parquet(os.path.join(out, "documents")).collect()
    spark.stop()
    check(len(rows) == n_events, f"Spark wrote {len(rows)} events, vigie {n_events}")
    got = collections.defaultdict(dict)
    for r in rows:
        event = json.loads(r["event"])
        date = event.get("date") or ""
        want = date if DAY.match(date) else "unknown"
        check(str(r["date"]) == want, f"event {event['id']} in partition {r['date']}, not {want}")
        check(r["doc"] == event["doc"], f"event {event['id']} under doc {r['doc']}")
        got[r["doc"]][r["n"]] = r["event"]
    for doc, lines in expected.items():
        ranked = [got[doc].get(n) for n in range(len(lines))]
        check(ranked == lines, f"{doc}: Spark's events differ from vigie's:\n{ranked}\n{lines}")
    check(len(documents_rows) == DOCUMENTS, f"documents/ has {len(documents_rows)} rows")
    by_id = {r["id"]: r for r in documents_rows}
    for d in docs:
        r = by_id.get(d["id"])
        check(r is not None, f"{d['id']} is not in documents/")
        check(r["text"] == d["text"], f"{d['id']}: text changed")
        check(r["published"] == d.get("published"), f"{d['id']}: published {r['published']}")
        check(r["lang"] in ("fr", "en"), f"{d['id']}: lang {r['lang']}")
        check(r["events"] == len(expected.get(d["id"], [])), f"{d['id']}: {r['events']} events")
    print(f"test_spark: Spark's {n_events} events are vigie's, in order and date partitions")

    # 5. the Parquet output into a fresh store, without coding again
    db = os.path.join(work, "spark.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    run([vigie, "--db", db, "ingest", "--parquet", out])
    stored = run([vigie, "--db", db, "events", "--format", "jsonl"]).stdout.splitlines()
    check(len(stored) == n_events, f"the store holds {len(stored)} events, not {n_events}")

    def canonical(event, keys):
        return json.dumps({k: v for k, v in event.items() if k in keys}, sort_keys=True)

    keys = set(json.loads(direct.stdout.splitlines()[0]))
    want = sorted(canonical(json.loads(l), keys) for l in direct.stdout.splitlines())
    have = sorted(canonical(json.loads(l), keys) for l in stored)
    check(have == want, "the stored events are not vigie's")
    again = run([vigie, "--db", db, "ingest", "--parquet", out])
    counts = re.search(r"(\d+) document\(s\) stored .*?, (\d+) already stored", again.stderr)
    check(counts is not None, f"no summary from the second load: {again.stderr}")
    check(
        counts.groups() == ("0", str(DOCUMENTS)),
        f"a second load should find all {DOCUMENTS} documents stored: {again.stderr}",
    )
    print(f"test_spark: the store holds all {DOCUMENTS} documents and {n_events} events")
    print(f"test_spark: ok in {time.monotonic() - started:.0f} s")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
