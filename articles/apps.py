from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles (text in)"

    def ready(self):
        from . import checks  # noqa: F401  (registers the template link check)
