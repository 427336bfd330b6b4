"""Links that reached us from outside (manifests, the add-article form, the admin) are untrusted.

Only an absolute ``http`` or ``https`` URL with a host is ever stored or rendered: ``javascript:``,
``data:``, ``vbscript:``, relative and scheme-relative links, and anything with control characters
or white space inside are refused. Browsers strip tabs and new lines from a URL before reading its
scheme (``java\\tscript:``), so a URL that contains any is refused rather than cleaned.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

SCHEMES = ("http", "https")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029]")
_validator = URLValidator(schemes=list(SCHEMES))


def is_http_url(value: object) -> bool:
    """True for an absolute http(s) URL with a host and nothing a browser would strip or reinterpret."""
    if not isinstance(value, str) or not value or len(value) > 2000:
        return False
    if _CONTROL_OR_SPACE.search(value) or "\\" in value:
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        return False
    try:
        _validator(value)
    except ValidationError:
        return False
    return True


def http_url(value: object) -> str:
    """``value`` if it is a safe absolute http(s) URL, else the empty string."""
    return value if is_http_url(value) else ""


def validate_http_url(value: str) -> None:
    """Model and form validator: an empty value is fine, anything else must be an http(s) URL."""
    if value and not is_http_url(value):
        raise ValidationError("Only absolute http:// or https:// links are accepted.", code="invalid_url")
