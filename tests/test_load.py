import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_twenty_clients_for_sixty_seconds_without_an_error():
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "bench" / "loadtest.py"), "--duration", "60", "--connections", "20"],
        capture_output=True, text=True, timeout=400, check=False,
    )  # fmt: skip
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ", 0 errors" in done.stdout
