"""The benchmark: prints a table and writes bench/results.json.

    python bench/run.py [--sizes 1000 10000 [100000]] [--no-pg] [--no-browser]
    python bench/run.py --views-only [--sizes ...] [--db-dir DIR] [--no-browser]

``--views-only`` skips ingestion and the baseline: synthetic events (probe.py fill), then the page,
fragments, API and the drawn figure. ``--db-dir`` keeps those databases (DIR/v{N}.sqlite3) and
reuses one that is already filled, so that runs before and after a change compare the same data.

For each size: a seeded synthetic corpus (bench/corpus.py) ingested into SQLite (one process,
then --workers 2) and into PostgreSQL (a throw-away cluster, scripts/with-postgres.sh), with a
per-stage breakdown and peak memory; the naive baseline (dateparser.search_dates over every
paragraph) and our extraction on the same articles, side by side; then the page, the htmx
fragments and the API on a database of that many events (median, p95, queries per request,
figure JSON bytes) and the time to a drawn figure in headless Chromium. Each measurement runs in
its own process (bench/probe.py).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: `bench` is imported from the project root
PY = sys.executable
NAIVE_SAMPLE = 300
NAIVE_ANY_SAMPLE = 30  # about 2 articles/s: a smaller sample of the same corpus


# The code issue 14 measures against: its ingestion, run side by side on the same articles.
BASELINE_COMMIT = "3f471ec"


def probe(*args, env=None, pg=False, root: Path = ROOT) -> dict:
    cmd = [PY, str(root / "bench" / "probe.py"), *map(str, args)]
    if pg:
        cmd = ["bash", str(ROOT / "scripts" / "with-postgres.sh"), *cmd]
    done = subprocess.run(cmd, cwd=root, env=env or os.environ, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def corpus(n: int, real_shaped: bool = False) -> Path:
    """The synthetic corpus of ``n`` articles, or (``real_shaped``) copies of the team's articles
    written in the shape of real reports (``bench/corpus.py --real-shaped``)."""
    folder = Path(tempfile.gettempdir()) / f"ru-tj-bench-corpus-{'real-' if real_shaped else ''}{n}"
    marker = folder / ".complete"
    if not marker.exists():
        extra = ["--real-shaped"] if real_shaped else []
        subprocess.run([PY, str(ROOT / "bench" / "corpus.py"), str(folder), str(n), *extra], check=True)  # noqa: S603
        marker.write_text("ok")
    return folder


def probe_at(commit: str, *args, env=None) -> dict:
    """``probe`` with the code of ``commit``, checked out in a throw-away git worktree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "worktree", "add", "--detach", "-q", str(tree), commit], check=True)  # noqa: S603
        try:
            return probe(*args, env=env, root=tree)
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=False)  # noqa: S603


def mean_kb(folder: Path) -> float:
    sizes = [f.stat().st_size for f in folder.glob("*.txt")]
    return round(sum(sizes) / len(sizes) / 1000, 2)


def sqlite_env(path: Path) -> dict:
    return os.environ | {"DATABASE_URL": f"sqlite:///{path}", "DJANGO_SETTINGS_MODULE": "config.settings_test"}


# A zoom to one year, as a user's drag does: Plotly relayouts; when the figure shows monthly counts
# the page waits 400 ms (deliberately), fetches the year's single events and draws them. Measured
# until the new figure is drawn; also how many times it was drawn (once is right).
ZOOM_JS = """async () => {
  const gd = document.getElementById('timeline-figure');
  const aggregated = !!(gd.layout && gd.layout.meta && gd.layout.meta.aggregated);
  const t0 = performance.now();
  let t1 = null;
  await Plotly.relayout(gd, {'xaxis.range': ['2010-01-01', '2010-12-31']});
  if (aggregated) {
    await new Promise((resolve) => {
      const check = () => {
        const g = document.getElementById('timeline-figure');
        if (g && g !== gd && g.dataset.drawn) { t1 = performance.now(); resolve(); } else setTimeout(check, 5);
      };
      check();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));  // any further redraw of the swap
  }
  const g = document.getElementById('timeline-figure');
  return {ms: (t1 || performance.now()) - t0, fetched: aggregated, draws: +(g.dataset.draws || 0)};
}"""


