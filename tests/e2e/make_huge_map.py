#!/usr/bin/env python3
"""Writes a map at the loader's limit of 100,000 moments (1,000 phases of 100, with 20,000 notes)
from the worked example's persona and lanes: the export memory test's input. Usage: SRC OUT"""
import json
import sys

src, out = sys.argv[1], sys.argv[2]
doc = json.load(open(src, encoding="utf-8"))
situation = doc["situations"][0]
doc["situations"] = [situation]
next_id = 1000
phases, moments, notes = [], [], []
for p in range(1000):
    phases.append({"id": next_id, "name": "Fase %d" % (p + 1), "width": 25000.0})
    phase_id = next_id
    next_id += 1
    for m in range(100):
        moments.append({"id": next_id, "phase": phase_id, "x": 125.0 + 250 * m, "title": "Moment %d" % (p * 100 + m),
                        "type": "face_to_face", "channel": "poli", "actors": ["patient"],
                        "description": "Controle bij de verpleegkundige, gewicht en bloeddruk",
                        "patient": {"score": float(m % 5 - 2), "text": "Gaat wel"},
                        "professional": {"score": float((m + 2) % 5 - 2), "text": "Stabiel"}, "cells": [], "origin": 0})
        moment_id = next_id
        next_id += 1
        if m % 5 == 0:
            notes.append({"id": next_id, "kind": "pain_point" if m % 10 else "opportunity",
                          "text": "Knelpunt bij moment %d" % moment_id, "moment": moment_id, "x": 0.0, "y": 0.0, "color": ""})
            next_id += 1
situation["phases"], situation["moments"], situation["notes"] = phases, moments, notes
doc["next_id"] = next_id
json.dump(doc, open(out, "w", encoding="utf-8"))
