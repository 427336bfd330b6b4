"""Builds the folders that ``evaluate`` reads from the real published reports (issue 13).

    python tests/data/realworld/prepare.py [dev|test|all] [--set rN] [--strip]

The articles themselves are third-party text: they are never committed. They live in the
ignored folder ``texts/`` (``r1_*``, ``r3_*``, ``r4_*``, ``r6_*``, ``r8_*``, ``r9_*``, ``r11_*``, ``r12_*``, ``r13_*``, ``r14_*``, ``r15_*``, ``r16_*`` to ``r35_*.txt`` the dev split,
``r2_*``, ``r5_*``, ``r7_*`` and ``r10_*.txt`` the held-out test split; each set was collected in one go,
``r4`` and ``r5`` on 1 December 2026, ``r6`` (wire agencies, the Kremlin), ``r7`` and ``r8`` (Tajik and
Central Asian outlets), ``r9`` (odd years, 20 English pages), ``r10`` (even years, 30 English pages) and
``r11`` (17 English pages, mostly government sites) on 2 December 2026, ``r12`` (21 English pages, Tajik, Russian
and Central Asian outlets and government sites, 4 distractors) and ``r13`` (18 English pages, mostly 2003–2012, 4
distractors) on 2 December 2026, second session, ``r14`` (20 English pages, ministers and parliaments, 5
distractors, 7 pages without a date) and ``r15`` (20 English pages, presidents and prime ministers, 3 distractors)
on 2 December 2026, third session, ``r16`` (16 English pages, ministers, agencies, parliaments and regions, 3
distractors, 7 pages without a date, most events optional) and ``r17`` (13 English pages, presidents and ministers,
3 distractors) on 2 December 2026, fourth session, ``r18`` (6 English pages of 2001–2012, 2 distractors)
and ``r19`` (2 English pages of 2014–2025, 1 distractor) on 3 December 2026 — the rest of what those
collectors found was in Russian, Tajik or German and is left out: the extractor reads English — then
``r20`` (15 English pages of 2001–2012, 2 distractors) and ``r21`` (15 English pages of 2016–2025, 2
distractors; both with many pages that show no year, so most of their events are optional)), and on 3 December
2026, second session, ``r22`` (official readouts), ``r23`` (wire agencies), ``r24`` (Tajik and Central Asian outlets)
and ``r25`` (Western and analytic outlets): 57 English pages, 8 distractors, measured blind before any rule
looked at them (many of their pages show no year, so about half their events are optional), then ``r26``
(regions and parliaments), ``r27`` (security, borders, migration) and ``r28`` (economy and energy): 40 English
pages, 6 distractors, also measured blind, and ``r29`` (2000–2008), ``r30`` (2014–2020) and ``r31`` (transcripts
and briefings): 41 English pages, 6 distractors, measured blind, and ``r32`` (2009–2013), ``r33`` (2021–2025),
``r34`` (15 hard distractors: pages on both countries that report no contact) and ``r35`` (culture, regions,
envoys): 61 English pages, measured blind,
copied from the stored pages the search tool serves (each row of ``sources_*.csv`` gives the
page's address and the query that finds it). What is committed: ``sources_*.csv``
(file, split, published, outlet, url, query) and ``gold_*.json`` (the contacts each article
reports: dates, precision, kind, status, participants' surnames, place, topics; no quotes).

Writes ``texts/_SPLIT/`` with the articles, ``manifest.csv`` (publication dates and outlets as the
pages give them) and ``gold.json`` (with the evidence quotes when ``texts/gold_*.evidence.json``
is there). Exits 3 with instructions when the texts are missing.

``--set rN``: only the articles of that collection (e.g. the newest held-out set, ``--set r5``), in
``texts/_SPLIT_rN/``.

``--strip``: moves the evidence quotes of ``gold_*.json`` into ``texts/gold_*.evidence.json`` (what
an annotator wrote), so that only facts are left to commit.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"


def strip() -> None:
    for gold in sorted(HERE.glob("gold_*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        if not any("evidence" in e for e in data["events"]):
            continue
        TEXTS.mkdir(exist_ok=True)
        (TEXTS / f"{gold.stem}.evidence.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
        facts = {"events": [{k: v for k, v in e.items() if k != "evidence"} for e in data["events"]]}
        gold.write_text(json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{gold.name}: evidence moved to texts/{gold.stem}.evidence.json")


def build(split: str, only: str | None = None) -> Path | None:
    rows = []
    for sources in sorted(HERE.glob(f"sources_{only or '*'}.csv")):
        with open(sources, encoding="utf-8", newline="") as fh:
            rows += [r for r in csv.DictReader(fh) if split == "all" or r["split"] == split]
    missing = [r["file"] for r in rows if not (TEXTS / r["file"]).exists()]
    if rows and missing and len(missing) <= len(rows) // 20:
        # a page the stored copies no longer hold: the rest is still measured, and the gap is said
        print(
            f"warning: {len(missing)} of {len(rows)} texts missing ({', '.join(missing)}): measured without them",
            file=sys.stderr,
        )
        rows = [r for r in rows if r["file"] not in missing]
        missing = []
    if not rows or missing:
        print(
            f"real-report texts for the {split} split are not here ({len(missing)} of {len(rows)} missing, e.g. "
            f"{', '.join(missing[:3])}).\nThey are third-party text and are not committed: copy each page listed "
            f"in {HERE.relative_to(Path.cwd()) if HERE.is_relative_to(Path.cwd()) else HERE}/sources_*.csv (url; "
            "the query column finds it in the stored pages of the search tool) as plain text, one paragraph "
            f"a line, into {TEXTS}/<file>.",
            file=sys.stderr,
        )
        return None
    out = TEXTS / (f"_{split}_{only}" if only else f"_{split}")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    files = {r["file"] for r in rows}
    with open(out / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "published", "source", "url", "title"])
        for r in rows:
            shutil.copy(TEXTS / r["file"], out / r["file"])
            w.writerow([r["file"], r["published"], r["outlet"][:200], r["url"], ""])
    events = []
    for gold in sorted(HERE.glob("gold_*.json")):
        evidence = TEXTS / f"{gold.stem}.evidence.json"
        data = json.loads((evidence if evidence.exists() else gold).read_text(encoding="utf-8"))
        events += [e for e in data["events"] if e["article"] in files]
    (out / "gold.json").write_text(json.dumps({"events": events}, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--strip" in sys.argv:
        strip()
        sys.exit(0)
    only = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv[:-1] else None
    args = [a for a in args if a != only]
    folder = build(args[0] if args else "dev", only)
    if folder is None:
        sys.exit(3)
    print(folder)
