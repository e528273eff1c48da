"""Checks a KB entry against `kb/schema.json` and reports problems as `file: field: reason`.

The schema file is the single source of truth for authors and for this checker. Only the JSON
Schema keywords the schema uses are interpreted (type, required, properties, items, enum,
minimum, maximum, minLength, pattern, additionalProperties), so there is no runtime dependency
on a JSON Schema library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .paths import schema_path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a KB file. `fatal` problems keep the entry from loading."""

    file: str
    field: str
    reason: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


_JSON_TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}


@lru_cache(maxsize=1)
def entry_schema() -> dict[str, Any]:
    return json.loads(Path(schema_path()).read_text(encoding="utf-8"))


def validate_entry(raw: Any, file: str) -> list[Problem]:
    """Every problem with one entry: schema violations, then regex compile errors."""
    problems: list[Problem] = []
    _check(raw, entry_schema(), "", file, problems)
    if not isinstance(raw, dict):
        return problems
    # imported here: errfix_lsp.match imports the KB loader, so a top-level import is circular
    from ..match.literals import requirement

    for field_name, pattern in _regexes(raw):
        # The stdlib parser (needed for the prefilter anyway, and cached) vouches for almost every
        # pattern; only what it cannot read is compiled here, so a large KB loads fast.
        if requirement(pattern).parsed:
            continue
        error = regex_error(pattern)
        if error:
            problems.append(Problem(file, field_name, f"invalid regex: {error}"))
    return problems


def regex_error(pattern: str) -> str | None:
    """Why `pattern` does not compile, or None."""
    try:
        regex.compile(pattern)
    except (regex.error, TypeError, ValueError, OverflowError, RecursionError) as exc:
        return str(exc) or type(exc).__name__
    return None


def _regexes(raw: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    if isinstance(raw.get("regex"), str):
        out.append(("regex", raw["regex"]))
    for index, pattern in enumerate(raw.get("patterns") or []):
        if isinstance(pattern, dict) and isinstance(pattern.get("regex"), str):
            out.append((f"patterns[{index}].regex", pattern["regex"]))
    return out


def _type_ok(value: Any, expected: str | list[str]) -> bool:
    names = expected if isinstance(expected, list) else [expected]
    for name in names:
        kind = _JSON_TYPES[name]
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if isinstance(value, kind):
            return True
    return False


def _check(value: Any, schema: dict[str, Any], where: str, file: str, out: list[Problem]) -> None:
    label = where or "(entry)"
    expected = schema.get("type")
    if expected and not _type_ok(value, expected):
        shown = expected if isinstance(expected, str) else " or ".join(expected)
        out.append(Problem(file, label, f"expected {shown}, got {_json_type(value)}"))
        return
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"] if v is not None)
        out.append(Problem(file, label, f"{value!r} is not one of: {allowed}"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(Problem(file, label, f"{value} is below {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            out.append(Problem(file, label, f"{value} is above {schema['maximum']}"))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            out.append(Problem(file, label, "must not be empty"))
        if "pattern" in schema and not regex.search(schema["pattern"], value):
            out.append(Problem(file, label, f"{value!r} does not match {schema['pattern']}"))
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                out.append(Problem(file, _join(where, name), "required field is missing"))
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                _check(item, properties[name], _join(where, name), file, out)
            elif schema.get("additionalProperties") is False:
                out.append(Problem(file, _join(where, name), "unknown field (ignored)", fatal=False))
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], f"{where}[{index}]", file, out)


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _json_type(value: Any) -> str:
    for name, kind in _JSON_TYPES.items():
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, kind):
            return name
    return type(value).__name__
