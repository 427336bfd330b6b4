"""Event counts by month: a table the database keeps up to date with triggers.

The zoomed-out figure, the per-year chart and the topic counts group every dated event; at
10^5 events that took 90 ms a request whenever the cache was cold (after any change). The
triggers keep ``timeline_eventcount`` (``timeline.models.EventCount``) equal to

    dated events counted by (month, kind, status, primary topic, topic)

where topic 0 counts every event, a topic's id the events that carry it, and -1 the events that
carry none, whoever writes (ingestion, the admin, ``QuerySet.update()``, raw SQL), in the writer's
own transaction, so the page reads a few thousand rows instead.

- SQLite: row triggers on ``timeline_event`` and ``timeline_event_topics`` (SQLite runs row
  triggers right after each row, and serialises writers).
- PostgreSQL: row triggers on ``timeline_event``; statement triggers with transition tables on
  ``timeline_event_topics`` (row triggers there would all see the end of a multi-row statement,
  and count an event's first topic twice or not at all); TRUNCATE rebuilds the counts. Every
  trigger first takes one transaction-level advisory lock, so that writers update the counts one
  at a time: no deadlock between two writers locking count rows in different orders, and no
  count computed from an event row another writer is changing.

``timeline.queries.read_state`` checks that every trigger is there (a SQLite migration that
rebuilds ``timeline_event`` or ``timeline_event_topics`` drops their triggers); with one missing,
the counts are not used. Such a migration must call ``install`` again, which also rebuilds the
counts (tests/test_event_counts.py fails otherwise).
"""

from django.db import migrations, models

KEY = "(topic, month, kind, status, primary_topic)"
COLUMNS = "(month, kind, status, primary_topic, topic, n)"
LINKS = "timeline_event_topics"
LOCK = "PERFORM pg_advisory_xact_lock(hashtext('timeline_eventcount'));"
SQLITE_TRIGGERS = 6
PG_TRIGGERS = 8


def month(vendor: str, column: str) -> str:
    if vendor == "postgresql":
        return f"date_trunc('month', {column})::date"
    return f"date({column}, 'start of month')"


def rebuild_sql(vendor: str) -> list[str]:
    """The counts computed from the events (what the triggers keep)."""
    m = month(vendor, "e.date")
    cell = f"{m} AS month, e.kind, e.status, coalesce(e.primary_topic_id, 0) AS primary_topic"
    return [
        "DELETE FROM timeline_eventcount",
        f"INSERT INTO timeline_eventcount {COLUMNS} "
        "SELECT month, kind, status, primary_topic, topic, count(*) FROM ("
        f"  SELECT {cell}, 0 AS topic FROM timeline_event e WHERE e.date IS NOT NULL"
        f"  UNION ALL SELECT {cell}, l.topic_id FROM timeline_event e"
        f"    JOIN {LINKS} l ON l.event_id = e.id WHERE e.date IS NOT NULL"
        f"  UNION ALL SELECT {cell}, -1 FROM timeline_event e WHERE e.date IS NOT NULL"
        f"    AND NOT EXISTS (SELECT 1 FROM {LINKS} l WHERE l.event_id = e.id)"
        ") AS x GROUP BY month, kind, status, primary_topic, topic",
    ]


def add_event(vendor: str, r: str) -> str:
    """Count event ``r`` (NEW or OLD) in every cell it belongs to: every event, each of its
    topics, or no topic."""
    return (
        f"INSERT INTO timeline_eventcount {COLUMNS} "
        f"SELECT {month(vendor, r + '.date')}, {r}.kind, {r}.status, coalesce({r}.primary_topic_id, 0), t.topic, 1 "
        f"FROM (SELECT 0 AS topic UNION ALL SELECT topic_id FROM {LINKS} WHERE event_id = {r}.id "
        f"UNION ALL SELECT -1 WHERE NOT EXISTS (SELECT 1 FROM {LINKS} WHERE event_id = {r}.id)) AS t "
        f"WHERE {r}.date IS NOT NULL "
        f"ON CONFLICT {KEY} DO UPDATE SET n = timeline_eventcount.n + 1"
    )


def sub_event(vendor: str, r: str) -> str:
    """Uncount event ``r``. An UPDATE, never an insert: a cell that is not there (its table
    emptied first, as a test database flush may do) stays absent rather than going negative."""
    return (
        f"UPDATE timeline_eventcount SET n = n - 1 WHERE {r}.date IS NOT NULL "
        f"AND month = {month(vendor, r + '.date')} AND kind = {r}.kind AND status = {r}.status "
        f"AND primary_topic = coalesce({r}.primary_topic_id, 0) "
        f"AND (topic = 0 OR topic IN (SELECT topic_id FROM {LINKS} WHERE event_id = {r}.id) "
        f"OR (topic = -1 AND NOT EXISTS (SELECT 1 FROM {LINKS} WHERE event_id = {r}.id)))"
    )


def _event_cell(vendor: str, event_id: str) -> str:
    return (
        f"SELECT {month(vendor, 'e.date')}, e.kind, e.status, coalesce(e.primary_topic_id, 0) "
        f"FROM timeline_event e WHERE e.id = {event_id} AND e.date IS NOT NULL"
    )


