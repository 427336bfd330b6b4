"""Editors' tools: every model, curated-field tracking, merge and split, each change logged."""

from django.contrib import admin, messages
from django.db.models import Count

from articles.admin import ArticleAdmin as _ArticleAdmin
from articles.models import Article

from .models import Event, Mention, Person, Place, Topic
from .services import merge_events, refresh_event, reset_caches, split_mention
from .signals import acting_user


class CuratedFilter(admin.SimpleListFilter):
    title = "curated"
    parameter_name = "curated"

    def lookups(self, request, model_admin):
        return [("yes", "corrected by an editor"), ("no", "as extracted")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(curated_fields=[])
        if self.value() == "no":
            return queryset.filter(curated_fields=[])
        return queryset


class MentionInline(admin.StackedInline):
    model = Mention
    extra = 0
    fields = ("article", "quote", "date_text", "date_resolution", "date_note", "pinned")
    readonly_fields = fields
    can_delete = False
    show_change_link = True


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "date", "date_precision", "kind", "status", "place", "n_sources", "is_curated")
    list_filter = ("topics", "participants", "status", "date_precision", "kind", CuratedFilter)
    search_fields = ("title", "mentions__quote", "participants__name")
    autocomplete_fields = ("participants", "place")
    filter_horizontal = ("topics",)
    readonly_fields = ("curated_fields", "created_at", "updated_at")
    fields = (
        "title", ("date", "date_end", "date_precision"), ("kind", "status"), "place", "participants", "topics",
        "primary_topic", "curated_fields", ("created_at", "updated_at"),
    )  # fmt: skip
    inlines = [MentionInline]
    actions = ["merge_selected", "release_curation"]
    date_hierarchy = "date"

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("place").annotate(_n=Count("mentions__article", distinct=True))
        )

    @admin.display(description="sources", ordering="_n")
    def n_sources(self, obj):
        return obj._n

    @admin.display(description="curated", boolean=True)
    def is_curated(self, obj):
        return bool(obj.curated_fields)

    def save_model(self, request, obj, form, change):
        # Whatever an editor changes is curated: re-extraction and re-ingestion leave it alone.
        changed = [f for f in form.changed_data if f in Event.CURATABLE]
        if {"date", "date_end", "date_precision"} & set(changed):
            changed += ["date", "date_end", "date_precision"]  # one date: the three go together
        if changed:
            obj.curated_fields = sorted(set(obj.curated_fields or []) | set(changed))
        super().save_model(request, obj, form, change)

    @admin.action(description="Merge the selected events (same meeting): mentions move to the oldest")
    def merge_selected(self, request, queryset):
        events = list(queryset.order_by("pk"))
        if len(events) < 2:
            self.message_user(request, "Select at least two events to merge.", messages.WARNING)
            return
        target, others = events[0], events[1:]
        summary = ", ".join(f"#{e.pk} {e.title}" for e in others)
        merge_events(target, others)
        self.log_change(request, target, f"Merged into this event: {summary}")
        self.message_user(request, f"Merged {len(others)} event(s) into #{target.pk}.", messages.SUCCESS)

    @admin.action(description="Release curation: let extraction set every field again")
    def release_curation(self, request, queryset):
        reset_caches()
        for event in queryset:
            fields = ", ".join(event.curated_fields or []) or "nothing"
            event.curated_fields = []
            event.save(update_fields=["curated_fields"])
            refresh_event(event)
            self.log_change(request, event, f"Released curation of {fields}")
        self.message_user(request, "Curation released.", messages.SUCCESS)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("article", "event", "date_text", "date_resolution", "pinned")
    list_filter = ("date_resolution", "pinned", "kind")
    search_fields = ("quote", "article__file_name", "event__title")
    readonly_fields = [f.name for f in Mention._meta.fields if f.name != "event"]
    raw_id_fields = ("event",)
    actions = ["split_out"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if "event" in form.changed_data:
            reset_caches()
            old = Mention.objects.get(pk=obj.pk).event
            obj.pinned = True
            super().save_model(request, obj, form, change)
            refresh_event(old)
            refresh_event(obj.event)
            self.log_change(request, obj.event, f"Mention from {obj.article.file_name} moved here from #{old.pk}")
            return
        super().save_model(request, obj, form, change)

    @admin.action(description="Split out: give each selected mention an event of its own")
    def split_out(self, request, queryset):
        for mention in queryset.select_related("event", "article"):
            old_pk = mention.event_id
            new = split_mention(mention)
            self.log_change(request, new, f"Split out of event #{old_pk}: mention from {mention.article.file_name}")
            if Event.objects.filter(pk=old_pk).exists():
                self.log_change(
                    request,
                    Event.objects.get(pk=old_pk),
                    f"Mention from {mention.article.file_name} split out to #{new.pk}",
                )
        self.message_user(request, "Split.", messages.SUCCESS)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "role", "from_gazetteer")
    list_filter = ("from_gazetteer", "country")
    search_fields = ("name", "role", "aliases")


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name", "country")
    list_filter = ("country",)
    search_fields = ("name",)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("slug", "name", "colour")
    search_fields = ("slug", "name", "keywords")


# Articles are deleted through their own admin (articles/); the events they reported follow by the
# signals in timeline/signals.py. Here the deleting editor is named in the events' history.
class ArticleAdmin(_ArticleAdmin):
    def delete_model(self, request, obj):
        with acting_user(request.user):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with acting_user(request.user):
            super().delete_queryset(request, queryset)


admin.site.unregister(Article)
admin.site.register(Article, ArticleAdmin)