def browser_time(env: dict) -> dict:
    """Serve the database with runserver and time a cold load until the figure's markers exist."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(  # noqa: S603
        [PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"], cwd=ROOT,
        env=env | {"DEBUG": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=5)  # noqa: S310 - loopback
                break
            except OSError:
                time.sleep(0.2)
        from playwright.sync_api import sync_playwright

        from bench.chromium import POINTS, launch

        times, zooms = [], []
        with sync_playwright() as p:
            browser = launch(p)
            for _ in range(3):
                context = browser.new_context()
                page = context.new_page()
                page.goto(url)
                page.wait_for_function(f"document.querySelectorAll('{POINTS}').length > 0", timeout=60000)
                times.append(page.evaluate("performance.now()"))
                zooms.append(page.evaluate(ZOOM_JS))
                context.close()
            browser.close()
        times.sort()
        zoom_ms = sorted(z["ms"] for z in zooms)
        return {
            "drawn_ms_median": round(times[1]),
            "runs_ms": [round(t) for t in times],
            "zoom_ms_median": round(zoom_ms[1]),
            "zoom_fetched": zooms[0]["fetched"],
            "zoom_draws": zooms[0]["draws"],
        }
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument(
        "--no-baseline-commit", action="store_true", help=f"skip ingesting with the code of {BASELINE_COMMIT}"
    )
    parser.add_argument("--views-only", action="store_true", help="skip ingestion and the baseline")
    parser.add_argument("--db-dir", type=Path, help="keep (and reuse) the filled databases here")
    args = parser.parse_args()
    if args.views_only:
        return views_only(args)
    results: dict = {"sizes": args.sizes, "ingest": {}, "baseline": {}, "views": {}, "exports": {}, "browser": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            folder = corpus(n)
            print(f"== {n} articles ({sum(f.stat().st_size for f in folder.glob('*.txt')) / 1e6:.1f} MB)", flush=True)
            real = corpus(n, real_shaped=True)
            print(f"   real-shaped: {n} articles, mean {mean_kb(real)} KB; synthetic: mean {mean_kb(folder)} KB")
            row = {"mean_kb": mean_kb(folder), "real_mean_kb": mean_kb(real)}
            row["sqlite_real_shaped"] = probe("ingest", real, env=sqlite_env(Path(tmp) / f"r{n}.sqlite3"))
            if not args.no_baseline_commit:
                try:
                    row["sqlite_real_shaped_at_baseline"] = probe_at(
                        BASELINE_COMMIT, "ingest", real, "--workers", 1, env=sqlite_env(Path(tmp) / f"b{n}.sqlite3")
                    )
                except (RuntimeError, subprocess.CalledProcessError) as exc:
                    row["sqlite_real_shaped_at_baseline"] = {"error": str(exc)[-300:]}
            row["sqlite"] = probe("ingest", folder, env=sqlite_env(Path(tmp) / f"i{n}.sqlite3"))
            row["sqlite_workers2"] = probe(
                "ingest", folder, "--workers", 2, env=sqlite_env(Path(tmp) / f"w{n}.sqlite3")
            )
            if not args.no_pg:
                try:
                    row["postgresql"] = probe("ingest", folder, pg=True)
                except RuntimeError as exc:
                    row["postgresql"] = {"error": str(exc)[-300:]}
            results["ingest"][n] = row
            for k, v in row.items():
                print(f"  ingest {k:18} {json.dumps(v)}", flush=True)
        sample = corpus(args.sizes[0])
        naive = probe("naive", sample, "--limit", NAIVE_SAMPLE)
        naive_any = probe("naive", sample, "--limit", NAIVE_ANY_SAMPLE, "--languages", "any")
        ours = probe("extract", sample, "--limit", NAIVE_SAMPLE)
        first = results["ingest"][args.sizes[0]]["sqlite"]
        end_to_end = first["articles_per_s"]
        dates_s = first["stages_s"].get("date finding", 0) + first["stages_s"].get("resolution", 0)
        results["baseline"] = {
            "naive_search_dates": naive,
            "naive_search_dates_any_language": naive_any,
            "our_extraction": ours,
            "dates_only_articles_per_s": round(first["articles"] / dates_s, 1) if dates_s else None,
            "dates_only_speedup": round(first["articles"] / dates_s / naive["articles_per_s"], 1) if dates_s else None,
            "extraction_speedup": round(ours["articles_per_s"] / naive["articles_per_s"], 1),
            "end_to_end_speedup": round(end_to_end / naive["articles_per_s"], 1),
            "end_to_end_speedup_vs_any_language": round(end_to_end / naive_any["articles_per_s"], 1),
        }
        print(f"  baseline {json.dumps(results['baseline'])}", flush=True)
        for n in args.sizes:
            env = sqlite_env(Path(tmp) / f"v{n}.sqlite3")
            probe("fill", n, env=env)
            results["views"][n] = probe("views", env=env)
            results["exports"][n] = probe("exports", env=env)
            for k, v in (results["views"][n] | results["exports"][n]).items():
                print(f"  {n} events {k:30} {json.dumps(v)}", flush=True)
            if not args.no_browser:
                results["browser"][n] = browser_time(env)
                print(f"  {n} events browser {json.dumps(results['browser'][n])}", flush=True)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    return 0


def measure_views(n: int, folder: Path, browser: bool) -> tuple[dict, dict | None]:
    """Fill ``folder``/v{n}.sqlite3 with n events (unless already filled), then time the views."""
    path = folder / f"v{n}.sqlite3"
    env = sqlite_env(path)
    marker = folder / f"v{n}.filled"
    if not marker.exists():
        for stale in folder.glob(f"v{n}.sqlite3*"):
            stale.unlink()
        probe("fill", n, env=env)
        marker.write_text("ok")
    views = probe("views", env=env)
    return views, (browser_time(env) if browser else None)


def views_only(args) -> int:
    results: dict = {"sizes": args.sizes, "views": {}, "exports": {}, "browser": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.db_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            results["views"][n], drawn = measure_views(n, folder, not args.no_browser)
            results["exports"][n] = probe("exports", env=sqlite_env(folder / f"v{n}.sqlite3"))
            for k, v in (results["views"][n] | results["exports"][n]).items():
                print(f"  {n} events {k:30} {json.dumps(v)}", flush=True)
            if drawn:
                results["browser"][n] = drawn
                print(f"  {n} events browser {json.dumps(drawn)}", flush=True)
    out = Path(tempfile.gettempdir()) / "ru-tj-bench-views.json"  # bench/results.json is the full run's
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"results: {out}")
    print_table(results)
    return 0


def print_table(r: dict) -> None:
    print("\n| measure | " + " | ".join(str(n) for n in r["sizes"]) + " |")
    print("|---|" + "---|" * len(r["sizes"]))

    def line(label, get):
        cells = []
        for n in r["sizes"]:
            try:
                cells.append(str(get(n)))
            except (KeyError, TypeError):
                cells.append("—")
        print(f"| {label} | " + " | ".join(cells) + " |")

    if "ingest" in r:
        line(
            "mean article KB: real-shaped / synthetic",
            lambda n: f"{r['ingest'][n]['real_mean_kb']} / {r['ingest'][n]['mean_kb']}",
        )
        line(
            "ingest SQLite real-shaped articles, articles/s (1 process)",
            lambda n: r["ingest"][n]["sqlite_real_shaped"]["articles_per_s"],
        )
        line(
            f"the same with the code of {BASELINE_COMMIT}, articles/s (speed-up)",
            lambda n: "{} ({}x)".format(
                r["ingest"][n]["sqlite_real_shaped_at_baseline"]["articles_per_s"],
                round(
                    r["ingest"][n]["sqlite_real_shaped"]["articles_per_s"]
                    / r["ingest"][n]["sqlite_real_shaped_at_baseline"]["articles_per_s"],
                    2,
                ),
            ),
        )
        line("ingest SQLite synthetic, articles/s (1 process)", lambda n: r["ingest"][n]["sqlite"]["articles_per_s"])
        line("ingest SQLite, MB/s", lambda n: r["ingest"][n]["sqlite"]["mb_per_s"])
        line("ingest SQLite --workers 2, articles/s", lambda n: r["ingest"][n]["sqlite_workers2"]["articles_per_s"])
        line("ingest PostgreSQL, articles/s", lambda n: r["ingest"][n]["postgresql"]["articles_per_s"])
        line("peak memory, MB (SQLite run)", lambda n: r["ingest"][n]["sqlite"]["peak_mb"])
        line(
            "stages s: read/split/dates/resolve/classify/DB",
            lambda n: "/".join(
                str(r["ingest"][n]["sqlite"]["stages_s"].get(k, 0))
                for k in ("read", "split", "date finding", "resolution", "classification", "DB write")
            ),
        )
    for name in (
        "page /",
        "fragment ?topic=migration",
        "fragment ?from=2010&to=2010",
        "fragment ?kind=visit&rows=topic",
        "fragment ?topic=migration&topic=energy",
        "fragment ?person=Vladimir Putin",
        "fragment event panel",
        "api /api/events",
    ):
        line(
            f"{name}: median/p95 ms, queries",
            lambda n, k=name: "{median_ms}/{p95_ms}, {queries}".format(**r["views"][n][k]),
        )
        line(
            f"{name}: cold cache, median/p95 ms, queries",
            lambda n, k=name: "{cold_median_ms}/{cold_p95_ms}, {cold_queries}".format(**r["views"][n][k]),
        )
    for name in (
        "api /api/events.timeline.json",
        "api /api/events.ics",
        "api /api/events.csv",
        "export_events --format json",
        "export_events --format csv",
    ):
        line(
            f"whole export {name}: s, MB, peak MB",
            lambda n, k=name: "{seconds}, {mb}, {peak_mb}".format(
                mb=round(r["exports"][n][k]["bytes"] / 1e6, 1), **r["exports"][n][k]
            ),
        )
    line("figure JSON bytes (page /)", lambda n: r["views"][n]["page /"]["figure_json_bytes"])
    line("drawn figure in Chromium, ms", lambda n: r["browser"][n]["drawn_ms_median"])
    line(
        "zoom to one year in Chromium, ms (with the 400 ms wait; draws)",
        lambda n: "{zoom_ms_median} ({zoom_draws})".format(**r["browser"][n]),
    )
    if "baseline" not in r:
        return
    b = r["baseline"]
    n0 = r["sizes"][0]
    print(
        f"\nBaseline on the first {b['naive_search_dates']['articles']} articles of the {n0} corpus:\n"
        f"- naive search_dates(languages=['en']): {b['naive_search_dates']['articles_per_s']} articles/s; "
        f"search_dates() as usually called (any language, first {b['naive_search_dates_any_language']['articles']} "
        f"articles): {b['naive_search_dates_any_language']['articles_per_s']} articles/s\n"
        f"- our date finding + resolution alone: {b['dates_only_articles_per_s']} articles/s "
        f"({b['dates_only_speedup']}x the 'en' baseline)\n"
        f"- our whole extraction: {b['our_extraction']['articles_per_s']} articles/s ({b['extraction_speedup']}x)\n"
        f"- end to end into SQLite (read, extract, store; {n0} articles): {b['end_to_end_speedup']}x the 'en' "
        f"baseline, {b['end_to_end_speedup_vs_any_language']}x the any-language one"
    )


if __name__ == "__main__":
    sys.exit(main())
