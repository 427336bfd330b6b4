from django.core.management.base import BaseCommand

from articles.services import reextract_all


class Command(BaseCommand):
    help = "Run extraction again over every stored article; fields curated by editors are kept."

    def handle(self, *args, **options):
        report = reextract_all()
        self.stdout.write(
            self.style.SUCCESS(f"re-extracted {report.updated} articles; " + report.summary().split("; ", 1)[1])
        )
