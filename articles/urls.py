from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("<int:pk>/", views.article_detail, name="detail"),
    path("add/", views.add_article, name="add"),
    path("undated/", views.undated_queue, name="undated"),
    path("<int:pk>/published/", views.set_published, name="set-published"),
]
