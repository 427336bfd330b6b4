"""A deterministic generator of articles in the style of the seeds (benchmarks and integrity tests).

Seeded: the same ``seed`` and size always give the same files. Varied outlets, datelines (with and
without a year), manifests with and without dates, date forms (full, month-day, weekday, relative,
month-year background), officials of both countries, topics, and one distractor in ten.

    python bench/corpus.py FOLDER N [SEED]
    python bench/corpus.py FOLDER N --real-shaped

``--real-shaped`` (issue 14): copies of the articles the team wrote in the shape of real reports
(the seeds, ``tests/data/devset`` and ``devset2``: their lengths, datelines, background paragraphs,
transcripts, distractors), each under its own name with its manifest row; the same meetings
reported again and again, as an archive of a well-reported relationship is.
"""

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


FILLER = [
    "“Our cooperation covers {t1} and {t2}, and we intend to expand it,” the minister told journalists after the meeting.",
    "According to the statistics agency, {n1} Tajik citizens registered as labour migrants in Russia in {y}, {p}% more than a year earlier.",
    "Experts note that remittances from Russia equal about {p} percent of Tajikistan's gross domestic product.",
    "The sides also touched upon {t1}, including projects worth ${n2} million that are due to be completed by {y2}.",
    "Russia's 201st military base, with about 7,000 servicemen, is deployed in Dushanbe and Bokhtar under an agreement valid until 2042.",
    "Earlier, the intergovernmental commission on economic cooperation reviewed the implementation of {n3} agreements signed since {y0}.",
    "Trade turnover between the two countries reached ${n2} million in {y}, with exports of aluminium, cotton and fruit growing.",
    "The situation on the Tajik-Afghan border, which stretches for more than 1,300 kilometres, remains a concern for both capitals.",
    "May brings the start of the agricultural season, when demand for seasonal workers in Russian regions rises sharply.",
    "Analysts in Dushanbe said the talks could pave the way for new investment in hydropower plants such as Rogun and Sangtuda.",
]


def filler(rng: random.Random, year: int, k: int) -> list[str]:
    out = []
    for template in rng.sample(FILLER, k):
        out.append(
            template.format(
                t1=rng.choice(TOPICS),
                t2=rng.choice(TOPICS),
                n1=f"{rng.randrange(100, 999)},{rng.randrange(100, 999)}",
                n2=rng.randrange(100, 3000),
                n3=rng.randrange(20, 300),
                p=rng.randrange(2, 40),
                y=year - 1,
                y2=year + rng.randrange(1, 6),
                y0=year - rng.randrange(5, 25),
            )  # fmt: skip
        )
    return out


def article(rng: random.Random, i: int) -> tuple[str, str, dict]:
    """(file name, text, manifest row) for article ``i``."""
    if i % 10 == 9:
        d = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        text = DISTRACTOR.format(mon=d.strftime("%B"), day=d.day, year=d.year, prev=d.year - 1)
        text += "\n".join(filler(rng, d.year, 5)) + "\n"
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
    earlier = d - dt.timedelta(days=rng.randrange(20, 400))
    background = rng.choice(
        [
            f"The two sides last spoke by phone on {earlier:%B} {earlier.day}, {earlier.year}.",
            f"Bilateral trade stood at ${rng.randrange(500, 1500)} million in {d.year - 1}.",
            f"They last met in {earlier:%B %Y} in {rng.choice(PLACES)}.",
            f"The agreement signed in {d.year - rng.randrange(2, 12)} runs until {d.year + 20}.",
        ]
    )
    paragraphs = [lead, f"They also discussed {rng.choice(TOPICS)}, officials said.", background]
    paragraphs[2:2] = filler(rng, d.year, rng.randrange(4, 9))
    body = "\n\n".join(paragraphs) + "\n"
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


def write_real_shaped(folder, n: int) -> list[str]:
    """Write ``n`` copies of the team's real-shaped articles (in turn) and their manifest rows."""
    import csv
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sources = []
    for manifest in (
        root / "seeds" / "manifest.csv",
        *(root / "tests" / "data" / d / "manifest.csv" for d in ("devset", "devset2")),
    ):
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                sources.append((manifest.parent / row["file"], row))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "published", "source", "url", "title"])
        for i in range(n):
            path, row = sources[i % len(sources)]
            name = f"copy_{i:06d}_{path.name}"
            (folder / name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            writer.writerow([name, row.get("published", ""), row.get("source", ""), "", row.get("title", "")])
            names.append(name)
    return names


if __name__ == "__main__":
    import sys

    if "--real-shaped" in sys.argv:
        write_real_shaped(sys.argv[1], int(sys.argv[2]))
    else:
        write_corpus(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 7)
