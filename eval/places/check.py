#!/usr/bin/env python3
"""Check the places evaluation set (standard library only).

    python3 check.py              # checks dev/ and test/ next to this file
    python3 check.py dev          # one half (a directory holding docs/ and gold.places.jsonl)

For every line of gold.places.jsonl: the document exists, the byte offsets slice the
UTF-8 file to exactly `text`, every field is present and typed, lat is in [-90, 90],
lon in [-180, 180], feature is one of the allowed values, country is three uppercase
letters or "", and no two annotations of a document overlap. Prints counts per
half, language and feature. Exits 1 on any error.
"""
import collections
import json
import os
import re
import sys

FEATURES = ("continent", "country", "admin1", "admin2", "city", "locality",
            "region", "water", "landform")
FIELDS = {"doc": str, "start": int, "end": int, "text": str, "name": str,
          "feature": str, "country": str, "admin1": str,
          "lat": (int, float), "lon": (int, float)}
OPTIONAL = {"demonym": bool}
DOC_ID = re.compile(r"^(fr|en)-[pq]\d{2}-[a-z0-9-]+$")
HERE = os.path.dirname(os.path.abspath(__file__))


def check_half(path):
    errors = []
    docs_dir = os.path.join(path, "docs")
    gold = os.path.join(path, "gold.places.jsonl")
    docs = {}
    for fn in sorted(os.listdir(docs_dir)):
        if fn.endswith(".txt"):
            with open(os.path.join(docs_dir, fn), "rb") as f:
                docs[fn[:-4]] = f.read()
    for doc, data in docs.items():
        if not DOC_ID.match(doc):
            errors.append(f"bad document id {doc!r}")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{doc}: not UTF-8 ({e})")
    rows = []
    with open(gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.basename(path)}/gold.places.jsonl:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            bad = False
            for k, t in FIELDS.items():
                if k not in r:
                    errors.append(f"{where}: missing field {k!r}")
                    bad = True
                elif not isinstance(r[k], t) or isinstance(r[k], bool):
                    errors.append(f"{where}: field {k!r} has type {type(r[k]).__name__}")
                    bad = True
            for k, t in OPTIONAL.items():
                if k in r and not isinstance(r[k], t):
                    errors.append(f"{where}: field {k!r} must be {t.__name__}")
            extra = set(r) - set(FIELDS) - set(OPTIONAL)
            if extra:
                errors.append(f"{where}: unknown fields {sorted(extra)}")
            if bad:
                continue
            if r["doc"] not in docs:
                errors.append(f"{where}: no document {r['doc']!r}")
                continue
            data = docs[r["doc"]]
            s, e = r["start"], r["end"]
            if not 0 <= s < e <= len(data):
                errors.append(f"{where}: offsets {s}-{e} out of range")
                continue
            try:
                got = data[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{where}: offsets {s}-{e} cut a UTF-8 character")
                continue
            if got != r["text"]:
                errors.append(f"{where}: bytes {s}-{e} are {got!r}, not {r['text']!r}")
            if not r["name"].strip():
                errors.append(f"{where}: empty name")
            if not -90 <= r["lat"] <= 90:
                errors.append(f"{where}: lat {r['lat']} out of range")
            if not -180 <= r["lon"] <= 180:
                errors.append(f"{where}: lon {r['lon']} out of range")
            if r["feature"] not in FEATURES:
                errors.append(f"{where}: feature {r['feature']!r} not in {FEATURES}")
            if r["country"] and not re.fullmatch(r"[A-Z]{3}", r["country"]):
                errors.append(f"{where}: country {r['country']!r} is not ISO alpha-3 or ''")
            rows.append(r)
    by_doc = collections.defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append((r["start"], r["end"], r["text"]))
    for doc, spans in by_doc.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{doc}: overlapping annotations {a} and {b}")
    for doc in docs:
        if doc not in by_doc:
            errors.append(f"{doc}: no annotation")
    return docs, rows, errors


def main(argv):
    halves = argv[1:] or [os.path.join(HERE, "dev"), os.path.join(HERE, "test")]
    all_errors = []
    total = collections.Counter()
    feats_all = collections.Counter()
    for half in halves:
        docs, rows, errors = check_half(half)
        all_errors += errors
        name = os.path.basename(os.path.normpath(half))
        lang_docs = collections.Counter(d[:2] for d in docs)
        lang_rows = collections.Counter(r["doc"][:2] for r in rows)
        feats = collections.Counter(r["feature"] for r in rows)
        dem = sum(1 for r in rows if r.get("demonym"))
        words = sum(len(d.decode("utf-8", "replace").split()) for d in docs.values())
        print(f"{name}: {len(docs)} documents ({lang_docs['fr']} fr, {lang_docs['en']} en), "
              f"{words} words, {len(rows)} toponyms ({lang_rows['fr']} fr, {lang_rows['en']} en), "
              f"{dem} demonyms")
        print("  " + ", ".join(f"{f} {feats[f]}" for f in FEATURES))
        total.update(docs=len(docs), rows=len(rows), dem=dem,
                     fr=lang_rows["fr"], en=lang_rows["en"])
        feats_all.update(feats)
    if len(halves) > 1:
        print(f"total: {total['docs']} documents, {total['rows']} toponyms "
              f"({total['fr']} fr, {total['en']} en), {total['dem']} demonyms")
        print("  " + ", ".join(f"{f} {feats_all[f]}" for f in FEATURES))
    for e in all_errors:
        print("ERROR", e)
    print(f"{'FAILED' if all_errors else 'OK'}: {len(all_errors)} error(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
