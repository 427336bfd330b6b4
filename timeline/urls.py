from django.urls import path

from . import views

app_name = "timeline"
urlpatterns = [
    path("", views.index, name="index"),
    path("events/<int:pk>/", views.event_detail, name="event"),
]
