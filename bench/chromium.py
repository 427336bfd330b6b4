"""Debian's Chromium, headless, as the browser tests and the benchmarks launch it (no downloads,
no background networking: this machine's network is closed)."""

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
# The timeline's markers in the main plot (the range slider draws copies of them).
POINTS = "#timeline-figure .cartesianlayer .scatterlayer .trace .points path"


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
