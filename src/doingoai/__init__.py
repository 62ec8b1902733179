"""doingoai: typed data from Vietnamese foreign-affairs news.

>>> import doingoai
>>> article = doingoai.parse(" date 2024-08 Chiều 29-8, Bộ Ngoại giao họp báo.")
>>> article.format.value, str(article.published), article.published.precision.value
('date-header', '2024-08', 'month')
"""

import os
import typing as _typing

from doingoai import query
from doingoai.corpus import Corpus
from doingoai.errors import DoingoaiError, ParseError, WriteError
from doingoai.extract import run_extractors
from doingoai.formats import dumps
from doingoai.lexicon import Lexicon
from doingoai.model import (
    Article,
    ArticleFormat,
    Block,
    BlockKind,
    DatePrecision,
    Directive,
    DirectiveForce,
    DocumentRef,
    Meeting,
    MeetingKind,
    PartialDate,
    PartOfDay,
    Span,
    Speaker,
    Statement,
    Title,
)
from doingoai.reading import Reader, parse, parse_file, read
from doingoai.samples import sample
from doingoai.serialize import from_dict, from_json, json_schema, to_dict, to_json
from doingoai.text import fold

if _typing.TYPE_CHECKING:
    from doingoai.store import Store

__version__ = "0.1.0"


def open(path: str | os.PathLike[str], *, create: bool = False) -> "Store":
    """The store at ``path``: a corpus on disk (see :meth:`Corpus.open`).

    Not in ``__all__``: ``from doingoai import *`` must not hide the built-in ``open``.
    """
    return Corpus.open(path, create=create)


__all__ = [
    "Article",
    "ArticleFormat",
    "Block",
    "BlockKind",
    "Corpus",
    "DatePrecision",
    "Directive",
    "DirectiveForce",
    "DocumentRef",
    "DoingoaiError",
    "Lexicon",
    "Meeting",
    "MeetingKind",
    "ParseError",
    "PartOfDay",
    "PartialDate",
    "Reader",
    "Span",
    "Speaker",
    "Statement",
    "Title",
    "WriteError",
    "dumps",
    "fold",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_file",
    "query",
    "read",
    "run_extractors",
    "sample",
    "to_dict",
    "to_json",
]
