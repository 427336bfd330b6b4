"""The dev set is well formed: evidence quotes are in their articles, fields are valid."""

import csv
import json
import re

from .conftest import DATA

DEVSET = DATA / "devset"
GOLD = json.loads((DEVSET / "gold.json").read_text(encoding="utf-8"))["events"]
SLUGS = {"security", "military", "migration", "economy", "energy", "education", "integration", "health"}


def test_every_evidence_is_a_substring_of_its_article():
    for g in GOLD:
        text = (DEVSET / g["article"]).read_text(encoding="utf-8")
        assert g["evidence"] in text, g


def test_fields_are_valid():
    patterns = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
    for g in GOLD:
        assert re.fullmatch(patterns[g["precision"]], g["date"]), g
        assert g["status"] in {"held", "planned"} and g["kind"] in {"meeting", "talks", "visit", "call", "summit"}
        assert g["participants"] and set(g["topics"]) <= SLUGS


def test_size_and_distractors():
    with open(DEVSET / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    files = {r["file"] for r in rows}
    assert len(files) >= 30 and all((DEVSET / f).exists() for f in files)
    distractors = files - {g["article"] for g in GOLD}
    assert len(distractors) >= 8
    assert sum(1 for r in rows if not r["published"]) >= 6
