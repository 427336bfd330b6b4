"""Ingestion and storage: counts, idempotency, bad files, merging reports of one meeting."""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Passage
from timeline.models import Event, Mention

from .conftest import SEEDS

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Article.objects.values_list("file_name", "sha256")),
        Passage.objects.count(),
        sorted(Event.objects.values_list("pk", "date", "title")),
        sorted(Mention.objects.values_list("event_id", "article_id", "start", "end")),
    )


def test_seeds_ingest_counts(seeded):
    assert (seeded.new, seeded.failed) == (5, 0)
    assert seeded.events == Event.objects.dated().count() == 9
    assert seeded.undated_mentions == 0
    for mention in Mention.objects.select_related("article", "passage"):
        body = mention.article.body
        assert body[mention.start : mention.end] == mention.quote
        assert mention.passage.start <= mention.start < mention.end <= mention.passage.end


def test_reingesting_is_idempotent(seeded):
    before = snapshot()
    call_command("ingest", str(SEEDS), "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())
    assert snapshot() == before


def test_reextract_keeps_event_ids(seeded):
    before = snapshot()
    call_command("reextract", stdout=io.StringIO())
    assert snapshot() == before


def test_article_dates_and_sources(seeded):
    a = Article.objects.get(file_name="000_63e10581359012ad.txt")
    assert (str(a.published), a.published_source, a.outlet) == ("2006-05-29", "manifest", "Asia-Plus")


def test_bad_files_are_reported_and_skipped(tmp_path, capsys, seeded):
    before = snapshot()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Rahmon met Putin in Moscow on 3 March 2015, café".encode("latin-1"))
    (tmp_path / "good.txt").write_text(
        "MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in the Kremlin today.\n"
    )
    call_command("ingest", str(tmp_path), "--no-progress")
    err = capsys.readouterr()
    assert "empty.txt: empty file" in err.err
    assert "binary.txt: binary file" in err.err
    assert "latin1.txt: not UTF-8" in err.err
    assert "1 new" in err.out and "3 failed" in err.out
    assert Article.objects.filter(file_name="good.txt").exists()
    # nothing already stored changed
    after = snapshot()
    assert set(before[0]) <= set(after[0])
    assert set(before[3]) <= set(after[3])


def test_only_bad_files_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="1 failed"):
        call_command("ingest", str(tmp_path), "--no-progress", stderr=io.StringIO())


def test_missing_path_is_reported(tmp_path, capsys, seeded):
    call_command("ingest", str(SEEDS), str(tmp_path / "nope"), "--no-progress")
    assert "nope: no such file or folder" in capsys.readouterr().err


def test_same_meeting_from_two_articles_is_one_event_with_two_sources(tmp_path, seeded):
    other = tmp_path / "other.txt"
    other.write_text(
        "SOCHI, May 27, 2006 (RIA) -- Russian President Vladimir Putin held talks with Tajik leader "
        "Emomali Rahmonov in Sochi on Friday, discussing energy projects and border security.\n"
    )
    call_command("ingest", str(other), "--no-progress", stdout=io.StringIO())
    event = Event.objects.get(date="2006-05-26")
    assert set(event.mentions.values_list("article__file_name", flat=True)) == {"000_63e10581359012ad.txt", "other.txt"}
    assert Event.objects.dated().count() == 9


def test_changed_article_updates_its_events(tmp_path, seeded):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    path = folder / "004_15ecbf760de2128d.txt"
    path.write_text(path.read_text().replace("April 23", "April 21"))
    call_command("ingest", str(folder), "--no-progress", stdout=io.StringIO())
    dates = set(Event.objects.values_list("date", flat=True))
    assert "2021-04-21" in {str(d) for d in dates} and "2021-04-23" not in {str(d) for d in dates}
    assert Article.objects.count() == 5


def test_export_json_schema(seeded, tmp_path):
    out = tmp_path / "events.json"
    call_command("export_events", "--format", "json", "-o", str(out), stderr=io.StringIO())
    data = json.loads(out.read_text())
    assert set(data) == {"events", "undated"}
    assert len(data["events"]) == 9
    visit = next(e for e in data["events"] if e["date"] == "2004-10")
    assert visit["date_precision"] == "month" and visit["kind"] == "visit"
    sochi = next(e for e in data["events"] if e["date"] == "2006-05-26")
    assert sochi["place"] == "Sochi"
    assert {"name": "Vladimir Putin", "country": "RU"}.items() <= next(
        p for p in sochi["participants"] if p["name"] == "Vladimir Putin"
    ).items()
    assert set(sochi["topics"]) >= {"security", "energy"}
    m = sochi["mentions"][0]
    assert set(m) >= {"article", "passage_index", "start", "end", "quote", "date_text"}
    assert m["article"] == "000_63e10581359012ad.txt" and m["date_text"] == "Friday May 26"


