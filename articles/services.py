"""Ingestion: files and folders in, Articles and Passages stored, events extracted.

The only module of ``articles`` that writes to the database. New articles are stored by
batches of ``BATCH_ARTICLES``, one transaction each; a changed article is one transaction. A
failure half-way leaves nothing of what failed behind and nothing else changed: a failed batch is
rolled back and stored again article by article, so a bad article costs only itself.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction

from config.bulk import insert_rows

from .html import html_to_text, looks_like_html
from .links import http_url
from .manifest import ManifestRow, read_manifest
from .models import Article, ArticleVersion, DateSource, Passage
from .text import ArticleError, decode_article, title_from_text

logger = logging.getLogger(__name__)


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    events: int = 0
    undated_mentions: int = 0
    queued: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.queued:
            return (
                f"articles: {self.queued} queued for the task workers, {self.failed} failed "
                "(run: python manage.py db_worker --queue-name ingest)"
            )
        return (
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated, {self.failed} failed; "
            f"events: {self.events}; undated mentions: {self.undated_mentions}"
        )


@dataclass(frozen=True)
class Source:
    path: Path
    meta: ManifestRow | None


def collect_sources(paths: Iterable[str | Path], report: IngestReport) -> list[Source]:
    """Expand files and folders into article files, with their manifest rows where a folder has one."""
    sources: list[Source] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            manifest_path = path / "manifest.csv"
            rows = {}
            if manifest_path.exists():
                manifest = read_manifest(manifest_path)
                rows = manifest.rows
                report.problems.extend(manifest.problems)
                for name in rows:
                    if not (path / name).is_file():
                        report.problems.append(f"{manifest_path}: listed file {name} does not exist")
            for file in sorted(path.glob("*.txt")):
                if file.resolve() not in seen:
                    seen.add(file.resolve())
                    sources.append(Source(file, rows.get(file.name)))
        elif path.is_file():
            if path.resolve() in seen:
                continue
            seen.add(path.resolve())
            sibling = path.parent / "manifest.csv"
            meta = read_manifest(sibling).rows.get(path.name) if sibling.exists() else None
            sources.append(Source(path, meta))
        else:
            report.failed += 1
            report.problems.append(f"{path}: no such file or folder")
    return sources


@dataclass(frozen=True)
class Prepared:
    """What a worker sends back for one file: the decoded text and its extraction, or why not."""

    path: str
    body: str = ""
    sha: str = ""
    extraction: object = None
    error: str = ""
    unchanged: bool = False


_WORKER_STATE: dict = {}


def _init_worker(gazetteer, known: dict[str, str], max_bytes: int) -> None:
    _WORKER_STATE.update(gazetteer=gazetteer, known=known, max_bytes=max_bytes)


def prepare_text(p: Path, *, max_bytes: int) -> Prepared:
    """Read and decode one file (size checked first, HTML turned into text), or say why not."""
    try:
        size = p.stat().st_size
        if size > max_bytes:
            return Prepared(str(p), error=f"file too large: {size:,} bytes (limit {max_bytes:,}); not read")
        raw = p.read_bytes()
    except OSError as exc:
        return Prepared(str(p), error=f"cannot read ({exc.strerror or exc})")
    try:
        body = decode_article(raw, max_bytes=max_bytes)
        if looks_like_html(body):
            body = html_to_text(body)
            if not body.strip():
                raise ArticleError("HTML file with no text in it")
    except ArticleError as exc:
        return Prepared(str(p), error=str(exc))
    return Prepared(str(p), body=body)


def prepare(path: str, manifest_date, *, gazetteer, known: dict[str, str], max_bytes: int, url: str = "") -> Prepared:
    """Read, decode and extract one file: pure work, no database (so it can run in another process).

    ``known`` maps stored file names to their hash: an unchanged file is not extracted again.
    """
    text = prepare_text(Path(path), max_bytes=max_bytes)
    if text.error:
        return text
    return prepare_body(path, text.body, manifest_date, gazetteer=gazetteer, known=known, url=url)


def prepare_body(path: str, body: str, manifest_date, *, gazetteer, known: dict[str, str], url: str = "") -> Prepared:
    """Hash and extract one decoded article (``path``: its file path or name; ``url``: its page's
    address, from the manifest); an unchanged one (same hash as stored, ``known``) is not extracted
    again."""
    from timeline.extraction.events import extract_events

    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if known.get(Path(path).name) == sha:
        return Prepared(path, body=body, sha=sha, unchanged=True)
    try:
        extraction = extract_events(body, manifest_date=manifest_date, gazetteer=gazetteer, url=url)
    except Exception as exc:  # a bug in extraction must not stop the other files
        logger.exception("extracting %s failed", path)
        return Prepared(path, error=f"internal error ({exc.__class__.__name__}: {exc}); nothing of it was stored")
    return Prepared(path, body=body, sha=sha, extraction=extraction)


def _prepare_in_worker(args) -> Prepared:
    path, manifest_date, url = args
    return prepare(path, manifest_date, url=url, **_WORKER_STATE)


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    progress: Callable[[Iterable, int], Iterable] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Ingest files/folders; returns counts and every problem, each naming its file.

    With ``workers`` > 1, reading, decoding and extraction run in that many processes; this
    process writes to the database in the order of the files: new articles by batches
    (``_store_batch``), changed ones one transaction each.
    """
    from timeline.services import counts, load_gazetteer

    report = IngestReport()
    sources = collect_sources(paths, report)
    gazetteer = load_gazetteer()  # once per run: people, places and topic keywords as stored now
    known = dict(
        Article.objects.filter(file_name__in=[s.path.name for s in sources]).values_list("file_name", "sha256")
    )
    max_bytes = settings.ARTICLE_MAX_BYTES
    jobs = [(str(s.path), s.meta.published if s.meta else None, s.meta.url if s.meta else "") for s in sources]
    pool = None
    if workers > 1 and len(sources) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(gazetteer, known, max_bytes),
        )
        results = _windowed_map(pool, _prepare_in_worker, jobs)
    else:
        results = (
            prepare(path, d, gazetteer=gazetteer, known=known, max_bytes=max_bytes, url=url) for path, d, url in jobs
        )
    try:
        pairs = zip(sources, results, strict=True)
        _store_all(progress(pairs, len(sources)) if progress else pairs, report, gazetteer, known)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    report.events, report.undated_mentions = counts()
    if report.new or report.updated:
        refresh_statistics()
    return report


