from django.urls import path

from . import api, views

app_name = "timeline"
urlpatterns = [
    path("", views.index, name="index"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("api/events", api.events, name="api-events"),
    path("api/events.csv", api.events_csv_view, name="api-events-csv"),
    path("api/events.ics", api.events_ics_view, name="api-events-ics"),
    path("api/events.timeline.json", api.events_timelinejs_view, name="api-events-timelinejs"),
]
