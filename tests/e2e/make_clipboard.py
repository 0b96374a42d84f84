#!/usr/bin/env python3
"""Writes what JourneyBoard puts on the clipboard for one moment of a map, built here from the map
file alone, so the window test also checks that the format can come from another program.

    make_clipboard.py MAP.cjm.json MOMENT_INDEX OUT.json   prints the number of attached notes
"""
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    situation = doc["situations"][0]
    moment = situation["moments"][int(sys.argv[2])]
    phase = next(p for p in situation["phases"] if p["id"] == moment["phase"])
    lanes = [l for l in situation["lanes"] if any(c["lane"] == l["id"] for c in moment.get("cells", []))]
    notes = [n for n in situation["notes"] if n.get("moment") == moment["id"]]
    clip = {
        "journeyboard_clipboard": 1,
        "schema": doc["schema"],
        "next_id": doc["next_id"],
        "situations": [{"kind": "current", "phases": [phase], "lanes": lanes, "moments": [moment], "notes": notes}],
    }
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        json.dump(clip, f, ensure_ascii=False, indent=1)
    print(len(notes))


if __name__ == "__main__":
    main()