def sqlite_link_sql(r: str, sign: int, untagged_when: str = "1") -> list[str]:
    """SQLite: link ``r`` (NEW or OLD) added (sign 1) or removed (-1), right after that row."""
    cell = _event_cell("sqlite", f"{r}.event_id")
    out = []
    if sign > 0:
        out.append(
            f"INSERT INTO timeline_eventcount {COLUMNS} "
            f"SELECT {month('sqlite', 'e.date')}, e.kind, e.status, coalesce(e.primary_topic_id, 0), {r}.topic_id, 1 "
            f"FROM timeline_event e WHERE e.id = {r}.event_id AND e.date IS NOT NULL "
            f"ON CONFLICT {KEY} DO UPDATE SET n = timeline_eventcount.n + 1"
        )
        # the event's first topic: it no longer counts as carrying none
        out.append(
            f"UPDATE timeline_eventcount SET n = n - 1 WHERE topic = -1 AND ({untagged_when}) "
            f"AND (month, kind, status, primary_topic) IN ({cell}) "
            f"AND (SELECT count(*) FROM {LINKS} WHERE event_id = {r}.event_id) = 1"
        )
    else:
        out.append(
            f"UPDATE timeline_eventcount SET n = n - 1 WHERE topic = {r}.topic_id "
            f"AND (month, kind, status, primary_topic) IN ({cell})"
        )
        # its last topic: it now counts as carrying none
        out.append(
            f"INSERT INTO timeline_eventcount {COLUMNS} "
            f"SELECT {month('sqlite', 'e.date')}, e.kind, e.status, coalesce(e.primary_topic_id, 0), -1, 1 "
            f"FROM timeline_event e WHERE e.id = {r}.event_id AND e.date IS NOT NULL AND ({untagged_when}) "
            f"AND NOT EXISTS (SELECT 1 FROM {LINKS} WHERE event_id = {r}.event_id) "
            f"ON CONFLICT {KEY} DO UPDATE SET n = timeline_eventcount.n + 1"
        )
    return out


def sqlite_triggers() -> dict[str, str]:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in ("id", "date", "kind", "status", "primary_topic_id"))
    moved = "OLD.event_id IS NOT NEW.event_id"
    body = {
        "event_insert": ("AFTER INSERT ON timeline_event WHEN NEW.date IS NOT NULL", [add_event("sqlite", "NEW")]),
        "event_update": (
            f"AFTER UPDATE OF id, date, kind, status, primary_topic_id ON timeline_event WHEN {changed}",
            [sub_event("sqlite", "OLD"), add_event("sqlite", "NEW")],
        ),
        "event_delete": ("AFTER DELETE ON timeline_event WHEN OLD.date IS NOT NULL", [sub_event("sqlite", "OLD")]),
        "topics_insert": (f"AFTER INSERT ON {LINKS}", sqlite_link_sql("NEW", 1)),
        "topics_delete": (f"AFTER DELETE ON {LINKS}", sqlite_link_sql("OLD", -1)),
        # a link moved to another topic or event: the topic cells move; "carries none" only
        # changes when it moved to another event
        "topics_update": (
            f"AFTER UPDATE ON {LINKS}",
            sqlite_link_sql("OLD", -1, moved) + sqlite_link_sql("NEW", 1, moved),
        ),
    }
    return {
        f"timeline_ec_{name}": f"CREATE TRIGGER timeline_ec_{name} {when} BEGIN {'; '.join(stmts)}; END"
        for name, (when, stmts) in body.items()
    }


PG_EVENT_FUNCTION = f"""
CREATE OR REPLACE FUNCTION timeline_ec_count_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {LOCK}
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {sub_event("postgresql", "OLD")};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {add_event("postgresql", "NEW")};
    END IF;
    RETURN NULL;
END $$;
"""

NO_LINKS = "(SELECT NULL::integer AS event_id, NULL::integer AS topic_id WHERE false)"