ANALYZE_FROM = 5000  # events


def refresh_statistics() -> None:
    """SQLite: refresh the query planner's statistics (about 0.1 s at 10^5 events). Without them
    SQLite guessed, e.g. read every visit to find the undated ones (7 ms at 100k events) rather
    than the few undated events through the date index. Sampled statistics (``analysis_limit``)
    misled it the other way: every topic link read to count the topics of one year (84 ms).
    PostgreSQL's autovacuum keeps its own. Below ``ANALYZE_FROM`` events SQLite's own guesses do
    well, and a small database keeps no statistics that would outlive its tables' growth."""
    from django.db import connection

    from timeline.models import Event

    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return
    if Event.objects.count() >= ANALYZE_FROM:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _windowed_map(pool, fn, jobs: list, window: int = 2000):
    """``pool.map`` over ``jobs`` in order, with at most three windows of results in flight: the
    workers stay busy while this process writes, and a slow database cannot make the results
    of a whole archive pile up in memory."""
    starts = iter(range(0, len(jobs), window))
    pending = [pool.map(fn, jobs[lo : lo + window], chunksize=16) for lo in itertools.islice(starts, 2)]
    while pending:
        current = pending.pop(0)
        lo = next(starts, None)
        if lo is not None:
            pending.append(pool.map(fn, jobs[lo : lo + window], chunksize=16))
        yield from current


