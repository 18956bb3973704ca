#!/usr/bin/env python3
"""Validate the vigie evaluation set (stdlib only).

Usage: python3 eval/check.py [--eval DIR] [--actors DIR]

Checks every line of gold.events.jsonl against the gold format of
shared/gold/README.md and the actor dictionaries of data/actors/, then prints
the size of the set (documents per language, events per tier, modality and
CAMEO root). Exit status 1 when an error is found.
"""
import argparse, collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODALITIES = {"asserted", "alleged", "reported", "hypothetical", "recommended", "prevented"}
NONFACT = {"hypothetical", "recommended", "prevented"}
TIERS = {"core", "extended", "negative"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FIELDS = {"id", "doc", "quote", "source", "target", "cameo_roots", "date", "modality", "tier",
          "symmetric", "place", "claimed_by", "plover", "note"}


def actor_keys(actors):
    keys, state_bodies = set(), set()
    for name in ("countries.txt", "organisations.txt", "groups.txt"):
        cur = None
        with open(os.path.join(actors, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\[(country|org|group) ([A-Z0-9_]+)\]", line.strip())
                if m:
                    cur = m.group(2)
                    keys.add(cur)
                elif cur and re.match(r"country\s*=", line.strip()):
                    state_bodies.add(cur)
    return keys, state_bodies


def iso(s):
    return datetime.date.fromisoformat(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=HERE)
    ap.add_argument("--actors", default=os.path.join(HERE, "..", "data", "actors"))
    a = ap.parse_args()
    keys, state_bodies = actor_keys(a.actors)
    docdir = os.path.join(a.eval, "docs")
    docs = {f[:-4]: open(os.path.join(docdir, f), encoding="utf-8").read()
            for f in sorted(os.listdir(docdir)) if f.endswith(".txt")}
    errors = []
    err = lambda where, msg: errors.append(f"{where}: {msg}")
    for d, text in docs.items():
        if not 300 <= len(text.strip()) <= 1200:
            err(d, f"length {len(text.strip())} outside 300..1200")
        if "'" in text and d.startswith("fr-"):
            err(d, "straight apostrophe in a French document")
    events, ids = [], set()
    with open(os.path.join(a.eval, "gold.events.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold.events.jsonl:{n}"
            if not line.strip():
                err(where, "empty line"); continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as x:
                err(where, f"bad JSON: {x}"); continue
            where += f" ({e.get('id')})"
            for k in ("id", "doc", "quote", "source", "target", "cameo_roots", "date", "modality", "tier"):
                if k not in e:
                    err(where, f"missing {k}")
            if set(e) - FIELDS:
                err(where, f"unknown fields {sorted(set(e) - FIELDS)}")
            if e.get("id") in ids:
                err(where, "duplicate id")
            ids.add(e.get("id"))
            if e.get("doc") not in docs:
                err(where, f"no document {e.get('doc')}")
            elif e.get("quote", "") == "" or e["quote"] not in docs[e["doc"]]:
                err(where, f"quote not in document: {e.get('quote')!r}")
            for side in ("source", "target"):
                v = e.get(side)
                if not isinstance(v, list) or not v:
                    err(where, f"{side} must be a non-empty list"); continue
                for k in v:
                    if k not in keys:
                        err(where, f"unknown actor key {k}")
                    elif k in state_bodies:
                        err(where, f"{k} is a state body: use its country code")
            roots = e.get("cameo_roots")
            if not isinstance(roots, list) or not roots or any(
                    not (isinstance(r, str) and re.fullmatch(r"\d\d", r) and 1 <= int(r) <= 20) for r in roots):
                err(where, f"bad cameo_roots {roots}")
            mod, tier = e.get("modality"), e.get("tier")
            if mod not in MODALITIES:
                err(where, f"bad modality {mod}")
            if tier not in TIERS:
                err(where, f"bad tier {tier}")
            if (tier == "negative") != (mod in NONFACT):
                err(where, f"tier {tier} with modality {mod}")
            if mod in ("alleged", "reported") and not e.get("claimed_by"):
                err(where, "alleged/reported without claimed_by")
            if e.get("claimed_by") and e["claimed_by"] not in keys:
                err(where, f"claimed_by {e['claimed_by']} is not an actor key")
            date = e.get("date")
            if not isinstance(date, dict) or set(date) != {"from", "to"}:
                err(where, "date must be {from, to}")
            elif tier == "negative":
                if date["from"] is not None or date["to"] is not None:
                    err(where, "negative event with a date")
            else:
                try:
                    if iso(date["from"]) > iso(date["to"]):
                        err(where, "date from > to")
                except (TypeError, ValueError):
                    err(where, f"bad date {date}")
            p = e.get("place")
            if p is not None:
                if set(p) != {"name", "country", "lat", "lon"} or p["country"] not in keys or not (
                        -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
                    err(where, f"bad place {p}")
                elif p["name"] not in docs.get(e.get("doc"), ""):
                    err(where, f"place {p['name']} not named in the document")
            if "symmetric" in e and not isinstance(e["symmetric"], bool):
                err(where, "symmetric must be a boolean")
            for pl in e.get("plover", []):
                if pl not in PLOVER:
                    err(where, f"bad PLOVER type {pl}")
            events.append(e)
    for d in docs:
        if not any(e.get("doc") == d for e in events):
            err(d, "document without any gold event")

    lang = lambda d: d.split("-")[0]
    print(f"documents: {len(docs)} (" + ", ".join(
        f"{l}: {n}" for l, n in sorted(collections.Counter(lang(d) for d in docs).items())) + ")")
    print(f"events: {len(events)}")
    for name, key in (("tier", lambda e: e["tier"]), ("modality", lambda e: e["modality"])):
        c = collections.Counter(key(e) for e in events)
        print(f"  per {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"  events per language: " + ", ".join(f"{l} {v}" for l, v in sorted(
        collections.Counter(lang(e["doc"]) for e in events).items())))
    print("  per CAMEO root (first listed root: all / fr / en | any listed root):")
    for r in (f"{i:02d}" for i in range(1, 21)):
        first = [e for e in events if e["cameo_roots"][0] == r]
        anyr = sum(r in e["cameo_roots"] for e in events)
        fr = sum(lang(e["doc"]) == "fr" for e in first)
        print(f"    {r}: {len(first):3d} / {fr:3d} / {len(first) - fr:3d} | {anyr:3d}")
    print(f"  with place: {sum('place' in e for e in events)}, symmetric: {sum(bool(e.get('symmetric')) for e in events)}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for x in errors:
            print("  " + x)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
