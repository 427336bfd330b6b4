from django.contrib import admin

from .models import Event, Mention, Person, Place, Topic


class MentionInline(admin.StackedInline):
    model = Mention
    extra = 0
    fields = ("article", "quote", "date_text", "date_resolution", "date_note")
    readonly_fields = fields
    can_delete = False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "date", "date_precision", "kind", "status", "place")
    list_filter = ("kind", "status", "date_precision", "topics", "participants")
    search_fields = ("title", "mentions__quote")
    autocomplete_fields = ("participants",)
    filter_horizontal = ("topics",)
    inlines = [MentionInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "role")
    list_filter = ("country",)
    search_fields = ("name", "role")


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name", "country")
    search_fields = ("name",)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("slug", "name", "colour")
