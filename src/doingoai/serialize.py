"""One cattrs converter of our own: model values to and from dicts and JSON.

On the wire, dates are ISO strings at their precision (``"2024-08"``), times are
ISO 8601 with their offset, enums are their values and tuples are lists. The
global cattrs converter is never touched.

>>> from doingoai import PartialDate, Span
>>> to_dict(PartialDate(2024, 8))
'2024-08'
>>> from_json(Span, to_json(Span(3, 9)))
Span(start=3, end=9)
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:
    import cattrs

    converter: cattrs.Converter  # built on first use: see __getattr__ below

from doingoai.errors import ParseError, quoted
from doingoai.model import Article, Block, BlockKind, PartialDate, Span, _freeze, _thaw

__all__ = ["converter", "from_dict", "from_json", "json_schema", "loads", "to_dict", "to_json"]

T = TypeVar("T")


@attrs.frozen
class _BlockWire:
    """One block of the body: a paragraph, heading, caption, question…."""

    # A Block on the wire: its text written out, where in memory it reads Article.text.
    kind: BlockKind
    text: str
    span: Span
    credit: str | None = None
    url: str | None = None


# Model classes written as another class (the one their schema is made from).
_WIRE_FORMS: dict[type[Any], type[Any]] = {Block: _BlockWire}


def _exactly(kind: type[Any], name: str) -> Any:
    """A structure hook taking values of ``kind`` only: cattrs would make ``"3"`` of 3.

    Registered for ``kind``, it is also asked for its subclasses, the str-based enums:
    those are looked up by value.
    """

    def structure(value: object, cls: type[Any]) -> Any:
        if cls is not kind:
            # The wire holds the value exactly; the folded reading of MeetingKind("hoi
            # dam") is for people typing, not for files.
            member = cls._value2member_map_.get(value) if isinstance(value, str) else None
            if member is None:
                raise ValueError(f"{value!r} is not a valid {cls.__name__}")
            return member
        if type(value) is not kind and not (kind is float and type(value) is int):
            raise ValueError(f"expected {name}, got {type(value).__name__}")
        return value

    return structure


@functools.cache  # cattrs is imported, and the converter built, on first use
def _converter(detailed: bool = True) -> cattrs.Converter:
    """The converter behind to_dict and from_dict.

    ``detailed=False``: one that checks as much, a third faster, but whose errors do not
    name the fields (from_dict asks the detailed one then).
    """
    import cattrs

    made = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for kind, name in (
        (str, "a string"),
        (int, "an integer"),
        (bool, "a boolean"),
        (float, "a number"),
    ):
        made.register_structure_hook(kind, _exactly(kind, name))
    made.register_unstructure_hook(PartialDate, str)
    made.register_structure_hook(PartialDate, lambda value, _: _partial_date(value))
    made.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
    made.register_structure_hook(dt.datetime, lambda value, _: _datetime(value))
    # Article.metadata: read-only front matter on our side, plain dicts and lists on the wire.
    made.register_unstructure_hook_func(_is_metadata, _thaw)
    made.register_structure_hook_func(_is_metadata, lambda value, _: _mapping(value))
    made.register_unstructure_hook(
        Block,
        lambda block: made.unstructure(
            _BlockWire(block.kind, block.text, block.span, block.credit, block.url)
        ),
    )
    made.register_structure_hook(
        Block,
        lambda value, _: Block(*attrs.astuple(made.structure(value, _BlockWire), recurse=False)),
    )
    return made


def _is_metadata(cls: Any) -> bool:
    return bool(cls == Mapping[str, Any])


def _partial_date(value: object) -> PartialDate:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {type(value).__name__}")
    return PartialDate.parse(value)


def _datetime(value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 string, got {type(value).__name__}")
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"expected a time with a UTC offset, got {value!r}")
    return moment


def _mapping(value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"expected a mapping, got {type(value).__name__}")
    frozen: Mapping[str, Any] = _freeze(value)
    return frozen


def __getattr__(name: str) -> Any:
    # ``serialize.converter``: the converter behind to_dict and from_dict; extend a copy
    # of it (``converter.copy()``) rather than this one. Built when first asked for.
    if name == "converter":
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def to_dict(value: Any) -> Any:
    """The JSON-ready form of a model value (an attrs instance becomes a dict)."""
    return _converter().unstructure(value)


def from_dict(cls: type[T], data: Any) -> T:
    """Build a model value of type ``cls`` from :func:`to_dict`'s output.

    Raises :class:`~doingoai.ParseError` naming every bad field by its path
    (``$.blocks[2].span.start``).
    """
    import cattrs

    failures = (
        cattrs.BaseValidationError,
        ValueError,
        TypeError,
        KeyError,
        AttributeError,  # a string or a number where an object belongs
        RecursionError,
    )
    try:
        value = _converter(detailed=False).structure(data, cls)
    except failures:
        # Bad data: structure it again, slowly, for a message naming every bad field.
        try:
            value = _converter().structure(data, cls)
        except failures as error:
            if isinstance(error, cattrs.BaseValidationError):
                reason = "; ".join(cattrs.transform_error(error))
            else:
                reason = str(error)
            raise ParseError(f"not a valid {cls.__name__}: {reason}") from error
    if isinstance(value, Article):
        _check_article(value)
    return value


def _check_article(article: Article) -> None:
    """Refuse an article whose spans leave its text, or whose blocks misquote it."""
    size = len(article.text)

    def check(span: Span, where: str) -> None:
        if span.end > size:
            raise ParseError(
                f"not a valid Article: {where} {span.start}-{span.end} lies outside "
                f"the text ({size:,} characters)"
            )

    for index, block in enumerate(article.blocks):
        check(block.span, f"$.blocks[{index}].span")
        if article.text[block.span.slice] != block.text:
            raise ParseError(
                f"not a valid Article: $.blocks[{index}].text is not the text at its span"
            )
    for index, speaker in enumerate(article.speakers):
        for mention in speaker.mentions:
            check(mention, f"$.speakers[{index}].mentions")
    for field in ("statements", "meetings", "directives"):
        for index, fact in enumerate(getattr(article, field)):
            check(fact.span, f"$.{field}[{index}].span")
    for index, document in enumerate(article.documents):
        for span in document.spans:
            check(span, f"$.documents[{index}].spans")
    for index, directive in enumerate(article.directives):
        for document in directive.documents:
            for span in document.spans:
                check(span, f"$.directives[{index}].documents")


def to_json(value: Any, *, indent: int | None = None) -> str:
    """A model value as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a model value of type ``cls`` from JSON text; see :func:`from_dict`."""
    return from_dict(cls, loads(text))


def loads(text: str | bytes) -> Any:
    """JSON text as Python data, raising only :class:`~doingoai.ParseError`.

    Stricter than :func:`json.loads`: ``NaN``, ``Infinity`` and numbers too large for a
    float are refused (they are not JSON, and NaN is unequal to itself), and so are
    bytes that are not UTF-8 and nesting too deep to read.
    """
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"invalid JSON: {error.msg}", line=error.lineno, column=error.colno
        ) from error
    except RecursionError as error:
        raise ParseError("invalid JSON: nested too deep to read") from error
    except ValueError as error:  # bad UTF-8, an integer past Python's digit limit
        raise ParseError(f"invalid JSON: {error}") from error


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value - value != 0:
        raise ValueError(f"{quoted(text)} is too large for a float")
    return value


def json_schema(cls: type[Any] | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model class as :func:`to_dict` writes it.

    Other apps can validate what they receive against it. Defaults to
    :class:`~doingoai.Article`, whose schema defines every class it uses.
    """
    root = Article if cls is None else cls
    definitions: dict[str, Any] = {}
    schema = _schema_of(root, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": root.__name__,
        **schema,
        "$defs": definitions,
    }


def _schema_of(kind: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    import enum
    import types
    import typing

    origin = typing.get_origin(kind)
    if kind is type(None):
        return {"type": "null"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(arg, definitions) for arg in typing.get_args(kind)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(kind)[0], definitions)}
    if kind is PartialDate:
        return {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
    if kind is dt.datetime:
        return {"type": "string", "format": "date-time"}
    if origin is not None and issubclass(origin, Mapping):
        return {"type": "object"}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if kind is str:
        return {"type": "string"}
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        return {"type": "integer"}
    if isinstance(kind, type) and attrs.has(kind):
        name = kind.__name__
        if name not in definitions:
            definitions[name] = {}  # placeholder against recursion
            kind = _WIRE_FORMS.get(kind, kind)
            hints = typing.get_type_hints(kind)
            fields = attrs.fields(kind)
            definitions[name] = {
                "type": "object",
                "description": (kind.__doc__ or "").strip().splitlines()[0],
                "properties": {f.name: _schema_of(hints[f.name], definitions) for f in fields},
                "required": [f.name for f in fields if f.default is attrs.NOTHING],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    return {}
