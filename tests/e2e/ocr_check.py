#!/usr/bin/env python3
"""Legibility by OCR: reads screenshots with tesseract (Dutch) and checks that texts of a map were
read. Usage: ocr_check.py MAP.cjm.json SITUATION_INDEX WHAT IMAGE...  (WHAT: titles, pain_points,
both). Tesseract reads a row of cards line by line across the columns, so a text counts as read
when nearly all its words were read somewhere (case, accents and punctuation ignored; a word
hyphenated over two lines counts when both halves were read; one letter in ten may be misread)."""
import difflib
import json
import re
import subprocess
import sys
import unicodedata


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def words_of(text):
    return [w for w in re.sub(r"[^a-z0-9-]+", " ", fold(text)).split() if w.strip("-")]


def read(image):
    return subprocess.run(["tesseract", image, "-", "-l", "nld", "--psm", "3"], capture_output=True, text=True).stdout


def close(a, b):
    return a == b or (len(a) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


def word_read(word, tokens, heads):
    if any(close(word, t) for t in tokens):
        return True
    # Hyphenated at a line end: "hartfa-" somewhere and "lenverpleegkundige" somewhere else.
    for head in heads:
        if len(head) >= 2 and word.startswith(head) and any(close(word[len(head):], t) for t in tokens):
            return True
    return False


def main():
    path, situation, what, images = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    doc = json.load(open(path, encoding="utf-8"))
    s = doc["situations"][situation]
    texts = []
    if what in ("titles", "both"):
        texts += [m["title"] for m in s["moments"] if m.get("title")]
    if what in ("pain_points", "both"):
        texts += [n["text"] for n in s["notes"] if n.get("kind") == "pain_point" and n.get("text")]
    raw = words_of("\n".join(read(image) for image in images))
    tokens = {w.strip("-") for w in raw}
    heads = {w[:-1] for w in raw if w.endswith("-")}
    missing = []
    for text in texts:
        words = [w.strip("-") for w in words_of(text)]
        hits = sum(1 for w in words if word_read(w, tokens, heads))
        if hits < len(words) * 0.85:
            missing.append((hits, len(words), text))
    print(f"OCR read {len(texts) - len(missing)} of {len(texts)} texts")
    for hits, count, text in missing:
        print(f"  not read ({hits} of {count} words): {text}")
    sys.exit(1 if missing else 0)


main()
