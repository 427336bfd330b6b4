"""System check: no template renders a stored link without the ``http_url`` filter.

A model's ``URLField`` holds what a manifest or an editor gave; rendering it as ``href`` without
the filter would let ``javascript:`` or ``data:`` links through if one ever got stored. The check
reads every template and reports ``{{ x.url }}`` (or ``{% with y=x.url %}``, for any URLField's
name) whose filters do not include ``http_url``.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.apps import apps
from django.core import checks
from django.db import models

_VAR = re.compile(r"{{(.*?)}}|{%\s*with\s+(.*?)%}", re.S)


def url_field_names() -> set[str]:
    return {f.name for m in apps.get_models() for f in m._meta.get_fields() if isinstance(f, models.URLField)}


def unsafe_url_renderings(text: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, expression) of each rendering of a URL field in ``text`` without ``|http_url``."""
    found = []
    for match in _VAR.finditer(text):
        body = match.group(1) if match.group(1) is not None else match.group(2)
        # in a {% with %}, each "name=value" binding is its own expression
        parts = re.split(r"\s+(?=\w+=)", body.strip()) if match.group(2) is not None else [body]
        for expr in parts:
            expr = expr.split("=", 1)[1] if match.group(2) is not None and "=" in expr else expr
            base, *filters = [p.strip() for p in expr.split("|")]
            last = base.split(".")[-1]
            if last in names and not any(f.split(":")[0] == "http_url" for f in filters):
                found.append((text.count("\n", 0, match.start()) + 1, match.group(0).strip()))
    return found


def template_files():
    from django.conf import settings

    dirs = [Path(d) for t in settings.TEMPLATES for d in t.get("DIRS", [])]
    dirs += [
        Path(c.path) / "templates" for c in apps.get_app_configs() if c.name.split(".")[0] in {"articles", "timeline"}
    ]
    for d in dirs:
        if d.is_dir():
            yield from sorted(d.rglob("*.html"))


@checks.register(checks.Tags.security, checks.Tags.templates)
def check_url_rendering(app_configs=None, **kwargs):
    names = url_field_names()
    errors = []
    for path in template_files():
        for line, expr in unsafe_url_renderings(path.read_text(encoding="utf-8"), names):
            errors.append(
                checks.Error(
                    f"{path}:{line} renders a stored link without the http_url filter: {expr}",
                    hint="Write {{ value|http_url }} (load the 'links' library) inside {% if %}.",
                    id="articles.E001",
                )
            )
    return errors
