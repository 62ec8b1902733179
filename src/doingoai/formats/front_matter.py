"""Front matter: the ``---`` delimiters and a safe, bounded YAML reader.

YAML is read by PyYAML's safe loader (the C one when available) changed to build
only plain data — ``str``, ``int``, ``float``, ``bool``, ``None``, lists and dicts
with string keys: a tag such as ``!ruby/hash`` or ``!!python/object`` builds nothing
but the value it tags, timestamps stay strings (also under an explicit
``!!timestamp``), integers beyond 64 bits and the floats ``.nan`` and ``.inf`` stay
the strings they were written as, and a tagged value that its tag cannot read
(``!!int f``) is invalid YAML. Alias-heavy documents (the "billion laughs" shape) are
refused before anything is built, by the number of values and by the characters they
expand to. Simple front matter (``key: value`` lines, quoted titles, short lists) is
read without the YAML machinery, giving exactly what the loader gives.

When the YAML is invalid, a lenient read (``strict=False``) keeps what it can: the
``key: value`` lines at the left margin, as plain strings (see :func:`read_lines`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from doingoai.errors import ParseError, quoted
from doingoai.formats._base import _OPEN, opens_front_matter
from doingoai.model import ArticleWarning

__all__ = [
    "MAX_FRONT_MATTER_CHARS",
    "MAX_FRONT_MATTER_DEPTH",
    "MAX_FRONT_MATTER_EXPANDED_CHARS",
    "MAX_FRONT_MATTER_NODES",
    "dump_front_matter",
    "opens_front_matter",
    "read_lines",
    "split_front_matter",
]

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Longest front matter read, in characters."""
MAX_FRONT_MATTER_NODES = 10_000
"""Most YAML nodes the front matter may hold once its aliases are expanded."""
MAX_FRONT_MATTER_DEPTH = 50
"""Deepest nesting of lists and mappings in the front matter."""
MAX_FRONT_MATTER_EXPANDED_CHARS = 4 * MAX_FRONT_MATTER_CHARS
"""Most characters the front matter's keys and values may hold once its aliases are
expanded: what bounds the size of an article's metadata written as JSON."""

# lib/jekyll/document.rb:13, YAML_FRONT_MATTER_REGEXP, in two steps: the opening line,
# then the first later line that is `---` or `...` with only whitespace after it.
_CLOSE = re.compile(r"^(?:---|\.\.\.)\s*$\n?", re.MULTILINE)
# lib/jekyll/document.rb:15, DATE_FILENAME_MATCHER, applied to the file name.
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
# `key: value` on one line, with a key and a value that need no YAML to read.
_SIMPLE_LINE = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(?P<value>[^ \t].*))?")
_SIMPLE_ITEM = re.compile(r"(?P<indent>[ ]*)- (?P<value>[^ \t].*)")
# Inside [...] plain scalars are read more strictly than in block context.
_FLOW_UNSAFE = re.compile(r"[\[\]{},:]|^\?|^-(?![0-9])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
# A decimal integer that surely fits in 64 bits (longer ones go to the full loader).
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9_]{0,17})", re.ASCII)
_INT64 = 2**63
# A plain scalar starting with an indicator, or with - ? : before a space or a flow
# indicator, or holding a comment, a mapping marker, a tab or a character YAML treats
# specially, is left to the full loader.
_INDICATORS = frozenset(",[]{}#&*!|>'\"%@`")
_AFTER_DASH_UNSAFE = frozenset(" \t,[]{}")
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _FrontMatterLoader(_BaseLoader):  # type: ignore[misc]
    """A safe loader that builds only JSON-like data."""


# Timestamps stay strings: dates are read by our own rules, and metadata stays JSON-like.
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_plain(loader: yaml.constructor.SafeConstructor, suffix: str, node: yaml.Node) -> Any:
    """Build an unknown or unsafe tag (``!ruby/hash``, ``!!binary``) as untagged data."""
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    assert isinstance(node, yaml.ScalarNode)
    return loader.construct_scalar(node)


