"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Screenshots of each step go to tests/artifacts/ (ignored by git): look at them.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

from bench.chromium import CHROMIUM, POINTS, launch

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"{CHROMIUM} not installed (make test installs it)"),
]

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def site(transactional_db, live_server):
    from articles.services import ingest_paths

    from .conftest import SEEDS

    ingest_paths([SEEDS])
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url


def markers(page):
    return page.locator(POINTS)


def wait_drawn(page, count):
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length === n",
        arg=[POINTS, count],
        timeout=10000,
    )


def test_filter_click_and_bookmark(browser, site):
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(site + "/")
    wait_drawn(page, 9)
    page.screenshot(path=ARTIFACTS / "1-timeline.png", full_page=True)

    # a topic chip: htmx swaps the results, the URL follows, fewer markers are drawn
    page.locator("label.chip", has=page.locator("input[value=migration]")).click()
    page.wait_for_url(re.compile(r"\?(.*&)?topic=migration"))
    wait_drawn(page, 2)
    assert page.locator("#n-events").inner_text() == "2"
    assert page.locator("#count-migration").inner_text() == "2"
    page.screenshot(path=ARTIFACTS / "2-migration.png", full_page=True)

    # click a marker: the side panel shows the passage with the reporting sentence highlighted
    box = markers(page).first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # Plotly picks the point on hover
    page.wait_for_timeout(200)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#detail .event-detail mark", timeout=10000)
    assert page.locator("#detail h2").inner_text().startswith("Putin – Rahmon")
    assert page.locator("#detail blockquote mark").count() >= 1
    page.screenshot(path=ARTIFACTS / "3-panel.png", full_page=True)

    # the bookmarked URL renders the same view on its own
    url = page.url
    other = browser.new_page(viewport={"width": 1300, "height": 1000})
    other.goto(url)
    wait_drawn(other, 2)
    assert other.locator("input[value=migration]").is_checked()
    assert other.locator("#n-events").inner_text() == "2"
    other.screenshot(path=ARTIFACTS / "4-bookmark.png", full_page=True)
    assert errors == []


def test_one_redraw_per_swap(browser, site):
    # htmx fires afterSettle for every element a swap settles; the figure is drawn once per swap
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    page.goto(site + "/")
    wait_drawn(page, 9)
    assert page.locator("#timeline-figure").get_attribute("data-draws") == "1"
    page.locator("label.chip", has=page.locator("input[value=migration]")).click()
    wait_drawn(page, 2)
    page.wait_for_timeout(500)  # any further redraw of this swap would have started by now
    assert page.locator("#timeline-figure").get_attribute("data-draws") == "1"


def test_table_row_opens_panel_and_back_button(browser, site):
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    page.goto(site + "/")
    wait_drawn(page, 9)
    page.locator("table.events a", has_text="phone call").click()
    page.wait_for_selector("#detail .event-detail")
    assert "April 23" in page.locator("#detail").inner_text()
    assert page.url.rstrip("/") == site  # the panel does not change the page's URL
    page.select_option("select[name=kind]", "visit")
    page.wait_for_url(re.compile(r"kind=visit"))
    wait_drawn(page, 2)
    page.go_back()
    page.wait_for_url(re.compile(r"/$"))
    wait_drawn(page, 9)


def test_bad_filter_shows_message_in_page(browser, site):
    page = browser.new_page()
    response = page.goto(site + "/?from=2020&to=2010")
    assert response.status == 400
    assert "reversed" in page.locator(".errors").inner_text()


def test_narrow_screen_has_no_horizontal_scroll(browser, site):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(site + "/")
    wait_drawn(page, 9)
    assert page.evaluate("document.documentElement.scrollWidth") <= 376
    page.screenshot(path=ARTIFACTS / "5-mobile.png", full_page=True)


def test_hostile_article_text_stays_text(browser, site):
    from articles.services import ingest_text
    from timeline.models import Event

    ingest_text(
        "evil.txt",
        "MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow on March 3, 2015 "
        '<script>window.__pwned = 1</script> "><img src=x onerror="window.__pwned = 2"> to discuss trade.\n',
    )
    event = Event.objects.get(date="2015-03-03")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/", f"/events/{event.pk}/", f"/articles/{event.mentions.first().article_id}/"):
        page.goto(site + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned === undefined"), path
        assert page.locator("img[src=x]").count() == 0, path
    assert dialogs == []


def test_without_javascript_the_form_still_filters(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    assert page.locator("table.events tbody tr").count() == 9
    page.locator("input[value=security]").check()
    page.locator("select[name=kind]").select_option("visit")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"kind=visit"))
    assert page.locator("table.events tbody tr").count() == 1
    assert "Bortnikov" in page.locator("table.events").inner_text()
    # a row's link opens the event page itself
    page.locator("table.events a", has_text="Bortnikov").click()
    page.wait_for_url(re.compile(r"/events/\d+/$"))
    assert "a week ago" in page.locator("main").inner_text()
    context.close()


def test_editor_adds_an_article_and_sees_its_event(browser, site):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("ed", password="a-long-pass-123", is_staff=True)
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    page.goto(site + "/articles/add/")
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.fill("input[name=username]", "ed")
    page.fill("input[name=password]", "a-long-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/articles/add/$"))
    page.fill(
        "textarea[name=text]",
        "MOSCOW, November 12, 2015 (RIA) -- Russian Foreign Minister Sergei Lavrov held talks with his Tajik "
        "counterpart Sirojiddin Aslov in Moscow today on labour migrants and border security.",
    )
    page.fill("input[name=title]", "Lavrov and Aslov talk migrants")
    page.click("button[value=preview]")
    page.wait_for_selector("text=Preview: nothing is saved yet")
    assert "Lavrov – Muhriddin talks, Moscow" in page.locator(".preview").inner_text()
    page.screenshot(path=ARTIFACTS / "6-add-preview.png", full_page=True)
    page.click("button[value=save]")
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    page.goto(site + "/?topic=migration")
    wait_drawn(page, 3)
    assert "Lavrov – Muhriddin talks, Moscow" in page.locator("table.events").inner_text()