def _store_all(pairs, report: IngestReport, gazetteer, known: dict[str, str]) -> None:
    """Store (source, prepared) pairs in order: new articles by batches, the others one by one."""
    batch: list[tuple[Source, Prepared]] = []
    chars = 0
    for source, prepared in pairs:
        if _batchable(source, prepared, known):
            batch.append((source, prepared))
            chars += len(prepared.body)
            if len(batch) >= BATCH_ARTICLES or chars > BATCH_CHARS:
                _store_batch(batch, report, gazetteer)
                batch, chars = [], 0
            continue
        _store_batch(batch, report, gazetteer)  # in order: what came before is stored first
        batch, chars = [], 0
        _store_prepared(source, prepared, report, gazetteer)
    _store_batch(batch, report, gazetteer)


def ingest_texts(items: list[tuple[str, str, ManifestRow]]) -> IngestReport:
    """Ingest decoded articles ``(file name, body, manifest row)``: what a task worker runs for
    a group of queued articles (extraction here, new ones stored by batches like ``ingest_paths``)."""
    from timeline.services import counts, load_gazetteer

    report = IngestReport()
    gazetteer = load_gazetteer()
    known = dict(Article.objects.filter(file_name__in=[n for n, _, _ in items]).values_list("file_name", "sha256"))
    pairs = [
        (
            Source(Path(name), meta),
            prepare_body(name, body, meta.published, gazetteer=gazetteer, known=known, url=meta.url),
        )
        for name, body, meta in items
    ]
    _store_all(pairs, report, gazetteer, known)
    report.events, report.undated_mentions = counts()
    return report


TASK_ARTICLES = 50  # articles per queued task ...
TASK_CHARS = 2_000_000  # ... or fewer, when they are long


def enqueue_paths(paths: Iterable[str | Path]) -> IngestReport:
    """Read and decode every file here, and queue ingestion tasks (groups of up to
    ``TASK_ARTICLES`` articles, carrying their text) for the workers."""
    from .tasks import ingest_articles

    report = IngestReport()
    group: list[dict] = []

    def flush():
        if group:
            ingest_articles.enqueue(list(group))
            group.clear()

    for source in collect_sources(paths, report):
        prepared = prepare_text(source.path, max_bytes=settings.ARTICLE_MAX_BYTES)
        if prepared.error:
            report.failed += 1
            report.problems.append(f"{source.path}: {prepared.error}")
            continue
        meta = source.meta or ManifestRow(file=source.path.name)
        group.append(
            {"file": source.path.name, "body": prepared.body, "published": meta.published.isoformat() if meta.published else None,
             "source": meta.source, "url": meta.url, "title": meta.title}
        )  # fmt: skip
        report.queued += 1
        if len(group) >= TASK_ARTICLES or sum(len(a["body"]) for a in group) > TASK_CHARS:
            flush()
    flush()
    return report


BATCH_ARTICLES = 1000  # new articles written per transaction
BATCH_CHARS = 20_000_000  # ... or fewer, when they are long


def _batchable(source: Source, prepared: Prepared, known: dict[str, str]) -> bool:
    """A new file, read and extracted: stored with others in one transaction (``_store_batch``)."""
    return (
        not prepared.error
        and not prepared.unchanged
        and prepared.extraction is not None
        and source.path.name not in known
        and len(source.path.name) <= 255
    )


def _store_batch(batch: list[tuple[Source, Prepared]], report: IngestReport, gazetteer) -> None:
    """Store new articles in one transaction with bulk inserts (``timeline.services.store_new_events``).

    If anything fails (a concurrent run stored one of the files first, a bug), the transaction
    rolls back and each article is stored on its own, so one bad article costs only itself.
    """
    from timeline.services import lock_events, store_new_events

    if not batch:
        return
    try:
        with transaction.atomic():
            lock_events()
            articles = Article.objects.bulk_create(
                [
                    _new_article(source.path.name, prepared, source.meta or ManifestRow(file=source.path.name))
                    for source, prepared in batch
                ]
            )
            insert_rows(
                Passage,
                ["article", "index", "text", "start", "end"],
                [
                    (article.pk, p.index, p.text, p.start, p.end)
                    for article, (_, prepared) in zip(articles, batch, strict=True)
                    for p in prepared.extraction.passages
                ],
            )
            passage_ids: dict[int, dict[int, int]] = {}
            for pk, article_id, index in Passage.objects.filter(article__in=articles).values_list(
                "pk", "article_id", "index"
            ):
                passage_ids.setdefault(article_id, {})[index] = pk
            store_new_events(
                [
                    (article, passage_ids.get(article.pk, {}), prepared.extraction)
                    for article, (_, prepared) in zip(articles, batch, strict=True)
                ]
            )
    except Exception:
        logger.warning("a batch of %d articles failed; storing them one by one", len(batch), exc_info=True)
        for source, prepared in batch:
            _store_prepared(source, prepared, report, gazetteer)
        return
    report.new += len(batch)


