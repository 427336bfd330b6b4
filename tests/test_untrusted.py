"""Untrusted links and exports (issue 12): every output is safe by construction.

The hostile corpus is one folder whose manifest and text carry a ``javascript:`` and a ``data:``
link, a title that is a spreadsheet formula, a source that is one, article text with HTML, and
(set as an editor could) a place with a CR LF. Every page, fragment and export is checked.
"""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.template import engines

from articles.checks import check_url_rendering, unsafe_url_renderings
from articles.links import http_url, is_http_url
from articles.manifest import read_manifest
from articles.models import Article
from timeline.exports import csv_cell, one_line
from timeline.models import Event, Place

pytestmark = pytest.mark.django_db

XSS = '<img src=x onerror="window.__xss=1">'
BODY = (
    "DUSHANBE, October 9, 2019 (Asia-Plus) -- Vladimir Putin held talks with Emomali Rahmon in Dushanbe "
    f"today on trade and migrants {XSS} <script>window.__xss=2</script>.\n"
)
BODY2 = BODY.replace("October 9", "October 11").replace("trade", "energy")
BODY3 = BODY.replace("October 9", "October 14").replace("trade", "security")


def hostile_folder(tmp_path):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "js.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "data.txt").write_text(BODY2, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(BODY3, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,published,source,url,title\n"
        'js.txt,2019-10-09,@SUM(1+1),"javascript:alert(""x"")","=HYPERLINK(""http://x"",""y"")"\n'
        "data.txt,2019-10-11,=cmd|' /C calc'!A0,data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==,"
        f'"{XSS.replace(chr(34), chr(34) * 2)}"\n'
        "ok.txt,2019-10-14,+Sputnik,https://example.org/news/1?a=1&b=2,-Talks\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.fixture
def hostile(tmp_path):
    from articles.services import ingest_paths

    report = ingest_paths([hostile_folder(tmp_path)])
    # an editor (or a compromised admin account) can put anything in a place's name
    Place.objects.filter(name="Dushanbe").update(name="Dushanbe\r\nBEGIN:VEVENT\r\nSUMMARY:injected")
    return report


# --- links ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/a",
        "https://www.president.tj/ru/node/123?x=1#y",
        "HTTPS://EXAMPLE.COM",
        "http://127.0.0.1:8000/",
    ],
)
def test_absolute_http_links_are_kept(url):
    assert is_http_url(url) and http_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
        "ftp://example.com/x", "//example.com/x", "/relative", "example.com", "http://", "https:///x",
        "http://exa mple.com", "http://example.com/\nx", "http:\\\\example.com", "", None, 42,
    ],
)  # fmt: skip
def test_anything_else_is_refused(url):
    assert not is_http_url(url) and http_url(url) == ""


def test_a_bad_manifest_link_is_reported_with_file_and_row_stored_empty_and_the_article_still_ingested(hostile):
    problems = "\n".join(hostile.problems)
    assert "manifest.csv:2: url 'javascript:" in problems and "js.txt" in problems
    assert "manifest.csv:3: url 'data:text/html" in problems and "data.txt" in problems
    assert Article.objects.get(file_name="js.txt").url == ""
    assert Article.objects.get(file_name="data.txt").url == ""
    assert Article.objects.get(file_name="ok.txt").url == "https://example.org/news/1?a=1&b=2"
    assert hostile.new == 3 and hostile.failed == 0
    # a bad link is no outlet either
    assert Article.objects.get(file_name="js.txt").outlet == "@SUM(1+1)"