def pg_links_function(op: str) -> str:
    """Links added and removed by one statement (transition tables ``added``, ``removed``): topic
    cells by the sum of their changes; "carries none" for each event whose number of topics went
    from 0 to some, or from some to 0, across the statement."""
    added = "added" if op in ("INSERT", "UPDATE") else NO_LINKS
    removed = "removed" if op in ("DELETE", "UPDATE") else NO_LINKS
    cell = (
        f"{month('postgresql', 'e.date')} AS month, e.kind, e.status, coalesce(e.primary_topic_id, 0) AS primary_topic"
    )
    return f"""
CREATE OR REPLACE FUNCTION timeline_ec_links_{op.lower()}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {LOCK}
    INSERT INTO timeline_eventcount {COLUMNS}
    SELECT month, kind, status, primary_topic, topic, sum(d) FROM (
        SELECT {cell}, c.topic_id AS topic, c.d FROM (
            SELECT event_id, topic_id, 1 AS d FROM {added} a
            UNION ALL SELECT event_id, topic_id, -1 FROM {removed} r
        ) c JOIN timeline_event e ON e.id = c.event_id WHERE e.date IS NOT NULL
        UNION ALL
        SELECT {cell}, -1, CASE WHEN k.now = 0 THEN 1 ELSE -1 END FROM (
            SELECT event_id, sum(d) AS delta FROM (
                SELECT event_id, 1 AS d FROM {added} a UNION ALL SELECT event_id, -1 FROM {removed} r
            ) x GROUP BY event_id
        ) c
        CROSS JOIN LATERAL (SELECT count(*) AS now FROM {LINKS} WHERE event_id = c.event_id) k
        JOIN timeline_event e ON e.id = c.event_id
        WHERE e.date IS NOT NULL AND (k.now = 0) <> (k.now - c.delta = 0)
    ) AS y GROUP BY month, kind, status, primary_topic, topic
    ORDER BY month, kind, status, primary_topic, topic
    ON CONFLICT {KEY} DO UPDATE SET n = timeline_eventcount.n + EXCLUDED.n;
    RETURN NULL;
END $$;
"""


def pg_rebuild_function() -> str:
    body = ";\n    ".join(rebuild_sql("postgresql"))
    return f"""
CREATE OR REPLACE FUNCTION timeline_ec_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {LOCK}
    {body};
    RETURN NULL;
END $$;
"""


def pg_triggers() -> dict[str, str]:
    changed = " OR ".join(
        f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ("id", "date", "kind", "status", "primary_topic_id")
    )
    count_event = "FOR EACH ROW {} EXECUTE FUNCTION timeline_ec_count_event()"
    links = "FOR EACH STATEMENT EXECUTE FUNCTION timeline_ec_links_{}()"
    rebuild = "FOR EACH STATEMENT EXECUTE FUNCTION timeline_ec_rebuild()"
    return {
        "timeline_ec_event_insert": "AFTER INSERT ON timeline_event "
        + count_event.format("WHEN (NEW.date IS NOT NULL)"),
        "timeline_ec_event_update": "AFTER UPDATE ON timeline_event " + count_event.format(f"WHEN ({changed})"),
        "timeline_ec_event_delete": "AFTER DELETE ON timeline_event "
        + count_event.format("WHEN (OLD.date IS NOT NULL)"),
        "timeline_ec_topics_insert": f"AFTER INSERT ON {LINKS} REFERENCING NEW TABLE AS added "
        + links.format("insert"),
        "timeline_ec_topics_update": f"AFTER UPDATE ON {LINKS} REFERENCING OLD TABLE AS removed NEW TABLE AS added "
        + links.format("update"),
        "timeline_ec_topics_delete": f"AFTER DELETE ON {LINKS} REFERENCING OLD TABLE AS removed "
        + links.format("delete"),
        "timeline_ec_event_truncate": "AFTER TRUNCATE ON timeline_event " + rebuild,
        "timeline_ec_topics_truncate": f"AFTER TRUNCATE ON {LINKS} " + rebuild,
    }


def install(apps, schema_editor):
    """(Re)create the triggers and recompute the counts."""
    vendor = schema_editor.connection.vendor
    run = schema_editor.execute
    if vendor == "postgresql":
        run(PG_EVENT_FUNCTION)
        for op in ("INSERT", "UPDATE", "DELETE"):
            run(pg_links_function(op))
        run(pg_rebuild_function())
        for name, spec in pg_triggers().items():
            table = "timeline_event" if "_event_" in name else LINKS
            run(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            run(f"CREATE TRIGGER {name} {spec}")
    elif vendor == "sqlite":
        for name, sql in sqlite_triggers().items():
            run(f"DROP TRIGGER IF EXISTS {name}")
            run(sql)
    else:
        return  # other databases: no triggers, the counts are never read (read_state)
    for sql in rebuild_sql(vendor):
        run(sql)


def uninstall(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    run = schema_editor.execute
    if vendor == "postgresql":
        for name in pg_triggers():
            table = "timeline_event" if "_event_" in name else LINKS
            run(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        run("DROP FUNCTION IF EXISTS timeline_ec_count_event()")
        for op in ("insert", "update", "delete"):
            run(f"DROP FUNCTION IF EXISTS timeline_ec_links_{op}()")
        run("DROP FUNCTION IF EXISTS timeline_ec_rebuild()")
    elif vendor == "sqlite":
        for name in sqlite_triggers():
            run(f"DROP TRIGGER IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_data_version")]

    operations = [
        migrations.CreateModel(
            name="EventCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("month", models.DateField(help_text="First day of the month.")),
                ("kind", models.CharField(max_length=8)),
                ("status", models.CharField(max_length=8)),
                ("primary_topic", models.IntegerField()),
                ("topic", models.IntegerField()),
                ("n", models.IntegerField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("topic", "month", "kind", "status", "primary_topic"), name="timeline_eventcount_key"
                    )
                ],
                "indexes": [
                    models.Index(
                        fields=["topic", "month", "kind", "status", "primary_topic", "n"],
                        name="timeline_ev_topic_c7ac66_idx",
                    )
                ],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
