import sys

from django.core.management.base import BaseCommand, CommandError

from timeline.exports import events_csv, events_json


class Command(BaseCommand):
    help = 'Export events: JSON {"events": [...], "undated": [...]} or CSV (one row per event).'

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("-o", "--output", help="File to write (default: standard output).")

    def handle(self, *args, **options):
        text = events_json() if options["format"] == "json" else events_csv()
        if options["output"]:
            try:
                with open(options["output"], "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
            except OSError as exc:
                raise CommandError(f"cannot write {options['output']}: {exc.strerror or exc}") from None
            self.stderr.write(self.style.SUCCESS(f"wrote {options['output']}"))
        else:
            sys.stdout.write(text)
