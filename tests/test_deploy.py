"""Production settings from the environment: check --deploy clean, security headers present."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROD = {
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "timeline.example.org",
    "DEBUG": "0",
    "DJANGO_SETTINGS_MODULE": "config.settings",
}


def test_check_deploy_is_clean_with_production_settings():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "DJANGO_ALLOW_INSECURE_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    } | PROD
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "check", "--deploy", "--fail-level", "WARNING"],
        env=env, cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "DJANGO_ALLOW_INSECURE_KEY", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "check"], env=env | {"DJANGO_SETTINGS_MODULE": "config.settings"},
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode != 0 and "SECRET_KEY" in done.stderr


@pytest.mark.django_db
def test_responses_carry_csp_and_security_headers(client):
    r = client.get("/")
    csp = r["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    assert r["X-Content-Type-Options"] == "nosniff" and r["X-Frame-Options"] == "DENY"
    assert "csrftoken" not in r.cookies or r.cookies["csrftoken"]["samesite"]
