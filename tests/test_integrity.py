"""Integrity: one transaction per article, versions kept, concurrent runs, kills and restarts."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection

from articles.models import Article, ArticleVersion, Passage
from articles.services import ingest_paths, ingest_text
from timeline.models import Event, Mention

from .synth import write_corpus

ROOT = Path(__file__).resolve().parent.parent
TEXT = "MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow on March 3, 2015 to discuss trade.\n"


@pytest.mark.django_db
def test_a_failure_half_way_leaves_nothing_of_the_article(monkeypatch, seeded, tmp_path):
    before = (Article.objects.count(), Passage.objects.count(), Event.objects.count(), Mention.objects.count())

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("timeline.services.store_events", boom)
    monkeypatch.setattr("timeline.services.store_new_events", boom)
    (tmp_path / "new.txt").write_text(TEXT)
    report = ingest_paths([tmp_path])
    assert report.failed == 1 and "internal error" in report.problems[0] and "new.txt" in report.problems[0]
    assert (Article.objects.count(), Passage.objects.count(), Event.objects.count(), Mention.objects.count()) == before


@pytest.mark.django_db
def test_a_failed_batch_is_stored_article_by_article_so_one_bad_article_costs_only_itself(monkeypatch, tmp_path):
    """New articles are written in batches; when a batch fails, each article gets its own transaction."""
    from timeline import services

    store_events = services.store_events

    def fussy(article, *args, **kwargs):
        if article.file_name == "b.txt":
            raise RuntimeError("disk on fire")
        return store_events(article, *args, **kwargs)

    def boom(*args, **kwargs):
        raise RuntimeError("batch refused")

    monkeypatch.setattr("timeline.services.store_new_events", boom)
    monkeypatch.setattr("timeline.services.store_events", fussy)
    for name, who in (("a.txt", "Emomali Rahmon"), ("b.txt", "Sirojiddin Muhriddin"), ("c.txt", "Kokhir Rasulzoda")):
        (tmp_path / name).write_text(TEXT.replace("Emomali Rahmon", who))
    report = ingest_paths([tmp_path])
    assert (report.new, report.failed) == (2, 1) and "b.txt" in report.problems[0]
    assert sorted(Article.objects.values_list("file_name", flat=True)) == ["a.txt", "c.txt"]
    assert Mention.objects.filter(article__file_name="b.txt").count() == 0
    assert Mention.objects.count() == 2


@pytest.mark.django_db
def test_batched_and_one_by_one_ingestion_store_the_same_events(tmp_path, monkeypatch):
    """The batch path (bulk inserts, matching in memory) gives what one transaction per article gives."""
    import json

    from django.core.management import call_command

    from articles import services as a_services

    write_corpus(tmp_path, 120, seed=11)
    # The same meetings from other outlets: next to the original (same batch) or far from it (a later batch).
    manifest = (tmp_path / "manifest.csv").read_text().splitlines()
    for i, row in enumerate(manifest[1:61]):
        name, published = row.split(",")[:2]
        copy = f"{name[:-4]}_copy.txt" if i % 2 else f"zz_{name}"
        (tmp_path / copy).write_text((tmp_path / name).read_text().replace("Moscow", "MOSCOW", 1))
        manifest.append(f"{copy},{published},Other outlet,,")
    (tmp_path / "manifest.csv").write_text("\n".join(manifest) + "\n")

    def export() -> dict:
        out = tmp_path / "export.json"
        call_command("export_events", "-o", str(out))
        data = json.loads(out.read_text())
        for e in data["events"]:
            e.pop("id")  # ids and links to articles differ between the two databases; nothing else may
            for m in e["mentions"]:
                m.pop("passage_url")
        for m in data["undated"]:
            m.pop("passage_url", None)
            m.pop("event_id", None)
        return data

    # Small batches: copies meet their originals both within a batch (in memory) and across batches (stored).
    monkeypatch.setattr(a_services, "BATCH_ARTICLES", 7)
    ingest_paths([tmp_path])
    batched = export()
    Article.objects.all().delete()
    Event.objects.all().delete()
    real = a_services._batchable
    try:
        a_services._batchable = lambda *a: False
        ingest_paths([tmp_path])
    finally:
        a_services._batchable = real
    one_by_one = export()
    several = [e for e in batched["events"] if len({m["article"] for m in e["mentions"]}) > 1]
    assert len(several) > 30  # the copies joined their originals' events
    for key in ("events", "undated"):
        for a, b in zip(batched[key], one_by_one[key], strict=True):
            assert a == b


@pytest.mark.django_db
def test_changed_article_keeps_its_previous_text_as_a_version():
    ingest_text("a.txt", TEXT)
    ingest_text("a.txt", TEXT.replace("trade", "energy"))
    article = Article.objects.get()
    (version,) = ArticleVersion.objects.filter(article=article)
    assert version.body == TEXT and "energy" in article.body
    assert "energy" in {t.slug for t in Event.objects.get().topics.all()}


def _manage(env, *args, **kw):
    return subprocess.Popen(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw,
    )  # fmt: skip


def _db_env():
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        url = f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    else:
        url = f"sqlite:///{settings['NAME']}"
    return os.environ | {"DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings_test"}


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_ingests_create_no_duplicates(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers are tested on PostgreSQL (make test runs this leg)")
    folder = tmp_path / "corpus"
    names = write_corpus(folder, 60, seed=3)
    # The same meetings reported twice under other file names: the two runs race to create each event.
    for name in names[:30]:
        (folder / f"copy_{name}").write_text((folder / name).read_text())
    env = _db_env()
    procs = [_manage(env, "ingest", "--no-progress", str(folder)) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert Article.objects.count() == len(list(folder.glob("*.txt")))
    keys = Counter(
        (e.date, e.kind == "call", frozenset(e.participants.values_list("name", flat=True)))
        for e in Event.objects.dated().prefetch_related("participants")  # undated events stay per article
    )
    assert max(keys.values()) == 1, [k for k, n in keys.items() if n > 1]


def _export(env) -> dict:
    out = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "export_events", "--format", "json"],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(out.stdout)

    def strip(e):
        e = dict(e)
        e.pop("id")
        e["mentions"] = sorted((m["article"], m["start"]) for m in e["mentions"])
        return e

    return sorted((strip(e) for e in data["events"]), key=lambda e: json.dumps(e, sort_keys=True))


@pytest.mark.slow
def test_sigkill_at_random_points_then_restart_equals_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder, 400, seed=11)
    base = os.environ | {"DJANGO_SETTINGS_MODULE": "config.settings_test"}
    clean = base | {"DATABASE_URL": f"sqlite:///{tmp_path}/clean.sqlite3"}
    killed = base | {"DATABASE_URL": f"sqlite:///{tmp_path}/killed.sqlite3"}
    for env in (clean, killed):
        subprocess.run([sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], env=env, cwd=ROOT, check=True)  # noqa: S603
    subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "ingest", "--no-progress", str(folder)], env=clean, cwd=ROOT, check=True,
        capture_output=True,
    )  # fmt: skip
    rng = random.Random(5)
    for _ in range(4):
        p = _manage(killed, "ingest", "--no-progress", str(folder))
        time.sleep(rng.uniform(1.0, 3.0))
        p.send_signal(signal.SIGKILL)
        p.communicate()
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "ingest", "--no-progress", str(folder)], env=killed, cwd=ROOT,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "0 failed" in done.stdout, done.stdout + done.stderr
    a, b = _export(killed), _export(clean)
    assert len(a) == len(b)
    assert a == b, [x for x in a if x not in b][:3]
