"""Every query parameter of the page, its fragments and the API, fuzzed: a 400 with a message or a result, never a 500."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

KEYS = ["topic", "person", "kind", "status", "from", "to", "q", "rows", "sort", "page", "page_size", "x", "topic[]"]
VALUES = st.one_of(
    st.sampled_from(
        ["migration", "security", "Vladimir Putin", "call", "planned", "2020", "2020-13", "2019-02-29", "-1", "0",
         "' OR 1=1 --", "<script>alert(1)</script>", "9999-12-31", "0001-01-01", "%00", "\x00", "date", "-date", "topic"]
    ),
    st.text(max_size=300),
)  # fmt: skip
PARAMS = st.lists(st.tuples(st.sampled_from(KEYS), VALUES), max_size=8)
URLS = ["/", "/api/events", "/api/events.csv", "/api/events.ics", "/api/events.timeline.json"]


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=PARAMS, url=st.sampled_from(URLS), htmx=st.booleans())
def test_no_parameter_makes_a_500(client, seeded, params, url, htmx):
    from urllib.parse import urlencode

    headers = {"HX-Request": "true"} if htmx else {}
    r = client.get(url + "?" + urlencode(params), headers=headers)
    assert r.status_code in (200, 400), (url, params, r.status_code)
    body = r.getvalue().decode("utf-8", errors="replace")
    assert "Traceback" not in body
    if r.status_code == 400:
        assert body.strip()
    if not r["Content-Type"].startswith("text/plain"):  # plain text (nosniff) cannot become markup
        assert "<script>alert(1)</script>" not in body
