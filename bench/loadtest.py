"""Load test: 20 concurrent clients for 60 s against gunicorn on loopback, with wrk (Debian's package).

    python bench/loadtest.py [--duration 60] [--connections 20]

Seeds a throw-away SQLite database, starts gunicorn with production settings (DEBUG off,
whitenoise-compressed static files), and lets wrk rotate over the page, the htmx fragments
(filters, event panel) and the API. Bounded in time; only 127.0.0.1 is contacted.
Prints wrk's figures; exits 1 on any socket error or non-2xx response.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = [
    ("/", False),
    ("/?topic=migration", True),
    ("/?topic=security&rows=topic", True),
    ("/?from=2015&to=2020&sort=-date", True),
    ("/?q=border", True),
    ("/events/1/", True),
    ("/events/2/", False),
    ("/api/events", False),
    ("/api/events?topic=energy&page_size=5", False),
    ("/api/events.csv", False),
    ("/api/events.ics", False),
    ("/api/events.timeline.json", False),
    ("/articles/1/", False),
]

LUA = """
local paths = {%s}
local htmx = {%s}
local i = 0
request = function()
  i = i + 1
  local k = (i %% #paths) + 1
  if htmx[k] then
    return wrk.format("GET", paths[k], {["HX-Request"] = "true", ["HX-Target"] = "results"})
  end
  return wrk.format("GET", paths[k])
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    if shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, capture_output=True)  # noqa: S607
        return shutil.which("wrk")
    sys.exit("wrk is not installed (apt-get install wrk)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=20)
    args = parser.parse_args()
    wrk = ensure_wrk()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        env = os.environ | {
            "DATABASE_URL": f"sqlite:///{tmp}/load.sqlite3",
            "DEBUG": "0",
            "SECRET_KEY": "load-test-" + os.urandom(16).hex(),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "SECURE_HSTS_SECONDS": "0",
            "DJANGO_SETTINGS_MODULE": "config.settings",
        }
        for cmd in (["migrate", "-v0"], ["ingest", "--no-progress", "seeds"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([py, "manage.py", *cmd], cwd=ROOT, env=env, check=True)  # noqa: S603
        server = subprocess.Popen(  # noqa: S603
            [py, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "3", "--threads", "4", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/", timeout=2)  # noqa: S310 - loopback
                    break
                except OSError:
                    time.sleep(0.2)
            script = Path(tmp) / "paths.lua"
            script.write_text(
                LUA % (", ".join(f'"{p}"' for p, _ in PATHS), ", ".join("true" if h else "false" for _, h in PATHS))
            )
            done = subprocess.run(  # noqa: S603
                [wrk, "-t", "2", "-c", str(args.connections), "-d", f"{args.duration}s", "--latency", "-s", str(script), base],
                capture_output=True, text=True, timeout=args.duration + 60, check=False,
            )  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=20)
    print(done.stdout)
    errors = 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", done.stdout)
    if m:
        errors += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    if m:
        errors += int(m.group(1))
    requests = re.search(r"(\d+) requests in", done.stdout)
    print(f"load test: {requests.group(1) if requests else '?'} requests, {errors} errors")
    return 1 if errors or done.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
