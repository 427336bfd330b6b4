from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Timeline (events out)"

    def ready(self):
        from . import signals  # noqa: F401  (events follow the deletion of their source articles)
