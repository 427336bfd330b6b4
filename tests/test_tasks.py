"""Past one machine: ingestion through django-tasks' database backend, run by real workers."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from timeline.models import Event

from .synth import write_corpus

ROOT = Path(__file__).resolve().parent.parent


def events_snapshot():
    return sorted(
        (
            str(e.date), e.kind == "call",
            tuple(sorted(e.participants.values_list("name", flat=True))),
            tuple(sorted(e.mentions.values_list("article__file_name", "start"))),
        )
        for e in Event.objects.prefetch_related("participants")
    )  # fmt: skip


@pytest.mark.django_db
def test_a_task_stores_its_group_of_articles_as_a_direct_ingest_does(tmp_path):
    """The task's own code, run in this process (both databases): same events as ``ingest``."""
    from articles.manifest import read_manifest
    from articles.tasks import ingest_articles

    write_corpus(tmp_path, 30, seed=4)
    rows = read_manifest(tmp_path / "manifest.csv").rows
    group = [
        {"file": f.name, "body": f.read_text(), "published": rows[f.name].published and rows[f.name].published.isoformat(),
         "source": rows[f.name].source, "url": "", "title": ""}
        for f in sorted(tmp_path.glob("*.txt"))
    ]  # fmt: skip
    result = ingest_articles.call(group)
    assert (result["new"], result["failed"]) == (30, 0)
    assert ingest_articles.call(group)["unchanged"] == 30
    by_task = events_snapshot()
    Article.objects.all().delete()
    Event.objects.all().delete()
    call_command("ingest", str(tmp_path), "--no-progress", stdout=io.StringIO())
    assert by_task and events_snapshot() == by_task


@pytest.mark.django_db(transaction=True)
def test_a_folder_ingested_through_the_queue_equals_a_direct_ingest(tmp_path, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("the task workers run against PostgreSQL (make test runs this leg)")
    from articles import services

    monkeypatch.setattr(services, "TASK_ARTICLES", 6)  # seven tasks for two workers
    folder = tmp_path / "corpus"
    write_corpus(folder, 40, seed=9)
    out = io.StringIO()
    call_command("ingest", str(folder), "--queue", stdout=out)
    assert "40 queued" in out.getvalue()
    assert Article.objects.count() == 0  # nothing ingested until a worker runs

    s = connection.settings_dict
    env = os.environ | {
        "DATABASE_URL": f"postgres://{s['USER']}:{s['PASSWORD'] or ''}@{s['HOST']}:{s['PORT']}/{s['NAME']}",
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
    }
    workers = [
        subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "db_worker",
                "--queue-name",
                "ingest",
                "--batch",
                "--no-reload",
                "--no-startup-delay",
                "--interval",
                "0.1",
                "--worker-id",
                f"test-worker-{i}",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i in range(2)
    ]
    outputs = [w.communicate(timeout=300) for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    assert Article.objects.count() == 40
    queued = events_snapshot()

    Article.objects.all().delete()
    Event.objects.all().delete()
    call_command("ingest", str(folder), "--no-progress", stdout=io.StringIO())
    assert events_snapshot() == queued
