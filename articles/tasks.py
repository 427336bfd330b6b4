"""Ingestion as tasks (django-tasks, database backend), run by ``db_worker --queue-name ingest``.

``ingest --queue`` queues ``ingest_articles`` tasks (groups of articles, stored by batches);
``ingest_article`` takes one. A task carries the decoded text, so workers need the database,
not the files.
"""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from .manifest import ManifestRow


@task(queue_name="ingest")
def ingest_article(file_name: str, body: str, published: str | None, source: str, url: str, title: str) -> str:
    """Store one article and its events; returns "new", "updated" or "unchanged"."""
    from .services import ingest_text

    meta = ManifestRow(
        file=file_name,
        published=dt.date.fromisoformat(published) if published else None,
        source=source,
        url=url,
        title=title,
    )
    return ingest_text(file_name, body, meta=meta)


@task(queue_name="ingest")
def ingest_articles(articles: list[dict]) -> dict:
    """Store a group of articles ``{"file", "body", "published", "source", "url", "title"}``
    and their events; returns the counts and problems of ``IngestReport``."""
    from .services import ingest_texts

    report = ingest_texts(
        [
            (
                a["file"], a["body"],
                ManifestRow(
                    file=a["file"], published=dt.date.fromisoformat(a["published"]) if a.get("published") else None,
                    source=a.get("source") or "", url=a.get("url") or "", title=a.get("title") or "",
                ),
            )
            for a in articles
        ]
    )  # fmt: skip
    return {"new": report.new, "unchanged": report.unchanged, "updated": report.updated, "failed": report.failed,
            "problems": report.problems}  # fmt: skip
