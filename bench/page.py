"""Page weight and time to a drawn figure, measured in headless Chromium against a running server.

    python bench/page.py [URL]        (default http://127.0.0.1:8000/)

Prints each resource's raw and gzip size (what a compressing server such as whitenoise in
production sends), the figure JSON size, and the time from navigation start until the
timeline's markers are in the DOM (median of 5 cold loads).
"""

from __future__ import annotations

import gzip
import statistics
import sys
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.chromium import POINTS, launch  # noqa: E402


def main(url: str) -> None:
    with sync_playwright() as p:
        browser = launch(p)
        resources: list[str] = []
        timings = []
        figure_bytes = 0
        for i in range(5):
            context = browser.new_context()
            page = context.new_page()
            if i == 0:
                page.on("request", lambda r: resources.append(r.url))
            page.goto(url)
            page.wait_for_function(f"document.querySelectorAll('{POINTS}').length > 0", timeout=60000)
            timings.append(page.evaluate("performance.now()"))
            if i == 0:
                figure_bytes = page.evaluate("document.getElementById('figure-data').textContent.length")
                markers = page.evaluate(f"document.querySelectorAll('{POINTS}').length")
            context.close()
        browser.close()
    total_raw = total_gz = 0
    print(f"{'resource':60} {'raw':>10} {'gzip':>10}")
    for res in dict.fromkeys(resources):
        body = urllib.request.urlopen(res).read()  # noqa: S310 - our own server
        gz = len(gzip.compress(body, 6))
        total_raw += len(body)
        total_gz += gz
        print(f"{res[-60:]:60} {len(body):>10,} {gz:>10,}")
    print(f"{'total':60} {total_raw:>10,} {total_gz:>10,}")
    print(f"figure JSON: {figure_bytes:,} bytes; markers drawn: {markers}")
    print(
        f"time to drawn figure: median {statistics.median(timings):.0f} ms (runs: {', '.join(f'{t:.0f}' for t in timings)})"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000/")
