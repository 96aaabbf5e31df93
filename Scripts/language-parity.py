#!/usr/bin/env python3
"""Measures the Arabic side of issue 11 ("The six UN languages") over converted ESCWA documents.

Usage: Scripts/language-parity.py OUTPUT_DIR [CORPUS_DIR]

OUTPUT_DIR holds the JSON files of `docstruct convert` for un/escwa (the folder itself or one
above it); CORPUS_DIR the PDFs (default /work/shared/corpus/un/escwa). It prints

- parity: for each pair NAME-EN.json / NAME-AR.json, whether the sequence of top-level
  paragraph numbers ("1." "-1" "1-" all read as 1) and the number of footnotes agree; the
  count that agree (over all pairs, and over the twins: pairs whose page 1 prints one document
  symbol), and the others with a one-line reason; then the FR/EN/AR triple
  E_ESCWA_30_18_REPORT-*;
- the Arabic dictionary share: the share of Arabic words of the outputs that
  `hunspell -d ar -l` does not list as unknown, beside the same figure for `pdftotext -raw`
  on the same PDFs.

Standard library, hunspell (with its Arabic dictionary) and pdftotext only.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

TRIPLE = "E_ESCWA_30_18_REPORT"


def find_dir(root):
    """The folder that holds the ESCWA JSON files (root or root/un/escwa)."""
    for cand in (root, os.path.join(root, "un", "escwa"), os.path.join(root, "escwa")):
        if os.path.isdir(cand) and any(f.endswith("-EN.json") for f in os.listdir(cand)):
            return cand
    sys.exit(f"no NAME-EN.json under {root}")


def number(label):
    """A paragraph number as an integer ("1." "-1" "1-" "(1)" → 1), or None for letters."""
    if label is None:
        return None
    # An Arabic edition prints a decimal number last part first: "29-19" is the English "19.29"
    # (E/ESCWA/EDID/2017/IG.2/8, Arabic, p. 5, says so in its own footnote).
    reversed_decimal = re.fullmatch(r"(\d{1,3})-(\d{1,3})", str(label))
    if reversed_decimal:
        return int(reversed_decimal.group(2) + reversed_decimal.group(1))
    digits = re.sub(r"[\s.\-()\u066B\u066C]", "", str(label))
    digits = digits.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return int(digits) if digits.isdigit() else None


def outline(doc):
    """Top-level paragraph numbers and the footnote count of a converted document."""
    # Points that stand at the top after a heading carry level 1 ("(a)", Arabic "(1)"): they
    # are items, not numbered paragraphs.
    numbers = [number(b.get("number")) for b in doc.get("blocks", [])
               if b.get("kind") == "paragraph" and b.get("level") is None]
    return [n for n in numbers if n is not None], len(doc.get("footnotes", []))


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def reason(en, ar):
    """One line saying how two outlines differ."""
    (en_numbers, en_notes), (ar_numbers, ar_notes) = en, ar
    parts = []
    if en_numbers != ar_numbers:
        first = next((i for i, (a, b) in enumerate(zip(en_numbers, ar_numbers)) if a != b),
                     min(len(en_numbers), len(ar_numbers)))
        parts.append(f"paragraphs EN {len(en_numbers)} AR {len(ar_numbers)}, first difference at #{first + 1}: "
                     f"EN {en_numbers[first:first + 3]} AR {ar_numbers[first:first + 3]}")
    if en_notes != ar_notes:
        parts.append(f"footnotes EN {en_notes} AR {ar_notes}")
    return "; ".join(parts)


def texts(doc):
    """Every text of a converted document: blocks, their items (nested) and footnotes."""
    def walk(node):
        if isinstance(node, dict):
            for key in ("text",):
                if isinstance(node.get(key), str):
                    yield node[key]
            for key in ("items", "cells", "rows"):
                if key in node:
                    yield from walk(node[key])
        elif isinstance(node, list):
            for x in node:
                if isinstance(x, str):
                    yield x
                else:
                    yield from walk(x)
    yield from walk(doc.get("blocks", []))
    yield from walk(doc.get("footnotes", []))


MARKS = re.compile("[\u0640\u064B-\u0652\u0670]")
WORD = re.compile("[\u0621-\u063A\u0641-\u064A]{2,}")


def arabic_words(text):
    text = MARKS.sub("", unicodedata.normalize("NFKC", text))
    return WORD.findall(text)


def dictionary_share(counter):
    """Share of word occurrences hunspell's Arabic dictionary knows."""
    if not counter:
        return 0.0
    words = "\n".join(counter) + "\n"
    out = subprocess.run(["hunspell", "-d", "ar", "-l"], input=words, capture_output=True, text=True).stdout
    unknown = set(out.split())
    total = sum(counter.values())
    return sum(c for w, c in counter.items() if w not in unknown) / total


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = find_dir(sys.argv[1])
    corpus = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus/un/escwa"
    names = sorted(f[:-len("-EN.json")] for f in os.listdir(folder) if f.endswith("-EN.json"))
    pairs = [n for n in names if os.path.exists(os.path.join(folder, n + "-AR.json"))]
    agree, others, strangers = 0, [], []
    for name in pairs:
        en_doc = load(os.path.join(folder, name + "-EN.json"))
        ar_doc = load(os.path.join(folder, name + "-AR.json"))
        # Files filed under each other's name (E_ESCWA_EDID_2017_IG.2_3_(PART_II)-EN.pdf holds
        # the Arabic text): the language read from the text decides which is which.
        if (en_doc.get("metadata") or {}).get("language") == "ar" and (ar_doc.get("metadata") or {}).get("language") == "en":
            en_doc, ar_doc = ar_doc, en_doc
        en, ar = outline(en_doc), outline(ar_doc)
        # Two files filed as twins that print different document symbols on page 1 are not
        # twins (E_ESCWA_EDID_2017_IG.3_10-AR.pdf holds E/ESCWA/EDID/2017/IG.3/6).
        en_symbol, ar_symbol = ((d.get("metadata") or {}).get("symbol") for d in (en_doc, ar_doc))
        if en_symbol and ar_symbol and en_symbol != ar_symbol:
            strangers.append((name, f"not twins: the EN file is {en_symbol}, the AR file {ar_symbol}"))
        elif en == ar:
            agree += 1
        else:
            others.append((name, reason(en, ar)))
    share = 100 * agree / len(pairs) if pairs else 0
    twins = len(pairs) - len(strangers)
    print(f"PARITY {agree} of {len(pairs)} EN/AR pairs agree ({share:.0f}%); "
          f"{agree} of {twins} twins ({100 * agree / twins if twins else 0:.0f}%)")
    for name, why in others + strangers:
        print(f"  {name}: {why}")
    triple = {}
    for lang in ("FR", "EN", "AR"):
        path = os.path.join(folder, f"{TRIPLE}-{lang}.json")
        if os.path.exists(path):
            triple[lang] = outline(load(path))
    for lang, (numbers, notes) in triple.items():
        print(f"TRIPLE {TRIPLE}-{lang}: {len(numbers)} numbered paragraphs {numbers[:5]}…{numbers[-2:]}, {notes} footnotes")
    if len(triple) == 3:
        same = triple["FR"] == triple["EN"] == triple["AR"]
        print(f"TRIPLE {'agree' if same else 'differ'}")

    ours, theirs = Counter(), Counter()
    for f in sorted(os.listdir(folder)):
        if not f.endswith("-AR.json"):
            continue
        for t in texts(load(os.path.join(folder, f))):
            ours.update(arabic_words(t))
        pdf = os.path.join(corpus, f[:-len(".json")] + ".pdf")
        if os.path.exists(pdf):
            raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
            theirs.update(arabic_words(raw))
    print(f"DICTIONARY Arabic words known to hunspell: docstruct {100 * dictionary_share(ours):.1f}% "
          f"of {sum(ours.values())}, pdftotext -raw {100 * dictionary_share(theirs):.1f}% of {sum(theirs.values())}")


if __name__ == "__main__":
    main()
