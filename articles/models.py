from django.db import models
from django.urls import reverse

from .links import validate_http_url


class DateSource(models.TextChoices):
    MANIFEST = "manifest", "manifest"
    HEADER = "header", "header line"
    DATELINE = "dateline", "dateline"
    INFERRED = "inferred", "inferred"
    URL = "url", "page address"
    EDITOR = "editor", "set by an editor"
    UNKNOWN = "unknown", "unknown"


class Article(models.Model):
    file_name = models.CharField(max_length=255, unique=True, help_text="Unique key of the source: the file name.")
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True, validators=[validate_http_url])
    body = models.TextField(help_text="Decoded text (UTF-8, LF line ends); passages and mentions point into it.")
    sha256 = models.CharField(max_length=64, help_text="Hash of the body, to skip unchanged files.")
    published = models.DateField(null=True, blank=True, help_text="Reference date for relative expressions.")
    published_source = models.CharField(max_length=16, choices=DateSource.choices, default=DateSource.UNKNOWN)
    published_note = models.CharField(max_length=300, blank=True, help_text="How the date was found, in words.")
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["published", "file_name"]
        indexes = [models.Index(fields=["published"]), models.Index(fields=["outlet"])]

    def __str__(self):
        return self.title or self.file_name

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        first = self.body.strip().split("\n", 1)[0]
        return first[:120] + ("…" if len(first) > 120 else "")


class Passage(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="passages")
    index = models.PositiveIntegerField()
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the first character in the article body.")
    end = models.PositiveIntegerField(help_text="Offset after the last character in the article body.")

    class Meta:
        ordering = ["article", "index"]
        constraints = [models.UniqueConstraint(fields=["article", "index"], name="unique_passage_index")]

    def __str__(self):
        return f"{self.article.file_name} #{self.index}"

    @property
    def anchor(self) -> str:
        return f"p-{self.index}"


class ArticleVersion(models.Model):
    """An article's earlier text, kept when the same file name comes back with a new text."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    body = models.TextField()
    sha256 = models.CharField(max_length=64)
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "-replaced_at"]

    def __str__(self):
        return f"{self.article.file_name} before {self.replaced_at:%Y-%m-%d %H:%M}"
