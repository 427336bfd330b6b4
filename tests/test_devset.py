"""The dev set and the held-out test split are well formed: evidence quotes are in their articles,
fields are valid, distractors and undated manifests are there. (The real-report gold, whose texts
are not committed, is checked for its fields and its sources only.)"""

import csv
import json
import re

import pytest

from .conftest import DATA

SETS = {
    "devset": (30, 8, 6),
    "devset2": (40, 8, 6),
    "testset": (30, 5, 6),
}  # articles, distractors, rows without a date (at least)
SLUGS = {"security", "military", "migration", "economy", "energy", "education", "integration", "health"}
PATTERNS = {"day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def gold(name):
    return json.loads((DATA / name / "gold.json").read_text(encoding="utf-8"))["events"]


def valid(g):
    assert re.fullmatch(PATTERNS[g["precision"]], g["date"]), g
    assert g["status"] in {"held", "planned"} and g["kind"] in {"meeting", "talks", "visit", "call", "summit"}, g
    assert (g["participants"] or g.get("optional")) and set(g["topics"]) <= SLUGS, g


@pytest.mark.parametrize("name", SETS)
def test_every_evidence_is_a_substring_of_its_article(name):
    for g in gold(name):
        assert g["evidence"] in (DATA / name / g["article"]).read_text(encoding="utf-8"), g["article"]


@pytest.mark.parametrize("name", SETS)
def test_fields_are_valid(name):
    for g in gold(name):
        valid(g)


@pytest.mark.parametrize("name", SETS)
def test_size_and_distractors(name):
    n_files, n_distractors, n_undated = SETS[name]
    with open(DATA / name / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    files = {r["file"] for r in rows}
    assert len(files) >= n_files and all((DATA / name / f).exists() for f in files)
    assert len(files - {g["article"] for g in gold(name)}) >= n_distractors
    assert sum(1 for r in rows if not r["published"]) >= n_undated


def test_real_report_gold_has_facts_and_sources_only():
    folder = DATA / "realworld"
    for part in ("r1", "r2"):
        events = json.loads((folder / f"gold_{part}.json").read_text(encoding="utf-8"))["events"]
        with open(folder / f"sources_{part}.csv", encoding="utf-8") as fh:
            rows = {r["file"]: r for r in csv.DictReader(fh)}
        assert len(rows) >= 30 and all(
            r["url"].startswith(("http://", "https://")) and r["query"] for r in rows.values()
        )
        for g in events:
            valid(g)
            assert g["article"] in rows
            assert "evidence" not in g, "quotes of third-party text stay in the ignored texts/ folder"
