"""The benchmark's corpus generator, used by tests too."""

from bench.corpus import article, write_corpus  # noqa: F401
