"""A deterministic generator of articles in the style of the seeds (for integrity tests and benchmarks)."""

from __future__ import annotations

import datetime as dt
import random

PAIRS = [
    ("Russian President Vladimir Putin", "Tajik President Emomali Rahmon", "Putin", "Rahmon", 2012, 2025),
    (
        "Russian Foreign Minister Sergei Lavrov",
        "his Tajik counterpart Sirojiddin Muhriddin",
        "Lavrov",
        "Muhriddin",
        2014,
        2025,
    ),
    ("Russian Defence Minister Sergei Shoigu", "Tajik Defence Minister Sherali Mirzo", "Shoigu", "Mirzo", 2014, 2023),
    (
        "Russian Prime Minister Mikhail Mishustin",
        "Tajik Prime Minister Kokhir Rasulzoda",
        "Mishustin",
        "Rasulzoda",
        2020,
        2025,
    ),
]
PLACES = ["Moscow", "Dushanbe", "Sochi", "Kazan", "St Petersburg", "Khujand"]
TOPICS = [
    "labour migrants and work permits", "border security and Afghanistan", "hydropower and electricity",
    "trade and investment", "the Russian military base", "Russian-language schools", "the CSTO and the CIS",
]  # fmt: skip
OUTLETS = ["Asia-Plus", "TASS", "RIA Novosti", "Interfax", "AKIpress"]
DISTRACTOR = (
    "BISHKEK, {mon} {day}, {year} (AKIpress) -- Kyrgyz and Tajik border officials met in Batken on {mon} {day} "
    "after a clash that left two injured. Trade turnover between Kyrgyzstan and Uzbekistan reached $1.2 billion "
    "in {prev}, the statistics committee said. The water agreement signed in 2008 runs until 2042.\n"
)


def article(rng: random.Random, i: int) -> tuple[str, str, dict]:
    """(file name, text, manifest row) for article ``i``."""
    if i % 10 == 9:
        d = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        text = DISTRACTOR.format(mon=d.strftime("%B"), day=d.day, year=d.year, prev=d.year - 1)
        return f"synth_{i:06d}.txt", text, {"published": d.isoformat(), "source": "AKIpress"}
    ru, tj, _, _, y0, y1 = rng.choice(PAIRS)
    d = dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange((y1 - y0) * 365))
    published = d + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    when = {0: "today", 1: "yesterday", 2: f"on {d:%A}"}[(published - d).days]
    style = rng.randrange(3)
    if style == 0:
        lead = f"{place.upper()}, {published:%B} {published.day}, {rng.choice(OUTLETS)} -- {ru} met {tj} in {place} {when} to discuss {topic}."
        meta = {"published": "", "source": ""}
    else:
        lead = f"{ru} held talks with {tj} in {place} {when}, focusing on {topic}."
        meta = {"published": published.isoformat(), "source": rng.choice(OUTLETS)}
    background = (
        f"The two sides last spoke by phone on {d - dt.timedelta(days=rng.randrange(20, 200)):%B %d, %Y}."
        if rng.random() < 0.5
        else f"Bilateral trade stood at ${rng.randrange(500, 1500)} million in {d.year - 1}."
    )
    body = f"{lead}\n\nThey also discussed {rng.choice(TOPICS)}, officials said.\n\n{background}\n"
    return f"synth_{i:06d}.txt", body, meta


def write_corpus(folder, n: int, seed: int = 7) -> list[str]:
    """Write ``n`` articles and a manifest.csv into ``folder``; returns the file names."""
    import csv
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    names = []
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "published", "source", "url", "title"])
        for i in range(n):
            name, text, meta = article(rng, i)
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow([name, meta["published"], meta["source"], "", ""])
            names.append(name)
    return names
