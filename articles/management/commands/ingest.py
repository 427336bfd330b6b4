from django.core.management.base import BaseCommand, CommandError

from articles.services import ingest_paths


class Command(BaseCommand):
    help = (
        "Ingest UTF-8 .txt articles from files or folders (a folder's manifest.csv supplies "
        "published,source,url,title). Idempotent; bad files are reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders of .txt articles.")
        parser.add_argument("--no-progress", action="store_true", help="Do not draw a progress bar.")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Queue one task per article for the task workers (manage.py db_worker --queue-name ingest) instead.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Processes for reading and extraction (default 1; database writes stay in one).",
        )

    def handle(self, *args, **options):
        paths = options["paths"]
        progress = None
        if not options["no_progress"]:
            from tqdm import tqdm

            def progress(items, total):
                return tqdm(items, desc="ingest", unit="article", file=self.stderr._out, leave=False, total=total)

        if not 1 <= options["workers"] <= 64:
            raise CommandError("--workers must be between 1 and 64")
        if options["queue"]:
            from articles.services import enqueue_paths

            report = enqueue_paths(paths)
        else:
            report = ingest_paths(paths, progress=progress, workers=options["workers"])
        for problem in report.problems:
            self.stderr.write(self.style.WARNING(problem))
        line = report.summary()
        if report.failed and not (report.new or report.unchanged or report.updated or report.queued):
            raise CommandError(line)
        self.stdout.write(self.style.SUCCESS(line) if not report.failed else self.style.WARNING(line))
