"""Builds the corpus of bad input files (tests/data/bad/ by default; the 50 MB file is not committed).

    python tests/badcorpus.py [FOLDER]

``EXPECTED``: file name -> the words its error message must contain (None: the file must load).
"""

from __future__ import annotations

import sys
from pathlib import Path

GOOD = "MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow on March 3, 2015 to discuss trade.\n"

EXPECTED = {
    "empty.txt": "empty file",
    "whitespace.txt": "only whitespace",
    "binary.txt": "binary",
    "utf16.txt": "UTF-16",
    "latin1.txt": "not UTF-8",
    "huge.txt": "too large",
    "bom.txt": None,
    "crlf.txt": None,
    "page.txt": None,
    "oneline.txt": None,
    "good.txt": None,
    "missing.txt": "does not exist",  # listed in the manifest, not on disk
}


def build(folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b" \n\t\r\n   \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (folder / "latin1.txt").write_bytes(("Café in Dushanbe. " + GOOD).encode("latin-1"))
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB
        line = (GOOD * 10).encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("March 3", "March 4").encode())
    (folder / "crlf.txt").write_bytes(GOOD.replace("March 3", "March 5").replace("\n", "\r\n").encode() * 3)
    (folder / "page.txt").write_text(
        "<!DOCTYPE html><html><head><title>TASS</title><script>var x = '<p>no</p>';</script></head><body>"
        "<p>MOSCOW, April 7, 2016 -- Sergei Lavrov held talks with Tajik Foreign Minister Sirojiddin Aslov "
        "in Moscow on April 7, 2016.</p><p>They discussed <b>Afghanistan</b> &amp; migrants.</p></body></html>",
        encoding="utf-8",
    )
    filler = "The sides discussed trade, energy and the situation in Afghanistan at length, officials said. "
    (folder / "oneline.txt").write_text(GOOD.strip() + " " + filler * (1024 * 1024 // len(filler)), encoding="utf-8")
    (folder / "good.txt").write_text(GOOD.replace("March 3", "March 6"), encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,published,source,url,title,author\n"
        "good.txt,2015-03-06,TASS,,,someone\n"
        "good.txt,2015-03-07,TASS,,,duplicate row\n"
        "crlf.txt,2015-02-30,RIA,,,invalid date\n"
        "missing.txt,2015-03-01,TASS,,,\n",
        encoding="utf-8",
    )
    return folder


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data" / "bad"))
