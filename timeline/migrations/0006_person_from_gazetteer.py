import importlib

from django.db import migrations, models


def reinstall_data_version_triggers(apps, schema_editor):
    """SQLite rebuilds timeline_person to add the column, which drops its triggers (0004)."""
    importlib.import_module("timeline.migrations.0004_data_version").install(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0005_event_counts"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="from_gazetteer",
            field=models.BooleanField(
                default=True,
                help_text='Unticked: an official found in article text ("Russian Deputy Foreign Minister Andrei '
                'Rudenko"), not in the gazetteer: check the name, country and role.',
            ),
        ),
        migrations.RunPython(reinstall_data_version_triggers, migrations.RunPython.noop),
    ]
