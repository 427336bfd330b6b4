from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Russia–Tajikistan meetings: editors"
admin.site.site_title = "Timeline editors"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("articles/", include("articles.urls")),
    path("", include("timeline.urls")),
]