def test_read_manifest_reports_the_row(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,url\na.txt,javascript:void(0)\nb.txt,https://x.org/\n")
    m = read_manifest(tmp_path / "manifest.csv")
    assert m.rows["a.txt"].url == "" and m.rows["b.txt"].url == "https://x.org/"
    assert len(m.problems) == 1 and m.problems[0].startswith(f"{tmp_path / 'manifest.csv'}:2: ")


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_user("editor", password="pw-12345-long", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://example.com/a"])
def test_the_add_article_form_refuses_a_non_http_link(client, staff, url):
    r = client.post(
        "/articles/add/", {"text": BODY, "file_name": "f.txt", "url": url, "action": "save", "published": ""}
    )
    assert r.status_code == 200 and "Only absolute http:// or https:// links" in r.content.decode()
    assert not Article.objects.exists()


def test_the_admin_refuses_a_non_http_link(client, staff, hostile):
    article = Article.objects.get(file_name="ok.txt")
    r = client.get(f"/admin/articles/article/{article.pk}/change/")
    form = r.context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items() if k in form.fields}
    data |= {"url": "javascript:alert(1)", "passages-TOTAL_FORMS": 0, "passages-INITIAL_FORMS": 0}
    data |= {"versions-TOTAL_FORMS": 0, "versions-INITIAL_FORMS": 0}
    r = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert r.status_code == 200 and list(r.context["adminform"].form.errors) == ["url"]
    article.refresh_from_db()
    assert article.url == "https://example.org/news/1?a=1&b=2"


def test_the_template_check_finds_a_link_rendered_without_the_filter():
    names = {"url"}
    bad = '<a href="{{ article.url }}">x</a>\n{% with u=a.url %}{{ u }}{% endwith %}\n{{ a.url|default:"" }}'
    assert [line for line, _ in unsafe_url_renderings(bad, names)] == [1, 2, 3]
    good = '{% with link=article.url|http_url %}<a href="{{ link }}">{% endwith %}{{ a.url|http_url|default:"" }}'
    assert unsafe_url_renderings(good, names) == []
    # and the project's own templates pass it
    assert check_url_rendering() == []


def test_the_filter_renders_only_http_links():
    t = engines["django"].from_string("{% load links %}[{{ u|http_url }}]")
    assert t.render({"u": "javascript:alert(1)"}) == "[]"
    assert t.render({"u": "https://x.org/?a=1&b=2"}) == "[https://x.org/?a=1&amp;b=2]"


def test_links_stored_before_the_check_are_cleared_by_the_migration():
    from importlib import import_module

    from django.apps import apps

    Article.objects.create(file_name="old.txt", body="x", sha256="0", url="javascript:alert(1)")
    Article.objects.create(file_name="good.txt", body="x", sha256="1", url="https://x.org/")
    import_module("articles.migrations.0003_article_url_http_only").clear_unsafe_urls(apps, None)
    assert dict(Article.objects.values_list("file_name", "url")) == {"old.txt": "", "good.txt": "https://x.org/"}


# --- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, out",
    [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+7 cmd", "'+7 cmd"), ("-1+2", "'-1+2"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("\uff1dSUM(1)", "'\uff1dSUM(1)"),
        ("-3", "-3"), ("-2.5", "-2.5"), ("2015-03-03", "2015-03-03"), ("2015-03", "2015-03"), (7, 7),
        ("Putin – Rahmon talks", "Putin – Rahmon talks"), ("", ""),
    ],
)  # fmt: skip
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised_and_data_is_not(value, out):
    assert csv_cell(value) == out


def _csv_rows(raw: bytes):
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def _no_formula(rows):
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "@", "\t", "\r") or cell.startswith("'"), cell
            assert not (cell[:1] == "-" and not cell.lstrip("-").replace(".", "").isdigit()), cell


