import articles.links
from django.db import migrations, models


def clear_unsafe_urls(apps, schema_editor):
    """Links stored before the check: anything but an absolute http(s) URL becomes empty."""
    Article = apps.get_model("articles", "Article")
    bad = [pk for pk, url in Article.objects.exclude(url="").values_list("pk", "url") if not articles.links.is_http_url(url)]
    for lo in range(0, len(bad), 500):
        Article.objects.filter(pk__in=bad[lo : lo + 500]).update(url="")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_article_version"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="url",
            field=models.URLField(blank=True, max_length=1000, validators=[articles.links.validate_http_url]),
        ),
        migrations.RunPython(clear_unsafe_urls, migrations.RunPython.noop),
    ]
