"""Our TimelineJS export embedded on somebody else's page, without our Content Security Policy,
in the real TimelineJS (npm ``@knight-lab/timelinejs`` 3.9.11, ``make timelinejs`` installs it into
tests/artifacts/node/) in headless Chromium: hostile article text shows as text, no script runs.
"""

import functools
import json
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.chromium import CHROMIUM, launch

from .test_untrusted import XSS, hostile_folder

TLJS = Path(__file__).resolve().parent / "artifacts" / "node" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"{CHROMIUM} not installed (make test installs it)"),
]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="tl/css/timeline.css">
<script>window.__xss = undefined; window.alert = function () { window.__xss = 'alert'; };</script>
<script src="tl/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 600px"></div>
<script>
fetch('export.json').then(r => r.json()).then(data => {
  window.timeline = new TL.Timeline('timeline-embed', data, {script_path: location.origin + '/tl/js/', language: 'en'});
});
</script></body></html>"""


@pytest.fixture
def embed_site(tmp_path, db, client):
    if not (TLJS / "js" / "timeline.js").exists():
        if os.environ.get("CI"):
            pytest.fail(f"TimelineJS is not installed at {TLJS}: run `make timelinejs`")
        pytest.skip("TimelineJS not installed: run `make timelinejs`")
    from articles.services import ingest_paths
    from timeline.models import Event, Place

    ingest_paths([hostile_folder(tmp_path / "corpus")])
    Place.objects.filter(name="Dushanbe").update(name=f"Dushanbe {XSS}")
    Event.objects.filter(date__day=14).update(title=f"{XSS}<script>window.__xss=3</script>")
    site = tmp_path / "site"
    site.mkdir()
    shutil.copytree(TLJS, site / "tl")
    (site / "export.json").write_bytes(client.get("/api/events.timeline.json").getvalue())
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", json.loads((site / "export.json").read_text())
    server.shutdown()


def test_timelinejs_renders_hostile_text_as_text_and_runs_no_script(embed_site):
    from playwright.sync_api import sync_playwright

    url, data = embed_site
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1100, "height": 700})
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        page.wait_for_function("document.querySelectorAll('.tl-slide').length >= 4", timeout=15000)
        assert errors == []
        n = len(data["events"])
        assert n == 3
        shown = []
        for i in range(n + 1):  # the title slide, then each event's
            page.evaluate("i => window.timeline.goTo(i)", i)
            page.wait_for_timeout(700)
            shown.append(page.locator(".tl-slide.tl-slide-current, .tl-slide").all_inner_texts())
        page.screenshot(path=Path(__file__).resolve().parent / "artifacts" / "timelinejs-embed.png")
        assert page.evaluate("window.__xss") is None
        assert dialogs == []
        assert page.locator("#timeline-embed img[src=x]").count() == 0
        assert page.locator("#timeline-embed script").count() == 0
        text = page.locator("#timeline-embed").inner_text()
        # the hostile markup is there, as the words it is
        assert "<img src=x onerror=" in text
        browser.close()
