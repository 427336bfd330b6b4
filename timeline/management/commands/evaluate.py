import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline.evaluation import TARGETS, evaluate, format_report


class Command(BaseCommand):
    help = (
        "Ingest DIR into a throw-away SQLite database, compare the extracted events with DIR/gold.json, "
        "print precision, recall, F1, date, participant, topic and status scores, every miss and every false event."
    )

    def add_arguments(self, parser):
        parser.add_argument("dir", help="Folder of .txt articles with manifest.csv and gold.json.")
        parser.add_argument("--gold", help="Gold file (default: DIR/gold.json).")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")
        parser.add_argument("--check", action="store_true", help=f"Exit with an error below the targets {TARGETS}.")
        parser.add_argument(
            "--summary",
            action="store_true",
            help="Scores and the count of misses by cause only, no quotes: for a held-out split nobody reads while tuning.",
        )

    def handle(self, *args, **options):
        folder = Path(options["dir"])
        gold_path = Path(options["gold"] or folder / "gold.json")
        if not folder.is_dir():
            raise CommandError(f"{folder}: not a folder")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{gold_path}: cannot read gold ({exc})") from None
        articles = sorted(p.name for p in folder.glob("*.txt"))
        export = self._run_pipeline(folder)
        report = evaluate(export, gold, articles)
        if options["json"]:
            out = report.summary() | {"misses": report.misses, "false_events": report.false_events}
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
        elif options["summary"]:
            self.stdout.write(format_report(report, summary_only=True) + "\n")
        else:
            self.stdout.write(format_report(report) + "\n")
        failures = report.failures()
        if options["check"] and failures:
            raise CommandError("below target: " + "; ".join(failures))

    def _run_pipeline(self, folder: Path) -> dict:
        """migrate, ingest and export_events in a subprocess on a temporary SQLite file: the same
        pipeline a user runs, and nothing of the real database is read or changed."""
        manage = str(Path(settings.BASE_DIR) / "manage.py")
        with tempfile.TemporaryDirectory() as tmp:
            env = os.environ | {
                "DATABASE_URL": f"sqlite:///{tmp}/evaluate.sqlite3",
                "DJANGO_ALLOW_INSECURE_KEY": "1",
                "DJANGO_SETTINGS_MODULE": "config.settings_test",
            }
            out = Path(tmp) / "export.json"
            for cmd in (
                ["migrate", "--noinput", "-v0"],
                ["ingest", "--no-progress", str(folder)],
                ["export_events", "--format", "json", "-o", str(out)],
            ):
                done = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
                    [sys.executable, manage, *cmd], env=env, capture_output=True, text=True, check=False
                )
                if done.returncode != 0 and cmd[0] != "ingest":
                    raise CommandError(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
                if cmd[0] == "ingest":
                    self.stderr.write(done.stdout.strip())
                    if "internal error" in done.stdout + done.stderr:
                        # an extraction that crashed must not pass for an article with nothing in it
                        raise CommandError("extraction failed on some articles:\n" + done.stdout[-3000:])
            return json.loads(out.read_text(encoding="utf-8"))
