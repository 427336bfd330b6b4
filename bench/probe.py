"""One measurement in a fresh process (so that peak memory is its own), printed as JSON.

python bench/probe.py ingest DIR [--workers N]      # DATABASE_URL names an empty database
python bench/probe.py naive DIR [--limit N] [--languages en|any]  # dateparser.search_dates over every passage
python bench/probe.py extract DIR [--limit N]       # our extraction alone, same articles
python bench/probe.py fill N                         # N synthetic events straight into the database
python bench/probe.py views                          # page, fragments and API latency on that database
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")


def setup():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stages:
    """Wall time spent inside named functions (wrapping module attributes); nested time is subtracted later."""

    def __init__(self):
        self.times: dict[str, float] = {}

    def wrap(self, module, name: str, stage: str):
        original = getattr(module, name)

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.times[stage] = self.times.get(stage, 0.0) + time.perf_counter() - t

        setattr(module, name, timed)


def ingest(folder: str, workers: int) -> dict:
    setup()
    from articles import services as a_services
    from timeline.extraction import events

    files = sorted(Path(folder).glob("*.txt"))
    size = sum(f.stat().st_size for f in files)
    stages = Stages()
    if workers == 1:
        stages.wrap(a_services, "decode_article", "read")
        stages.wrap(events, "split_passages", "split")
        stages.wrap(events, "split_sentences", "split")
        stages.wrap(events, "find_date_expressions", "date finding")
        stages.wrap(events, "find_reference_date", "date finding")
        stages.wrap(events, "resolve", "resolution")
        stages.wrap(events, "extract_events", "extraction (all)")
        stages.wrap(a_services, "_store_prepared", "DB write")
        stages.wrap(a_services, "_store_batch", "DB write")
    t = time.perf_counter()
    report = a_services.ingest_paths([folder], workers=workers)
    elapsed = time.perf_counter() - t
    out = {
        "articles": len(files),
        "seconds": round(elapsed, 3),
        "articles_per_s": round(len(files) / elapsed, 1),
        "mb_per_s": round(size / 1e6 / elapsed, 3),
        "events": report.events,
        "failed": report.failed,
        "peak_mb": round(peak_mb(), 1),
    }
    if stages.times:
        st = stages.times
        nested = st.get("split", 0) + st.get("date finding", 0) + st.get("resolution", 0)
        st["classification"] = max(0.0, st.pop("extraction (all)", 0) - nested)
        st["read"] = st.get("read", 0)
        out["stages_s"] = {k: round(v, 3) for k, v in st.items()}
    return out


def naive(folder: str, limit: int, languages: str = "en") -> dict:
    """What most projects do: dateparser's search_dates over every paragraph, relative to a base
    date; ``languages="en"`` as the field notes advise, ``"any"`` as the call is usually written
    (dateparser then tries to detect the language of every paragraph)."""
    import datetime as dt

    from dateparser.search import search_dates

    files = sorted(Path(folder).glob("*.txt"))[:limit]
    kwargs = {"languages": ["en"]} if languages == "en" else {}
    search_dates("warm up on 1 May 2020", **kwargs)  # dateparser loads its language data on first use
    t = time.perf_counter()
    found = 0
    for f in files:
        base = dt.datetime(2020, 1, 1)
        for para in f.read_text(encoding="utf-8").split("\n"):
            if para.strip():
                found += len(search_dates(para, settings={"RELATIVE_BASE": base}, **kwargs) or [])
    elapsed = time.perf_counter() - t
    return {
        "articles": len(files),
        "seconds": round(elapsed, 3),
        "articles_per_s": round(len(files) / elapsed, 1),
        "dates": found,
    }


def extract(folder: str, limit: int) -> dict:
    from timeline.extraction.events import extract_events
    from timeline.extraction.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    files = sorted(Path(folder).glob("*.txt"))[:limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    t = time.perf_counter()
    n = sum(len(extract_events(text, gazetteer=gaz).events) for text in texts)
    elapsed = time.perf_counter() - t
    return {
        "articles": len(files),
        "seconds": round(elapsed, 3),
        "articles_per_s": round(len(files) / elapsed, 1),
        "events": n,
    }


def fill(n: int) -> dict:
    """``n`` dated events (with article, passage, mention, participants, topics) by bulk insert."""
    setup()
    from timeline.models import Event
    from timeline.services import ensure_defaults

    ensure_defaults()
    t = time.perf_counter()
    add_events(n)
    seconds = round(time.perf_counter() - t, 2)
    from django.db import connection

    from articles.services import refresh_statistics

    refresh_statistics()  # SQLite: as ingest does after storing articles
    if connection.vendor == "postgresql":  # what autovacuum does soon after a bulk load
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {"events": Event.objects.count(), "seconds": seconds}


# as long as a real report (about 2 KB): an export that read whole articles would pay for it
ARTICLE_BODY = ("Officials of Russia and Tajikistan met in Dushanbe and discussed cooperation. " * 26)[:2000]


def add_events(n: int, *, seed: int = 1, first_day=None, days: int = 11000, prefix: str = "fill") -> None:
    """Bulk-insert ``n`` dated events spread over ``days`` days from ``first_day`` (1995-01-01), each
    with its article, passage and mention, two participants and one or two topics (also used by
    tests that need many events)."""
    import datetime as dt
    import random

    from articles.models import Article, Passage
    from timeline.models import Event, Mention, Person, Topic

    rng = random.Random(seed)
    first_day = first_day or dt.date(1995, 1, 1)
    people = list(Person.objects.filter(country__in=["RU", "TJ"]))
    topics = list(Topic.objects.all())
    batch = 2000
    for lo in range(0, n, batch):
        size = min(batch, n - lo)
        articles = Article.objects.bulk_create(
            [Article(file_name=f"{prefix}_{lo + i:07d}.txt", body=ARTICLE_BODY, sha256=f"{prefix}{lo + i:060d}"[-64:],
                     outlet="TASS", published=first_day + dt.timedelta(days=(lo + i) * days // max(n, 1)))
             for i in range(size)]
        )  # fmt: skip
        passages = Passage.objects.bulk_create(
            [Passage(article=a, index=0, text="x" * 200, start=0, end=200) for a in articles]
        )
        events = Event.objects.bulk_create(
            [
                Event(
                    date=a.published - dt.timedelta(days=1), date_precision=rng.choice(["day"] * 8 + ["month", "year"]),
                    status=rng.choice(["held"] * 9 + ["planned"]), kind=rng.choice(["meeting", "talks", "visit", "call"]),
                    title=f"Event {lo + i}", primary_topic=rng.choice(topics),
                )
                for i, a in enumerate(articles)
            ]
        )  # fmt: skip
        Mention.objects.bulk_create(
            [Mention(event=e, article=a, passage=p, start=0, end=100, quote="x" * 100, date_text="yesterday",
                     date_resolution="relative", date=e.date, date_precision=e.date_precision)
             for e, a, p in zip(events, articles, passages, strict=True)]
        )  # fmt: skip
        through_p = Event.participants.through
        through_t = Event.topics.through
        through_p.objects.bulk_create(
            [through_p(event_id=e.pk, person_id=p.pk) for e in events for p in rng.sample(people, 2)]
        )
        through_t.objects.bulk_create(
            [through_t(event_id=e.pk, topic_id=tp.pk) for e in events for tp in {e.primary_topic, rng.choice(topics)}]
        )


EXPORTS = {
    "api /api/events.timeline.json": "/api/events.timeline.json",
    "api /api/events.ics": "/api/events.ics",
    "api /api/events.csv": "/api/events.csv",
}


def exports() -> dict:
    """Seconds, bytes and peak memory of each whole-archive export (HTTP formats and ``export_events``)."""
    setup()
    import io
    import tempfile

    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    out = {}
    for name, url in EXPORTS.items():
        t = time.perf_counter()
        r = client.get(url)
        size = sum(len(chunk) for chunk in r) if r.streaming else len(r.content)
        assert r.status_code == 200, (url, r.status_code)
        out[name] = {"seconds": round(time.perf_counter() - t, 2), "bytes": size, "peak_mb": round(peak_mb(), 1)}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("json", "csv"):
            path = Path(tmp) / f"events.{fmt}"  # a file, as a user writes it: nothing held in memory
            t = time.perf_counter()
            call_command("export_events", "--format", fmt, "-o", str(path), stderr=io.StringIO())
            out[f"export_events --format {fmt}"] = {
                "seconds": round(time.perf_counter() - t, 2),
                "bytes": path.stat().st_size,
                "peak_mb": round(peak_mb(), 1),
            }
    return out


def views() -> dict:
    """Median and p95 latency, queries per request and figure JSON bytes on the filled database."""
    setup()  # migrations too: a database filled before a new migration gets it
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from timeline.models import Event
    from timeline.queries import forget_recent_reads

    setup_test_environment()  # so that responses carry their context (figure JSON size)
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    first = Event.objects.order_by("pk").values_list("pk", flat=True).first()
    hx = {"HX-Request": "true"}
    cases = {
        "page /": ("/", {}),
        "fragment ?topic=migration": ("/?topic=migration", hx),
        "fragment ?from=2010&to=2010": ("/?from=2010&to=2010", hx),
        "fragment ?kind=visit&rows=topic": ("/?kind=visit&rows=topic", hx),
        "fragment ?topic=migration&topic=energy": ("/?topic=migration&topic=energy", hx),
        "fragment ?person=Vladimir Putin": ("/?person=Vladimir+Putin", hx),
        "fragment event panel": (f"/events/{first}/", hx),
        "api /api/events": ("/api/events", {}),
    }
    out = {}
    for name, (url, headers) in cases.items():
        client.get(url, headers=headers)  # warm
        entry = {}
        # warm: the data version unchanged since the last request (what most requests see);
        # cold: the cache emptied before each request (the first request after an ingest or an edit).
        for label, runs, clear in (("", 15, False), ("cold_", 7, True)):
            times, queries = [], 0
            for _ in range(runs):
                if clear:
                    cache.clear()
                    forget_recent_reads()
                with CaptureQueriesContext(connection) as ctx:
                    t = time.perf_counter()
                    r = client.get(url, headers=headers)
                    times.append((time.perf_counter() - t) * 1000)
                queries = len(ctx.captured_queries)
                assert r.status_code == 200, (url, r.status_code)
            times.sort()
            entry[f"{label}median_ms"] = round(statistics.median(times), 1)
            entry[f"{label}p95_ms"] = round(times[int(0.95 * (len(times) - 1))], 1)
            entry[f"{label}queries"] = queries
        if "figure" in (r.context or {}):
            entry["figure_json_bytes"] = len(json.dumps(r.context["figure"]))
        out[name] = entry
    return out


if __name__ == "__main__":
    cmd = sys.argv[1]
    args = sys.argv[2:]
    opt = {args[i]: args[i + 1] for i in range(len(args) - 1) if args[i].startswith("--")}
    if cmd == "ingest":
        result = ingest(args[0], int(opt.get("--workers", 1)))
    elif cmd == "naive":
        result = naive(args[0], int(opt.get("--limit", 10**9)), opt.get("--languages", "en"))
    elif cmd == "extract":
        result = extract(args[0], int(opt.get("--limit", 10**9)))
    elif cmd == "fill":
        result = fill(int(args[0]))
    elif cmd == "views":
        result = views()
    elif cmd == "exports":
        result = exports()
    else:
        sys.exit(f"unknown command {cmd}")
    print(json.dumps(result))