def _construct_set(loader: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
    assert isinstance(node, yaml.MappingNode)
    return list(loader.construct_mapping(node))


_IMPLICIT_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = (
    _FrontMatterLoader.yaml_implicit_resolvers
)
# PyYAML's resolvers by first character, wildcard ones (first character None) appended.
_RESOLVERS_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(resolvers) + tuple(_IMPLICIT_RESOLVERS.get(None, ()))
    for first, resolvers in _IMPLICIT_RESOLVERS.items()
    if first is not None
}
_FrontMatterLoader.add_multi_constructor("", _construct_plain)
for _tag in ("binary", "omap", "pairs"):
    _FrontMatterLoader.add_constructor(
        f"tag:yaml.org,2002:{_tag}",
        lambda loader, node: _construct_plain(loader, "", node),
    )
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:set", _construct_set)


def _construct_timestamp(loader: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
    # An explicit `!!timestamp` stays a string too: dates are read by our own rules.
    assert isinstance(node, yaml.ScalarNode)
    return loader.construct_scalar(node)


_Construct = Callable[[Any, Any], Any]  # (loader, node) -> value


def _checked(build: _Construct, keep: Callable[[Any], bool]) -> _Construct:
    """``build``, refusing what it cannot read and keeping as text what ``keep`` rejects.

    ``!!int f`` is invalid YAML; ``.nan`` and 100-digit integers stay as written.
    """

    def construct(loader: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a scalar for {node.tag}", node.start_mark
            )
        if len(node.value) > _LONGEST_NUMBER:
            return str(node.value)  # no 64-bit number is written that long
        try:
            value = build(loader, node)
        except (ValueError, TypeError, OverflowError, KeyError, IndexError) as error:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"{quoted(node.value, 40)} is not a valid {node.tag.rpartition(':')[2]}",
                node.start_mark,
            ) from error
        return value if keep(value) else str(node.value)

    return construct


_LONGEST_NUMBER = 40
_SafeConstructor = yaml.constructor.SafeConstructor
_FrontMatterLoader.add_constructor(_TIMESTAMP_TAG, _construct_timestamp)
_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:int",
    _checked(_SafeConstructor.construct_yaml_int, lambda value: -_INT64 <= value < _INT64),
)
_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:float",
    _checked(_SafeConstructor.construct_yaml_float, lambda value: value - value == 0),
)
_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:bool", _checked(_SafeConstructor.construct_yaml_bool, lambda _: True)
)
_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:null", _checked(_SafeConstructor.construct_yaml_null, lambda _: True)
)


def split_front_matter(
    text: str,
    *,
    source: str | None = None,
    strict: bool = True,
    warnings: list[ArticleWarning] | None = None,
) -> tuple[dict[str, Any], str]:
    """Split ``text`` into its front matter (as plain data) and its body.

    Raises :class:`~doingoai.ParseError` for unclosed front matter. Front matter that
    is not valid YAML, not a mapping, or over the size limits is an error too when
    ``strict``; otherwise its ``key: value`` lines are read as plain strings
    (:func:`read_lines`) and a warning saying why is appended to ``warnings``.
    """
    opening = _OPEN.match(text)
    closing = _CLOSE.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        raise ParseError("front matter opened on line 1 is never closed", source=source, line=1)
    yaml_text = text[opening.end() : closing.start()]
    first_line = text.count("\n", 0, opening.end()) + 1
    try:
        data = _load(yaml_text, source=source, first_line=first_line)
    except ParseError as error:
        if strict:
            raise
        data = read_lines(yaml_text[:MAX_FRONT_MATTER_CHARS])
        if warnings is not None:
            warnings.append(
                ArticleWarning(
                    f"{error.reason}; read its `key: value` lines as plain text", error.line
                )
            )
    return data, text[closing.end() :]


