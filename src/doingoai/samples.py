"""A small corpus the doingoai team wrote, shipped with the package.

The articles are the team's own short Vietnamese texts about real, public
foreign-affairs events, in both raw formats, covering the shapes the parsers
handle: full and partial date headers, Jekyll front matter with a topic label,
captions with credits, an interview, headings and directives with lists.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:  # pragma: no cover
        from importlib.abc import Traversable

from doingoai.corpus import Corpus
from doingoai.reading import parse

__all__ = ["sample", "sample_files"]


def sample_files() -> tuple[str, ...]:
    """The names of the sample's article files, sorted."""
    return tuple(
        sorted(entry.name for entry in _folder().iterdir() if entry.name.endswith((".md", ".txt")))
    )


def sample() -> Corpus:
    """The bundled sample articles, parsed, as a :class:`~doingoai.Corpus`."""
    folder = _folder()
    return Corpus(
        parse((folder / name).read_bytes(), source=f"doingoai-sample/{name}")
        for name in sample_files()
    )


def _folder() -> Traversable:
    from importlib import resources  # here, not at import: it is slow to import

    # Data only: the sample/ folder holds article files, no Python.
    return resources.files("doingoai") / "sample" / "articles"
