#!/usr/bin/env bash
# Trains the bundled syntax models (data/syntax/fr.bin, data/syntax/en.bin) from the
# Universal Dependencies treebanks in ../shared/ud (or the folder given as $1), with the
# settings the committed models were made with. Deterministic: the same treebanks give
# byte-identical files. A person runs this; the build and CI never do.
#
# French: UD_French-Sequoia train (LGPL-LR) + UD_French-GSD dev (CC BY-SA 4.0), tuned on
# Sequoia dev; lemma lexicon data/lexicon/fr.tsv, verb lemmas fr.verbs.tsv and tagger
# classes fr.classes.tsv (all from Lexique 3.83, CC BY-SA 4.0).
# English: UD_English-EWT train (CC BY-SA 4.0) + UD_English-GUM train, CC BY genres
# (CC BY 4.0), tuned on EWT dev; lemma lexicon data/lexicon/en.tsv (lemminflect, MIT).
set -euo pipefail
cd "$(dirname "$0")/../.."
ud="${1:-../shared/ud}"
cargo build --release --quiet
vigie=target/release/vigie

$vigie train-syntax --lang fr \
    --train "$ud/fr_sequoia-ud-train.conllu" --train "$ud/fr_gsd-ud-dev.conllu" \
    --dev "$ud/fr_sequoia-ud-dev.conllu" \
    --lexicon data/lexicon/fr.tsv --verbs data/lexicon/fr.verbs.tsv --classes data/lexicon/fr.classes.tsv \
    --licence "trained on UD_French-Sequoia (LGPL-LR) and UD_French-GSD (CC BY-SA 4.0); lexicon Lexique 3.83 (CC BY-SA 4.0)" \
    --parser-epochs 12 --prune 1.5 --out data/syntax/fr.bin

$vigie train-syntax --lang en \
    --train "$ud/en_ewt-ud-train.conllu" --train "$ud/en_gum-cc-by-ud-train.conllu" \
    --dev "$ud/en_ewt-ud-dev.conllu" \
    --lexicon data/lexicon/en.tsv \
    --licence "trained on UD_English-EWT (CC BY-SA 4.0) and UD_English-GUM CC BY genres (CC BY 4.0); lexicon lemminflect (MIT)" \
    --parser-epochs 12 --prune 1.5 --out data/syntax/en.bin

for f in "$ud"/fr_sequoia-ud-test.conllu "$ud"/fr_gsd-ud-test.conllu "$ud"/fr_pud-ud-test.conllu \
         "$ud"/en_ewt-ud-test.conllu "$ud"/en_gum-cc-by-ud-test.conllu; do
    $vigie parse --model "data/syntax/$(basename "$f" | cut -c1-2).bin" --eval "$f"
done