def test_csv_exports_neutralise_formulas_and_carry_a_bom(client, hostile, tmp_path):
    for raw in (client.get("/api/events.csv").getvalue(), _export(tmp_path, "csv").encode("utf-8")):
        rows = _csv_rows(raw)
        header, body = rows[0], rows[1:]
        assert len(body) == 3
        _no_formula(rows)
        by_col = [dict(zip(header, r, strict=True)) for r in body]
        assert {r["outlets"] for r in by_col} == {"'@SUM(1+1)", "'=cmd|' /C calc'!A0", "'+Sputnik"}
        assert all("javascript:" not in r["article_urls"] and "data:" not in r["article_urls"] for r in by_col)
        assert {r["date"] for r in by_col} == {"2019-10-09", "2019-10-11", "2019-10-14"}
        assert any("Putin – Rahmon" in r["title"] for r in by_col)


def _export(tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    call_command("export_events", "--format", fmt, "-o", str(out), stderr=io.StringIO())
    return out.read_text(encoding="utf-8")


# --- iCalendar -----------------------------------------------------------------------------------


def test_icalendar_lines_cannot_be_injected(client, hostile):
    from icalendar import Calendar

    raw = client.get("/api/events.ics").getvalue()
    cal = Calendar.from_ical(raw)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 3
    for v in events:
        assert "\n" not in str(v.get("location")) and "\r" not in str(v.get("summary"))
        assert str(v.get("location")).startswith("Dushanbe BEGIN:VEVENT")
    # no line of the feed starts a component or property that we did not write
    lines = raw.decode().split("\r\n")
    assert lines.count("BEGIN:VEVENT") == 3 and not any(line.startswith("SUMMARY:injected") for line in lines)
    assert one_line("a\r\nb\tc\u2028d") == "a b c d"


# --- JSON and TimelineJS -------------------------------------------------------------------------


def test_json_exports_carry_no_unsafe_link(client, hostile, tmp_path):
    data = json.loads(_export(tmp_path, "json"))
    api = json.loads(client.get("/api/events").content)
    for body in (data, api):
        urls = {m["url"] for e in body["events"] for m in e["mentions"]}
        assert urls == {None, "https://example.org/news/1?a=1&b=2"}


def test_timelinejs_text_is_escaped(client, hostile):
    body = json.loads(client.get("/api/events.timeline.json").getvalue())
    for slide in body["events"]:
        for text in (slide["text"]["headline"], slide["text"]["text"], slide["group"]):
            assert "<img" not in text and "<script" not in text
            assert "javascript:" not in text and "data:text" not in text
    assert any("&lt;img src=x" in s["text"]["text"] for s in body["events"])


# --- pages and fragments -------------------------------------------------------------------------


def test_pages_and_fragments_render_no_active_content(client, hostile):
    events = list(Event.objects.all())
    assert len(events) == 3
    urls = ["/", "/?q=trade", "/articles/undated/"]
    urls += [f"/events/{e.pk}/" for e in events]
    urls += [f"/articles/{a.pk}/" for a in Article.objects.all()]
    fragments = ["/?topic=security", *[f"/events/{e.pk}/" for e in events]]
    staff = get_user_model().objects.create_user("ed", password="pw-12345-long", is_staff=True)
    client.force_login(staff)
    pages = [(u, client.get(u)) for u in urls] + [(u, client.get(u, headers={"HX-Request": "true"})) for u in fragments]
    for url, r in pages:
        assert r.status_code == 200, url
        html = r.content.decode()
        assert "javascript:" not in html and "data:text" not in html, url
        assert "<img src=x" not in html and "<script>window" not in html, url
        for link in _external_links(html):
            assert link["href"].startswith(("http://", "https://")), (url, link)
            assert set(link["rel"].split()) >= {"noopener", "noreferrer", "nofollow"}, (url, link)
    ok = Article.objects.get(file_name="ok.txt")
    assert 'href="https://example.org/news/1?a=1&amp;b=2"' in client.get(f"/articles/{ok.pk}/").content.decode()


def _external_links(html: str):
    from html.parser import HTMLParser

    found = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            href = a.get("href") or ""
            if tag == "a" and href and not href.startswith(("/", "?", "#")):
                found.append({"href": href, "rel": a.get("rel") or ""})

    P().feed(html)
    return found
