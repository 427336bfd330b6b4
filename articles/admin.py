from django.contrib import admin
from django.db import models

from .models import Article, Passage


class PassageInline(admin.TabularInline):
    model = Passage
    extra = 0
    fields = ("index", "text", "start", "end")
    readonly_fields = fields
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("file_name", "title", "outlet", "published", "published_source", "ingested_at")
    list_filter = ("outlet", "published_source")
    search_fields = ("file_name", "title", "body")
    date_hierarchy = "published"
    readonly_fields = ("sha256", "ingested_at", "updated_at")
    inlines = [PassageInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
