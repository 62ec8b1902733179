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
import json
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import cattrs

from doingoai.errors import ParseError
from doingoai.model import Block, BlockKind, PartialDate, Span, _freeze, _thaw

__all__ = ["converter", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

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


def _make_converter() -> cattrs.Converter:
    made = cattrs.Converter(forbid_extra_keys=True)
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


converter = _make_converter()
"""The converter behind :func:`to_dict` and :func:`from_dict`; extend a copy of it
(``converter.copy()``) rather than this one."""


def to_dict(value: Any) -> Any:
    """The JSON-ready form of a model value (an attrs instance becomes a dict)."""
    return converter.unstructure(value)


def from_dict(cls: type[T], data: Any) -> T:
    """Build a model value of type ``cls`` from :func:`to_dict`'s output.

    Raises :class:`~doingoai.ParseError` naming every bad field by its path
    (``$.blocks[2].span.start``).
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        if isinstance(error, cattrs.BaseValidationError):
            reason = "; ".join(cattrs.transform_error(error))
        else:
            reason = str(error)
        raise ParseError(f"not a valid {cls.__name__}: {reason}") from error


def to_json(value: Any, *, indent: int | None = None) -> str:
    """A model value as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a model value of type ``cls`` from JSON text; see :func:`from_dict`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"invalid JSON: {error.msg}", line=error.lineno, column=error.colno
        ) from error
    return from_dict(cls, data)


def json_schema(cls: type[Any] | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model class as :func:`to_dict` writes it.

    Other apps can validate what they receive against it. Defaults to
    :class:`~doingoai.Article`, whose schema defines every class it uses.
    """
    from doingoai.model import Article

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
