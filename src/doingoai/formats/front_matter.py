"""Front matter: the ``---`` delimiters and a safe, bounded YAML reader.

YAML is read by PyYAML's safe loader (the C one when available) changed to build
only plain data: a tag such as ``!ruby/hash`` or ``!!python/object`` builds nothing
but the value it tags, timestamps stay strings, and alias-heavy documents (the
"billion laughs" shape) are refused before anything is built. Simple front matter
(``key: value`` lines, quoted titles, short lists) is read without the YAML
machinery, giving exactly what the loader gives.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import yaml

from doingoai.errors import ParseError

__all__ = [
    "MAX_FRONT_MATTER_CHARS",
    "MAX_FRONT_MATTER_DEPTH",
    "MAX_FRONT_MATTER_NODES",
    "dump_front_matter",
    "opens_front_matter",
    "split_front_matter",
]

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Longest front matter read, in characters."""
MAX_FRONT_MATTER_NODES = 10_000
"""Most YAML nodes the front matter may hold once its aliases are expanded."""
MAX_FRONT_MATTER_DEPTH = 50
"""Deepest nesting of lists and mappings in the front matter."""

_OPEN = re.compile(r"---[ \t\f\v]*\n")
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
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)", re.ASCII)
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


def split_front_matter(text: str, *, source: str | None = None) -> tuple[dict[str, Any], str]:
    """Split ``text`` into its front matter (as plain data) and its body.

    Raises :class:`~doingoai.ParseError` for unclosed or invalid front matter, a
    front matter that is not a mapping, or one over the size limits.
    """
    opening = _OPEN.match(text)
    closing = _CLOSE.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        raise ParseError("front matter opened on line 1 is never closed", source=source, line=1)
    yaml_text = text[opening.end() : closing.start()]
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        raise ParseError(
            f"front matter is {len(yaml_text):,} characters, over the limit of "
            f"{MAX_FRONT_MATTER_CHARS:,}",
            source=source,
            line=2,
        )
    first_line = text.count("\n", 0, opening.end()) + 1
    data = _load_simple(yaml_text)
    if data is None:
        loaded = _load_yaml(yaml_text, source=source, first_line=first_line)
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ParseError(
                f"front matter must be a mapping of keys to values, not a {type(loaded).__name__}",
                source=source,
                line=first_line,
            )
        data = {str(key): value for key, value in loaded.items()}
    return data, text[closing.end() :]


def _load_simple(yaml_text: str) -> dict[str, Any] | None:
    """Read the common shape of news front matter without the YAML machinery.

    Handles ``key: value`` lines and ``key:`` followed by ``- item`` lines, where
    every key and value is a quoted string without escapes, or a plain scalar
    PyYAML reads as a string, a boolean, a decimal integer or null, and flow
    lists ``[a, b]`` of plain scalars. Anything else returns ``None`` and goes to
    the YAML loader, so the result is always what the loader would give (a
    property test checks this).
    """
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
        if _CONTROL.search(inner):
            return _NOT_SIMPLE
        return text[1:-1]
    if (
        first in _INDICATORS
        or (first in "-?:" and (len(text) == 1 or text[1] in _AFTER_DASH_UNSAFE))
        or ": " in text
        or text[-1] == ":"
        or " #" in text
        or "\t" in text
        or _CONTROL.search(text)
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
    """Refuse front matter whose aliases expand past the node limit, or nest too deep."""
    sizes: dict[int, int] = {}

    def expanded(node: yaml.Node, depth: int) -> int:
        if depth > MAX_FRONT_MATTER_DEPTH:
            raise ParseError(
                f"front matter nests deeper than {MAX_FRONT_MATTER_DEPTH} levels",
                source=source,
                line=line + node.start_mark.line,
            )
        key = id(node)
        if key in sizes:
            if sizes[key] < 0:
                raise ParseError(
                    "front matter refers to itself through an alias",
                    source=source,
                    line=line + node.start_mark.line,
                )
            return sizes[key]
        sizes[key] = -1
        total = 1
        for child in _children(node):
            total += expanded(child, depth + 1)
            if total > MAX_FRONT_MATTER_NODES:
                raise ParseError(
                    f"front matter expands to more than {MAX_FRONT_MATTER_NODES:,} values "
                    "(too many aliases)",
                    source=source,
                    line=line,
                )
        sizes[key] = total
        return total

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


def opens_front_matter(text: str) -> bool:
    """Whether ``text`` opens front matter: ``---`` alone on its first line."""
    return _OPEN.match(text) is not None