def _load(yaml_text: str, *, source: str | None, first_line: int) -> dict[str, Any]:
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        raise ParseError(
            f"front matter is {len(yaml_text):,} characters, over the limit of "
            f"{MAX_FRONT_MATTER_CHARS:,}",
            source=source,
            line=first_line,
        )
    data = _load_simple(yaml_text)
    if data is not None:
        return data
    loaded = _load_yaml(yaml_text, source=source, first_line=first_line)
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ParseError(
            f"front matter must be a mapping of keys to values, not a {type(loaded).__name__}",
            source=source,
            line=first_line,
        )
    return {str(key): value for key, value in loaded.items()}


_LINE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")


def read_lines(yaml_text: str) -> dict[str, Any]:
    r"""What can be kept of front matter that is not valid YAML: its ``key: value`` lines.

    Only lines at the left margin count; values are plain strings, one pair of
    surrounding quotes is dropped and ``\"`` inside double quotes reads as ``"``;
    a key without a value is ``None``; a later line wins over an earlier one with
    the same key, as in YAML. Nested lines and list items are left out.

    >>> read_lines('title: "A [word] \\"\ndate: 2024-04-04 10 00\n- stray')
    {'title': 'A [word] "', 'date': '2024-04-04 10 00'}
    """
    data: dict[str, Any] = {}
    for line in yaml_text.split("\n"):
        match = _LINE.match(line)
        if match is None:
            continue
        value = match["value"]
        if value:
            quote = value[0]
            if quote in "'\"":
                value = value[1:]
                if value.endswith(quote) and not value.endswith("\\" + quote):
                    value = value[:-1]
                if quote == '"':
                    value = value.replace('\\"', '"')
        data[match["key"]] = value or None
    return data


def _load_simple(yaml_text: str) -> dict[str, Any] | None:
    """Read the common shape of news front matter without the YAML machinery.

    Handles ``key: value`` lines and ``key:`` followed by ``- item`` lines, where
    every key and value is a quoted string without escapes, or a plain scalar
    PyYAML reads as a string, a boolean, a decimal integer or null, and flow
    lists ``[a, b]`` of plain scalars. Anything else returns ``None`` and goes to
    the YAML loader, so the result is always what the loader would give (a
    property test checks this).
    """
    if _CONTROL.search(yaml_text):  # anywhere: the loader's rules for them
        return None
    data: dict[str, Any] = {}
    pending: str | None = None  # a `key:` line whose block list may follow
    indent: str | None = None  # the indentation of that list's items
    for line in yaml_text.split("\n"):
        if not line or line.isspace():
            continue
        line = line.rstrip(" \t")
        if pending is not None and (item := _SIMPLE_ITEM.fullmatch(line)):
            if indent is None:
                indent, data[pending] = item["indent"], []
            value = _simple_scalar(item["value"], flow=False)
            if item["indent"] != indent or value is _NOT_SIMPLE:
                return None
            data[pending].append(value)
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None or _implicit_tag(match["key"]) is not None:
            return None
        key, raw = match["key"], match["value"]
        if key in data:
            return None  # duplicate keys: leave PyYAML's rules to PyYAML
        pending, indent = (key, None) if raw is None else (None, None)
        if raw is None:
            data[key] = None
        elif raw[0] == "[":
            inner = raw[1:-1].strip()
            parts = [_simple_scalar(part.strip(), flow=True) for part in inner.split(",")]
            if raw[-1] != "]" or (_NOT_SIMPLE in parts and inner):
                return None
            data[key] = parts if inner else []
        else:
            data[key] = _simple_scalar(raw, flow=False)
            if data[key] is _NOT_SIMPLE:
                return None
    return data


_NOT_SIMPLE: Any = object()


