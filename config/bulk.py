"""Many rows into one table without building model instances: for ingestion's hot path, where
``bulk_create`` spends most of its time preparing values one by one."""

from __future__ import annotations

from django.db import connection


def insert_rows(model, fields: list[str], rows: list[tuple], *, ignore_conflicts: bool = False) -> None:
    """INSERT ``rows`` (tuples in the order of ``fields``, values already adapted for this
    database: see ``adapt_date`` and ``adapt_json``) with ``executemany``."""
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(f).column) for f in fields)
    # Names come from the model (quoted), values travel as parameters.
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"  # noqa: S608
    if ignore_conflicts:
        sql += " ON CONFLICT DO NOTHING"  # SQLite 3.24+ and PostgreSQL
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def adapt_date(value):
    return None if value is None else connection.ops.adapt_datefield_value(value)


def adapt_json(model, field: str, value):
    return model._meta.get_field(field).get_db_prep_save(value, connection)
