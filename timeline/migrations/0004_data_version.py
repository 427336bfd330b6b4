"""The data version: one counter that triggers raise whenever what the timeline shows changes.

The page caches its whole-table reads (people and counts, topic counts, per-year and per-month
figures) under this version (``timeline.queries.data_version``). The triggers fire for every
writer (ingestion, the admin, ``QuerySet.update()``, raw SQL) in the writer's own transaction,
so a reader sees the new version exactly when it sees the change.

- SQLite: row triggers (writers are serialised by SQLite anyway).
- PostgreSQL: deferred constraint triggers, raising the counter once per transaction at commit
  (the counter row is locked only for that moment), and a TRUNCATE trigger.

``data_version()`` checks that every trigger is still there (a SQLite migration that rebuilds a
table drops its triggers): with one missing, nothing is cached. A migration that rebuilds one of
these tables must call ``install`` again (tests/test_scale_reads.py fails otherwise).
"""

from django.db import migrations

TABLES = (
    "timeline_event",
    "timeline_mention",
    "timeline_event_participants",
    "timeline_event_topics",
    "timeline_topic",
    "timeline_person",
    "timeline_place",
    "articles_article",
    "articles_passage",
)

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION timeline_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('timeline.data_version_tx', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE timeline_dataversion SET n = n + 1 WHERE id = 1;
        PERFORM set_config('timeline.data_version_tx', txid_current()::text, true);
    END IF;
    RETURN NULL;
END $$;
"""


def install(apps, schema_editor):
    connection = schema_editor.connection
    run = schema_editor.execute
    if connection.vendor == "postgresql":
        run(
            "CREATE TABLE IF NOT EXISTS timeline_dataversion "
            "(id integer PRIMARY KEY, token varchar(32) NOT NULL, n bigint NOT NULL)"
        )
        run("INSERT INTO timeline_dataversion VALUES (1, md5(random()::text), 0) ON CONFLICT (id) DO NOTHING")
        run(PG_FUNCTION)
        for table in TABLES:
            run(f"DROP TRIGGER IF EXISTS timeline_dv_{table} ON {table}")
            run(f"DROP TRIGGER IF EXISTS timeline_dvt_{table} ON {table}")
            run(
                f"CREATE CONSTRAINT TRIGGER timeline_dv_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION timeline_bump_data_version()"
            )
            run(
                f"CREATE TRIGGER timeline_dvt_{table} AFTER TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION timeline_bump_data_version()"
            )
    elif connection.vendor == "sqlite":
        run(
            "CREATE TABLE IF NOT EXISTS timeline_dataversion "
            "(id integer PRIMARY KEY, token varchar(32) NOT NULL, n integer NOT NULL)"
        )
        run("INSERT OR IGNORE INTO timeline_dataversion VALUES (1, lower(hex(randomblob(8))), 0)")
        for table in TABLES:
            for op in ("INSERT", "UPDATE", "DELETE"):
                name = f"timeline_dv_{table}_{op.lower()}"
                run(f"DROP TRIGGER IF EXISTS {name}")
                run(
                    f"CREATE TRIGGER {name} AFTER {op} ON {table} "
                    "BEGIN UPDATE timeline_dataversion SET n = n + 1 WHERE id = 1; END"
                )
    # other databases: no table, data_version() is None and nothing is cached


def uninstall(apps, schema_editor):
    connection = schema_editor.connection
    run = schema_editor.execute
    if connection.vendor == "postgresql":
        for table in TABLES:
            run(f"DROP TRIGGER IF EXISTS timeline_dv_{table} ON {table}")
            run(f"DROP TRIGGER IF EXISTS timeline_dvt_{table} ON {table}")
        run("DROP FUNCTION IF EXISTS timeline_bump_data_version()")
    elif connection.vendor == "sqlite":
        for table in TABLES:
            for op in ("insert", "update", "delete"):
                run(f"DROP TRIGGER IF EXISTS timeline_dv_{table}_{op}")
    run("DROP TABLE IF EXISTS timeline_dataversion")


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0003_event_date_end_index"),
        ("articles", "0002_article_version"),
    ]

    operations = [migrations.RunPython(install, uninstall)]
