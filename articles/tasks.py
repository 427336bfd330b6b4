"""Ingestion as tasks (django-tasks, database backend): one task per article, run by ``db_worker``.

The task carries the decoded text, so workers need the database, not the files.
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
