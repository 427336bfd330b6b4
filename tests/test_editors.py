"""Editors: sign-in only, add with preview, undated queue, curated fields, merge, split, audit."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article
from timeline.models import Event, Mention, Topic

pytestmark = pytest.mark.django_db

TEXT = (
    "DUSHANBE, June 3, 2014 (Asia-Plus) -- Russian Defence Minister Sergei Shoigu held talks with Tajik "
    "President Emomali Rahmon in Dushanbe today on military cooperation and the Russian base.\n"
)


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_user("editor", password="pw-12345-long", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def quiet(*args):
    import io

    call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/articles/add/"),
        ("post", "/articles/add/"),
        ("get", "/articles/undated/"),
        ("post", "/articles/1/published/"),
        ("get", "/admin/timeline/event/"),
        ("post", "/admin/timeline/event/1/change/"),
    ],
)
def test_anonymous_and_non_staff_cannot_write(client, db, method, url):
    r = getattr(client, method)(url)
    assert r.status_code == 302 and "login" in r["Location"]
    user = get_user_model().objects.create_user("reader", password="pw-12345-long")
    client.force_login(user)
    r = getattr(client, method)(url)
    assert r.status_code in (302, 403)
    assert Article.objects.count() == 0


def test_no_open_registration(client, db):
    assert client.get("/accounts/signup/").status_code == 404
    assert client.get("/accounts/login/").status_code == 200


def test_forms_carry_csrf(client, staff):
    html = client.get("/articles/add/").content.decode()
    assert "csrfmiddlewaretoken" in html


def test_preview_saves_nothing_and_shows_events(client, staff):
    r = client.post("/articles/add/", {"text": TEXT, "title": "Shoigu in Dushanbe", "action": "preview"})
    assert r.status_code == 200
    html = r.content.decode()
    assert "Preview: nothing is saved yet" in html
    assert "Shoigu – Rahmon talks, Dushanbe" in html and "2014-06-03" in html
    assert "from &#x27;today&#x27;" in html or "from 'today'" in html
    assert Article.objects.count() == 0 and Event.objects.count() == 0


def test_save_runs_the_ingest_pipeline_and_is_logged(client, staff):
    r = client.post(
        "/articles/add/", {"text": TEXT, "title": "Shoigu in Dushanbe", "outlet": "Asia-Plus", "action": "save"}
    )
    article = Article.objects.get()
    assert r.status_code == 302 and r["Location"] == article.get_absolute_url()
    assert article.outlet == "Asia-Plus" and str(article.published) == "2014-06-03"
    assert Event.objects.get().participants.count() == 2
    assert LogEntry.objects.filter(object_id=str(article.pk), user=staff).exists()


def test_upload_txt_and_bad_upload(client, staff):
    good = SimpleUploadedFile("shoigu.txt", TEXT.encode("utf-8"), content_type="text/plain")
    client.post("/articles/add/", {"upload": good, "action": "save"})
    assert Article.objects.filter(file_name="shoigu.txt").exists()
    bad = SimpleUploadedFile("bad.txt", "café Dushanbe".encode("latin-1"), content_type="text/plain")
    r = client.post("/articles/add/", {"upload": bad, "action": "save"})
    assert r.status_code == 200 and "not UTF-8" in r.content.decode()
    assert not Article.objects.filter(file_name="bad.txt").exists()


def test_undated_queue_sets_the_date_and_events_appear(client, staff):
    from articles.services import ingest_text

    ingest_text(
        "nodate.txt", "Tajik President Emomali Rahmon received Sergei Lavrov yesterday to discuss Afghanistan.\n"
    )
    assert Event.objects.dated().count() == 0
    article = Article.objects.get()
    html = client.get("/articles/undated/").content.decode()
    assert "nodate.txt" in html and "received Sergei Lavrov" in html
    r = client.post(f"/articles/{article.pk}/published/", {"published": "2015-04-10"})
    assert r.status_code == 302
    event = Event.objects.dated().get()
    assert str(event.date) == "2015-04-09"
    article.refresh_from_db()
    assert article.published_source == "editor"
    # ingestion never overwrites an editor's date
    ingest_text("nodate.txt", article.body + "\nMore text.\n")
    article.refresh_from_db()
    assert str(article.published) == "2015-04-10" and article.published_source == "editor"


def admin_post(client, event, **changes):
    data = {
        "title": event.title,
        "date": event.date.isoformat() if event.date else "",
        "date_end": event.date_end.isoformat() if event.date_end else "",
        "date_precision": event.date_precision,
        "kind": event.kind,
        "status": event.status,
        "place": event.place_id or "",
        "participants": [p.pk for p in event.participants.all()],
        "topics": [t.pk for t in event.topics.all()],
        "primary_topic": event.primary_topic_id or "",
    }
    mentions = list(event.mentions.all())
    data |= {
        "mentions-TOTAL_FORMS": len(mentions),
        "mentions-INITIAL_FORMS": len(mentions),
        "mentions-MIN_NUM_FORMS": 0,
        "mentions-MAX_NUM_FORMS": 1000,
    }
    for i, m in enumerate(mentions):
        data |= {f"mentions-{i}-id": m.pk, f"mentions-{i}-event": event.pk}
    data |= changes
    r = client.post(f"/admin/timeline/event/{event.pk}/change/", data)
    assert r.status_code == 302, r.content.decode()[:3000]


def test_curated_fields_survive_reextract_and_reingestion(client, staff, seeded, tmp_path):
    event = Event.objects.get(date="2021-04-23")
    health = Topic.objects.get(slug="health")
    admin_post(client, event, date="2021-04-22", topics=[health.pk], title="Putin – Rahmon call (corrected)")
    event.refresh_from_db()
    assert set(event.curated_fields) >= {"date", "date_precision", "topics", "title"}
    quiet("reextract")
    # and a changed text of the same article is ingested again
    import shutil

    from .conftest import SEEDS

    folder = tmp_path / "s"
    shutil.copytree(SEEDS, folder)
    f = folder / "004_15ecbf760de2128d.txt"
    f.write_text(f.read_text() + "\nThe Kremlin confirmed the talks on Saturday.\n")
    quiet("ingest", str(folder), "--no-progress")
    event.refresh_from_db()
    assert str(event.date) == "2021-04-22"
    assert [t.slug for t in event.topics.all()] == ["health"]
    assert event.title == "Putin – Rahmon call (corrected)"
    assert event.mentions.exists()
    history = client.get(f"/events/{event.pk}/").content.decode()
    assert "Corrected by an editor" in history and "Edit history" in history and "editor" in history


def test_merge_and_split_survive_reextract(client, staff, seeded):
    a = Event.objects.get(date="2021-04-23")
    b = Event.objects.get(date="2021-05-08")
    r = client.post("/admin/timeline/event/", {"action": "merge_selected", "_selected_action": [a.pk, b.pk]})
    assert r.status_code == 302
    a, b = sorted([a, b], key=lambda e: e.pk)  # the oldest event is kept
    assert not Event.objects.filter(pk=b.pk).exists()
    merged = Mention.objects.filter(event=a).count()
    quiet("reextract")
    assert Mention.objects.filter(event=a).count() == merged
    assert Event.objects.filter(date__in=["2021-05-08", "2021-04-23"]).count() == 1
    assert LogEntry.objects.filter(object_id=str(a.pk), change_message__contains="Merged").exists()

    mention = Mention.objects.filter(event=a, date_text="Saturday").get()
    r = client.post("/admin/timeline/mention/", {"action": "split_out", "_selected_action": [mention.pk]})
    assert r.status_code == 302
    mention.refresh_from_db()
    assert mention.event_id != a.pk and mention.pinned
    new_id = mention.event_id
    quiet("reextract")
    mention = Mention.objects.get(article=mention.article, start=mention.start)
    assert mention.event_id == new_id
    assert LogEntry.objects.filter(object_id=str(new_id), change_message__contains="Split out").exists()


def test_admin_lists_filters_and_search(client, staff, seeded):
    for url in (
        "/admin/timeline/event/?curated=no",
        "/admin/timeline/event/?q=Sochi",
        "/admin/articles/article/?published_source__exact=manifest",
        "/admin/timeline/mention/?q=phone",
        "/admin/timeline/person/?q=Putin",
    ):
        assert client.get(url).status_code == 200, url