def test_export_csv(seeded, capsys):
    import csv
    import io

    call_command("export_events", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 9
    assert {r["date"] for r in rows} >= {"2006-05-26", "2004-10", "2021-05-08"}


def test_undated_article_is_exported_as_undated(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Tajik President Emomali Rahmon received Sergei Lavrov yesterday to discuss Afghanistan.\n"
    )
    call_command("ingest", str(tmp_path), "--no-progress", stdout=io.StringIO())
    from timeline.exports import export_data

    data = export_data()
    assert data["events"] == []
    assert len(data["undated"]) == 1 and data["undated"][0]["article"] == "a.txt"


def test_workers_give_the_same_result_as_one_process(tmp_path):
    from tests.synth import write_corpus
    from timeline.exports import export_data

    folder = tmp_path / "c"
    write_corpus(folder, 60, seed=2)

    def snapshot_export():
        data = export_data()
        return sorted(
            (e["date"], e["kind"], e["title"], tuple(sorted((m["article"], m["start"]) for m in e["mentions"])))
            for e in data["events"]
        )

    call_command("ingest", str(folder), "--no-progress", stdout=io.StringIO())
    one = snapshot_export()
    Article.objects.all().delete()
    Event.objects.all().delete()
    out = io.StringIO()
    call_command("ingest", str(folder), "--no-progress", "--workers", "2", stdout=out)
    assert "60 new" in out.getvalue()
    assert snapshot_export() == one
    out = io.StringIO()
    call_command("ingest", str(folder), "--no-progress", "--workers", "2", stdout=out)
    assert "60 unchanged" in out.getvalue()


def test_windowed_map_keeps_order_and_submits_a_window_at_a_time():
    from concurrent.futures import ThreadPoolExecutor

    from articles.services import _windowed_map

    submitted = []

    class Pool(ThreadPoolExecutor):
        def map(self, fn, items, chunksize=1):
            submitted.append(len(items))
            return super().map(fn, items)

    with Pool(2) as pool:
        results = _windowed_map(pool, lambda x: x * x, list(range(10)), window=3)
        assert next(results) == 0 and submitted == [3, 3, 3]  # the first window, the next two in flight
        assert [0, *results] == [x * x for x in range(10)]
    assert submitted == [3, 3, 3, 1]


@pytest.mark.parametrize("together", [True, False])
def test_reports_that_name_another_counterpart_the_same_day_are_another_contact(tmp_path, together):
    """Two reports sharing Rahmon, one with Putin and one with Mishustin, are two contacts; a third
    naming Rahmon alone (his visit) or Putin and Rahmon joins by its shared names as before."""
    texts = {
        "a.txt": "MOSCOW, November 21, 2023 (TASS) -- Vladimir Putin held talks with Emomali Rahmon in the Kremlin.",
        "b.txt": "MOSCOW, November 21, 2023 (RIA) -- Mikhail Mishustin met Emomali Rahmon at the Government House.",
        "c.txt": "MOSCOW, November 21, 2023 (Interfax) -- Putin and Rahmon held talks today and signed a declaration.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n")
    if together:
        call_command("ingest", str(tmp_path), "--no-progress", stdout=io.StringIO())
    else:
        for name in texts:
            call_command("ingest", str(tmp_path / name), "--no-progress", stdout=io.StringIO())
    by_people = {
        frozenset(e.participants.values_list("name", flat=True)): set(
            e.mentions.values_list("article__file_name", flat=True)
        )
        for e in Event.objects.filter(date="2023-11-21")
    }
    assert by_people == {
        frozenset({"Vladimir Putin", "Emomali Rahmon"}): {"a.txt", "c.txt"},
        frozenset({"Mikhail Mishustin", "Emomali Rahmon"}): {"b.txt"},
    }


@pytest.mark.django_db
def test_a_manifest_url_with_a_date_dates_an_article_that_has_none(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Ministers meet\n\nRussian Foreign Minister Sergei Lavrov held talks with Tajik Foreign Minister "
        "Sirojiddin Muhriddin in Moscow.\n",
        encoding="utf-8",
    )
    (tmp_path / "manifest.csv").write_text(
        "file,published,source,url,title\na.txt,,Example,https://example.org/news/2021/04/07/ministers-meet,\n",
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path), stdout=io.StringIO())
    article = Article.objects.get(file_name="a.txt")
    assert (article.published.isoformat(), article.published_source) == ("2021-04-07", "url")
    assert "page address" in article.published_note
    assert [e.date.isoformat() for e in Event.objects.all()] == ["2021-04-07"]