def _simple_scalar(text: str, *, flow: bool) -> Any:
    if not text:
        return _NOT_SIMPLE
    first = text[0]
    if first == '"' or first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != first or first in inner or "\\" in inner:
            return _NOT_SIMPLE
        return inner
    if (
        first in _INDICATORS
        or (first in "-?:" and (len(text) == 1 or text[1] in _AFTER_DASH_UNSAFE))
        or ": " in text
        or text[-1] == ":"
        or " #" in text
        or "\t" in text
        or (flow and _FLOW_UNSAFE.search(text))
    ):
        return _NOT_SIMPLE
    tag = _implicit_tag(text)
    if tag is None:
        return text
    if tag == "tag:yaml.org,2002:bool":
        return text.lower() in ("yes", "true", "on")
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:int" and _DECIMAL.fullmatch(text):
        return int(text.replace("_", ""))
    return _NOT_SIMPLE


@functools.lru_cache(maxsize=4096)  # keys and short values repeat from post to post
def _implicit_tag(value: str) -> str | None:
    """The tag PyYAML's resolver gives a plain scalar, or ``None`` for a string."""
    for tag, pattern in _RESOLVERS_BY_FIRST.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return None


def _load_yaml(yaml_text: str, *, source: str | None, first_line: int) -> Any:
    loader = _FrontMatterLoader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_size(node, source=source, line=first_line)
        return loader.construct_document(node)
    except RecursionError as error:
        raise ParseError(
            "invalid YAML in front matter: nested too deep to read", source=source, line=first_line
        ) from error
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        raise ParseError(
            f"invalid YAML in front matter: {problem}",
            source=source,
            line=first_line + mark.line if mark is not None else first_line,
            column=mark.column + 1 if mark is not None else None,
        ) from error
    except yaml.YAMLError as error:
        raise ParseError(
            f"invalid YAML in front matter: {error}", source=source, line=first_line
        ) from error
    finally:
        loader.dispose()


def _check_size(root: yaml.Node, *, source: str | None, line: int) -> None:
    """Refuse front matter whose aliases expand past the size limits, or nest too deep.

    Each node's expanded size (values, characters) is computed once, so an alias costs
    a lookup: the check is linear in the size of the YAML text.
    """
    sizes: dict[int, tuple[int, int]] = {}

    def expanded(node: yaml.Node, depth: int) -> tuple[int, int]:
        if depth > MAX_FRONT_MATTER_DEPTH:
            raise ParseError(
                f"front matter nests deeper than {MAX_FRONT_MATTER_DEPTH} levels",
                source=source,
                line=line + node.start_mark.line,
            )
        key = id(node)
        if key in sizes:
            if sizes[key][0] < 0:
                raise ParseError(
                    "front matter refers to itself through an alias",
                    source=source,
                    line=line + node.start_mark.line,
                )
            return sizes[key]
        sizes[key] = (-1, 0)
        values, chars = 1, len(node.value) if isinstance(node, yaml.ScalarNode) else 0
        for child in _children(node):
            child_values, child_chars = expanded(child, depth + 1)
            values, chars = values + child_values, chars + child_chars
            if values > MAX_FRONT_MATTER_NODES:
                raise ParseError(
                    f"front matter expands to more than {MAX_FRONT_MATTER_NODES:,} values "
                    "(too many aliases)",
                    source=source,
                    line=line,
                )
            if chars > MAX_FRONT_MATTER_EXPANDED_CHARS:
                raise ParseError(
                    f"front matter expands to more than {MAX_FRONT_MATTER_EXPANDED_CHARS:,} "
                    "characters (too many aliases)",
                    source=source,
                    line=line,
                )
        sizes[key] = (values, chars)
        return values, chars

    expanded(root, 0)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value


def dump_front_matter(metadata: dict[str, Any]) -> str:
    """``metadata`` as YAML between ``---`` lines (UTF-8 kept, keys in their order)."""
    if not metadata:
        return "---\n---\n"
    dumped = yaml.dump(
        metadata,
        Dumper=_BaseDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"---\n{dumped}---\n"