def _new_article(file_name: str, prepared: Prepared, meta: ManifestRow) -> Article:
    """An unsaved Article as ``_store_article`` makes a new one."""
    reference = prepared.extraction.reference
    return Article(
        file_name=file_name, body=prepared.body, sha256=prepared.sha, published=reference.date,
        published_source=reference.source, published_note=reference.note[:300],
        title=meta.title or title_from_text(prepared.body), outlet=meta.source or _host(meta.url), url=http_url(meta.url),
    )  # fmt: skip


def _store_prepared(source: Source, prepared: Prepared, report: IngestReport, gazetteer) -> None:
    """Store one article in its own transaction; its outcome (new, updated, unchanged, failed
    with the reason) counted in ``report``."""
    if prepared.error:
        report.failed += 1
        report.problems.append(f"{source.path}: {prepared.error}")
        return
    meta = source.meta or ManifestRow(file=source.path.name)
    try:
        outcome = ingest_text(
            source.path.name, prepared.body, meta=meta, gazetteer=gazetteer,
            extraction=prepared.extraction, sha=prepared.sha,
        )  # fmt: skip
        setattr(report, outcome, getattr(report, outcome) + 1)
    except ArticleError as exc:
        report.failed += 1
        report.problems.append(f"{source.path}: {exc}")
    except Exception as exc:  # a bug must not stop the other files; the article's transaction rolled back
        logger.exception("ingesting %s failed", source.path)
        report.failed += 1
        report.problems.append(
            f"{source.path}: internal error ({exc.__class__.__name__}: {exc}); nothing of it was stored"
        )


def ingest_bytes(file_name: str, raw: bytes, *, meta: ManifestRow | None = None, gazetteer=None) -> str:
    """Store one article and its events. Returns "new", "updated" or "unchanged"."""
    body = decode_article(raw, max_bytes=settings.ARTICLE_MAX_BYTES)
    if looks_like_html(body):
        body = html_to_text(body)
        if not body.strip():
            raise ArticleError("HTML file with no text in it")
    return ingest_text(file_name, body, meta=meta, gazetteer=gazetteer)


