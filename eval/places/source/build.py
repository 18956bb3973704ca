#!/usr/bin/env python3
"""Build the places evaluation set from its annotated sources (standard library only).

Each source document in source/docs/<id>.txt is plain text with inline marks:

    [[Niamey]]              a toponym; its gazetteer key is the text, lower-cased
    [[Tombouctou|timbuktu]] a toponym with an explicit gazetteer key
    [[malienne|~mli]]       a demonym / adjective naming a place ("demonym": true)
    {-Banque centrale-}     text deliberately NOT annotated (organisation names and
                            the like); only used to silence the coverage warning

The gazetteer (source/gazetteer.py) maps each key to
(name, feature, country, admin1, lat, lon).

Documents whose number is odd (p01, p03, ...; q01, q03, ... in eval/places2) go to
dev/, even ones to test/.
Offsets in the gold files are byte offsets into the UTF-8 text, end exclusive.

    python3 source/build.py          # writes dev/ and test/, prints warnings
"""
import json
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True

# the source folder: this one, or another set's given as the argument
# (`python3 eval/places/source/build.py eval/places2/source`)
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gazetteer import G  # noqa: E402

MARK = re.compile(r"\[\[([^\]|]+)(?:\|(~?)([^\]]*))?\]\]|\{-(.+?)-\}", re.S)
FEATURES = {"continent", "country", "admin1", "admin2", "city", "locality",
            "region", "water", "landform"}


def parse(src):
    out, anns, skips = [], [], []
    pos = 0
    nbytes = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        nbytes += len(chunk.encode("utf-8"))
        if m.group(4) is not None:
            t = m.group(4)
            skips.append((nbytes, nbytes + len(t.encode("utf-8"))))
            out.append(t)
            nbytes += len(t.encode("utf-8"))
        else:
            t = m.group(1)
            demonym = m.group(2) == "~"
            key = (m.group(3) or t).strip().lower()
            b = len(t.encode("utf-8"))
            anns.append((nbytes, nbytes + b, t, key, demonym))
            out.append(t)
            nbytes += b
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), anns, skips


def main():
    errors, warnings = [], []
    halves = {"dev": [], "test": []}
    surfaces = set()
    docs = {}
    for fn in sorted(os.listdir(os.path.join(HERE, "docs"))):
        if not fn.endswith(".txt"):
            continue
        doc = fn[:-4]
        with open(os.path.join(HERE, "docs", fn), encoding="utf-8") as f:
            src = unicodedata.normalize("NFC", f.read())
        text, anns, skips = parse(src)
        if "[[" in text or "]]" in text or "{-" in text:
            errors.append(f"{doc}: unparsed mark left in text")
        num = int(re.match(r"(?:fr|en)-[pq](\d+)-", doc).group(1))
        half = "dev" if num % 2 else "test"
        docs[doc] = (half, text, anns, skips)
        for a in anns:
            surfaces.add(a[2])
    for doc, (half, text, anns, skips) in docs.items():
        data = text.encode("utf-8")
        words = len(text.split())
        if not 150 <= words <= 450:
            warnings.append(f"{doc}: {words} words")
        covered = [(s, e) for s, e, *_ in anns] + skips
        rows = []
        for s, e, t, key, dem in anns:
            if key not in G:
                errors.append(f"{doc}: unknown key {key!r} for {t!r}")
                continue
            name, feat, cc, adm1, lat, lon = G[key]
            if feat not in FEATURES:
                errors.append(f"{doc}: bad feature {feat} for {key}")
            assert data[s:e].decode("utf-8") == t
            row = {"doc": doc, "start": s, "end": e, "text": t, "name": name,
                   "feature": feat, "country": cc, "admin1": adm1,
                   "lat": lat, "lon": lon}
            if dem:
                row["demonym"] = True
            rows.append(row)
        # coverage: any annotated surface (from any document) that appears here
        # as a whole word outside annotated / skipped spans is suspicious
        for sf in surfaces:
            for m in re.finditer(r"(?<![\w-])" + re.escape(sf) + r"(?![\w-])", text):
                bs = len(text[:m.start()].encode("utf-8"))
                be = bs + len(sf.encode("utf-8"))
                if not any(s <= bs and be <= e for s, e in covered):
                    warnings.append(f"{doc}: unannotated {sf!r} at byte {bs}")
        halves[half].append((doc, text, rows, words))
    for half, items in halves.items():
        d = os.path.join(ROOT, half, "docs")
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            os.remove(os.path.join(d, old))
        with open(os.path.join(ROOT, half, "gold.places.jsonl"), "w", encoding="utf-8") as g:
            for doc, text, rows, words in sorted(items):
                with open(os.path.join(d, doc + ".txt"), "w", encoding="utf-8") as f:
                    f.write(text)
                for r in rows:
                    g.write(json.dumps(r, ensure_ascii=False) + "\n")
        n = sum(len(r) for _, _, r, _ in items)
        print(f"{half}: {len(items)} docs, {n} toponyms, "
              f"{sum(w for *_, w in items)} words")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
