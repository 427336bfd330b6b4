"""In Chromium: the compact figure (hovertemplate, ids in customdata) still shows escaped text, and
the monthly figure still opens single events on a click."""

import re

import pytest

from timeline import views

from .test_browser import ARTIFACTS, browser, markers, site, wait_drawn  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


def hover_first_marker(page):
    box = markers(page).first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#timeline-figure .hoverlayer .hovertext", timeout=5000)
    return page.locator("#timeline-figure .hoverlayer .hovertext").first.text_content()


def test_hover_shows_hostile_text_as_text(browser, site):  # noqa: F811
    from timeline.models import Event, Place

    evil = '<img src=x onerror="window.__pwned = 1">'
    event = Event.objects.get(date="2006-05-26")
    Event.objects.filter(pk=event.pk).update(title=evil + " title", place=Place.objects.create(name=evil))
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    page.goto(site + "/?from=2006-05-26&to=2006-05-26")
    wait_drawn(page, 1)
    text = hover_first_marker(page)
    page.screenshot(path=ARTIFACTS / "scale-hover.png")
    assert evil + " title" in text and "Place: " + evil in text
    assert "2006-05-26, held" in text and "Participants: " in text
    assert page.locator("#timeline-figure img").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    # the marker still opens its event
    box = markers(page).first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#detail .event-detail", timeout=10000)
    assert page.locator("#detail h2").inner_text() == evil + " title"


def test_a_month_of_the_aggregated_figure_opens_its_single_events(browser, site, monkeypatch):  # noqa: F811
    monkeypatch.setattr(views, "DETAIL_LIMIT", 3)  # the eight seed events are drawn by month
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    page.goto(site + "/")
    page.wait_for_function(
        "() => { const g = document.querySelector('#timeline-figure'); return g && g.layout && g.layout.meta; }"
    )
    assert "events per month" in page.content()
    text = hover_first_marker(page)
    assert re.search(r"events: \d+ \((meeting|talks|visit|phone call|summit)", text), text
    assert "click or zoom in" in text
    box = markers(page).first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}"))
    page.wait_for_function(
        "() => { const g = document.querySelector('#timeline-figure'); return g && g.layout && !g.layout.meta; }"
    )
    assert int(page.locator("#n-events").inner_text()) <= 3