def ingest_text(
    file_name: str, body: str, *, meta: ManifestRow | None = None, gazetteer=None, extraction=None, sha: str = ""
) -> str:
    """Store one decoded article and its events (``extraction`` when it was done already)."""
    from timeline.extraction.events import extract_events
    from timeline.services import load_gazetteer

    if len(file_name) > 255:
        raise ArticleError("file name longer than 255 characters")
    sha = sha or hashlib.sha256(body.encode("utf-8")).hexdigest()
    meta = meta or ManifestRow(file=file_name)
    existing = (
        Article.objects.filter(file_name=file_name)
        .only("sha256", "published", "published_source", "outlet", "url", "title")
        .first()
    )
    if existing and existing.sha256 == sha and _meta_matches(existing, meta):
        return "unchanged"

    if extraction is None:
        extraction = extract_events(
            body, manifest_date=meta.published, gazetteer=gazetteer or load_gazetteer(), url=meta.url
        )
    for attempt in range(3):
        try:
            return _store_article(file_name, body, sha, meta, extraction)
        except IntegrityError:
            # Another process stored the same file name between our read and our write: the unique
            # constraint refused the duplicate; read again and update (or find it unchanged).
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _store_article(file_name, body, sha, meta, extraction) -> str:
    from timeline.extraction.events import extract_events
    from timeline.services import detach_mentions, load_gazetteer, lock_events, store_events

    reference = extraction.reference
    with transaction.atomic():
        lock_events()
        article, created = Article.objects.select_for_update().get_or_create(
            file_name=file_name, defaults={"body": body, "sha256": sha}
        )
        if not created and article.sha256 == sha and _meta_matches(article, meta):
            return "unchanged"  # a concurrent run stored it first
        if not created and article.sha256 != sha:
            ArticleVersion.objects.create(article=article, body=article.body, sha256=article.sha256)
        if article.published_source == DateSource.EDITOR and article.published:
            # An editor's date wins over anything found in the text.
            if reference.date != article.published:
                extraction = extract_events(
                    body, manifest_date=article.published, gazetteer=load_gazetteer(), url=meta.url or article.url
                )
                reference = extraction.reference
        else:
            article.published = reference.date
            article.published_source = reference.source
            article.published_note = reference.note[:300]
        article.body = body
        article.sha256 = sha
        article.title = meta.title or article.title or title_from_text(body)
        article.outlet = meta.source or article.outlet or _host(meta.url)
        article.url = http_url(meta.url) or article.url
        article.save()
        stale = detach_mentions(article) if not created else None
        if not created:
            article.passages.all().delete()
        passages = Passage.objects.bulk_create(
            [
                Passage(article=article, index=p.index, text=p.text, start=p.start, end=p.end)
                for p in extraction.passages
            ]
        )
        store_events(article, passages, extraction, stale)
    return "new" if created else "updated"


def _meta_matches(article: Article, meta: ManifestRow) -> bool:
    if article.published_source == DateSource.EDITOR:
        return True
    return (
        (meta.published is None or meta.published == article.published)
        and (not meta.source or meta.source == article.outlet)
        and (not http_url(meta.url) or meta.url == article.url)
        and (not meta.title or meta.title == article.title)
    )


def reextract_all(*, progress=None) -> IngestReport:
    """Run extraction again over every stored article (after the gazetteer or keywords changed)."""
    from timeline.services import counts

    report = IngestReport()
    articles = Article.objects.order_by("pk").only("pk")
    for ref in progress(list(articles)) if progress else articles:
        article = Article.objects.get(pk=ref.pk)
        meta = ManifestRow(
            file=article.file_name,
            published=article.published if article.published_source in {"manifest", "editor"} else None,
        )
        _reextract(article, meta)
        report.updated += 1
    report.events, report.undated_mentions = counts()
    return report


def reextract_article(article: Article) -> None:
    """Extraction again for one article, with its manifest or editor date kept."""
    meta = ManifestRow(
        file=article.file_name,
        published=article.published if article.published_source in {"manifest", "editor"} else None,
    )
    _reextract(article, meta)


def _reextract(article: Article, meta: ManifestRow) -> None:
    from timeline.extraction.events import extract_events
    from timeline.services import detach_mentions, load_gazetteer, lock_events, store_events

    extraction = extract_events(
        article.body, manifest_date=meta.published, gazetteer=load_gazetteer(), url=meta.url or article.url
    )
    with transaction.atomic():
        lock_events()
        if article.published_source != DateSource.EDITOR:
            article.published = extraction.reference.date
            article.published_source = extraction.reference.source
            article.published_note = extraction.reference.note[:300]
            article.save()
        stale = detach_mentions(article)
        article.passages.all().delete()
        passages = Passage.objects.bulk_create(
            [
                Passage(article=article, index=p.index, text=p.text, start=p.start, end=p.end)
                for p in extraction.passages
            ]
        )
        store_events(article, passages, extraction, stale)


def _host(url: str) -> str:
    """An outlet name from a URL when the manifest gives none: its host without "www."."""
    from urllib.parse import urlsplit

    url = http_url(url)
    host = urlsplit(url).hostname or "" if url else ""
    return host.removeprefix("www.")[:200]
