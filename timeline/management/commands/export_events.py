import os
import sys

from django.core.management.base import BaseCommand, CommandError

from timeline.exports import buffered, iter_events_csv, iter_events_json


class Command(BaseCommand):
    help = 'Export events: JSON {"events": [...], "undated": [...]} or CSV (one row per event).'

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("-o", "--output", help="File to write (default: standard output).")

    def handle(self, *args, **options):
        # written as it is read, a chunk of events at a time: memory stays flat at any archive size
        pieces = buffered(iter_events_json() if options["format"] == "json" else iter_events_csv())
        if options["output"]:
            # into a file beside it, renamed when complete: a failed export never leaves half a file
            # in place of a good one
            part = f"{options['output']}.part"
            try:
                with open(part, "w", encoding="utf-8", newline="") as fh:
                    for piece in pieces:
                        fh.write(piece)
                os.replace(part, options["output"])
            except OSError as exc:
                raise CommandError(f"cannot write {options['output']}: {exc.strerror or exc}") from None
            finally:
                if os.path.exists(part):
                    os.unlink(part)
            self.stderr.write(self.style.SUCCESS(f"wrote {options['output']}"))
        else:
            for piece in pieces:
                sys.stdout.write(piece)
