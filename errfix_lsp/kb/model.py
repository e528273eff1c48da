"""The knowledge-base entry: the seed's schema plus the optional fields errfix adds.

An entry keeps its original JSON (`raw`) so that no field of the seed format is ever lost,
and exposes typed views of the fields the engine and the editors use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Pattern:
    """One regex that recognises the entry's error, with the versions that print it."""

    regex: str
    versions: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Example:
    """A real output that must match the entry; `source` says which library/version printed it."""

    text: str
    source: str = ""


@dataclass(frozen=True)
class Workaround:
    action: str
    how: str
    success_rate: float | None
    condition: str = ""


@dataclass(frozen=True)
class DeadEnd:
    action: str
    why_fails: str
    fail_rate: float | None
    condition: str = ""


@dataclass(frozen=True)
class Entry:
    """A KB entry. `raw` is the JSON object as loaded; typed fields are derived from it."""

    id: str
    signature: str
    regex: str
    domain: str
    root_cause: str
    raw: dict[str, Any] = field(repr=False, compare=False)
    path: str = ""
    patterns: tuple[Pattern, ...] = ()
    examples: tuple[Example, ...] = ()
    counter_examples: tuple[Example, ...] = ()
    fixes: tuple[str, ...] = ()

    # -- typed views over the seed's fields ---------------------------------------------------
    @property
    def category(self) -> str:
        return str(self.raw.get("category") or "")

    @property
    def confidence(self) -> float:
        return _as_float(self.raw.get("confidence"), 0.5)

    @property
    def fix_success_rate(self) -> float | None:
        value = self.raw.get("fix_success_rate")
        return _as_float(value, None) if value is not None else None

    @property
    def verification_tier(self) -> str:
        return str(self.raw.get("verification_tier") or "")

    @property
    def official_doc_url(self) -> str | None:
        return self.raw.get("official_doc_url") or None

    @property
    def priority(self) -> int:
        """Author's tie-breaker between entries matching the same text (default 0)."""
        value = self.raw.get("priority", 0)
        return value if isinstance(value, int) else 0

    @property
    def tags(self) -> list[str]:
        return [t for t in self.raw.get("tags") or [] if isinstance(t, str)]

    @property
    def aliases(self) -> list[str]:
        return [a for a in self.raw.get("aliases") or [] if isinstance(a, str)]

    def all_patterns(self) -> tuple[Pattern, ...]:
        """The seed's `regex` first, then the extra `patterns`."""
        primary = Pattern(self.regex) if self.regex else None
        return ((primary,) if primary else ()) + self.patterns

    def workarounds(self, locale: str = "en") -> list[Workaround]:
        """Workarounds ranked by success rate; zh text from `workarounds_zh` when asked for."""
        items = []
        zh = self.raw.get("workarounds_zh") or []
        for index, item in enumerate(self.raw.get("workarounds") or []):
            if not isinstance(item, dict):
                continue
            action = str(item.get("action") or "")
            how = str(item.get("how") or "")
            if locale.startswith("zh") and index < len(zh) and isinstance(zh[index], str):
                action, how = zh[index], ""
            items.append(
                Workaround(
                    action=action,
                    how=how if how != action else "",
                    success_rate=_as_float(item.get("success_rate"), None),
                    condition=str(item.get("condition") or ""),
                )
            )
        return sorted(items, key=lambda w: -(w.success_rate or 0.0))

    def dead_ends(self) -> list[DeadEnd]:
        items = [
            DeadEnd(
                action=str(item.get("action") or ""),
                why_fails=str(item.get("why_fails") or ""),
                fail_rate=_as_float(item.get("fail_rate"), None),
                condition=str(item.get("condition") or ""),
            )
            for item in self.raw.get("dead_ends") or []
            if isinstance(item, dict)
        ]
        return sorted(items, key=lambda d: -(d.fail_rate or 0.0))

    def localized(self, name: str, locale: str = "en") -> str:
        """`name` or its `name_zh` twin for zh locales, falling back to English."""
        if locale.startswith("zh"):
            value = self.raw.get(f"{name}_zh")
            if isinstance(value, str) and value.strip():
                return value
        value = self.raw.get(name)
        return value if isinstance(value, str) else ""

    def transitions(self, kind: str) -> list[str]:
        """Entry ids from `transition_graph[kind]` (leads_to, preceded_by, frequently_confused_with)."""
        graph = self.raw.get("transition_graph") or {}
        values = graph.get(kind) if isinstance(graph, dict) else None
        out = []
        for value in values or []:
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, dict):
                target = value.get("id") or value.get("error_id")
                if isinstance(target, str):
                    out.append(target)
        return out

    def version_labels(self) -> list[str]:
        labels = []
        for item in self.raw.get("versions") or []:
            if isinstance(item, dict) and item.get("version"):
                label = str(item["version"])
                if item.get("status") and item["status"] != "active":
                    label += f" ({item['status']})"
                labels.append(label)
        return labels


def _as_float(value: Any, default: float | None) -> float | None:
    if isinstance(value, bool):
        return default
    if isinstance(value, (int, float)):
        return float(value)
    return default


def entry_from_raw(raw: dict[str, Any], path: str = "") -> Entry:
    """Build an Entry from a JSON object that already passed validation."""
    patterns = tuple(
        Pattern(
            regex=p["regex"],
            versions=tuple(p.get("versions") or ()),
            note=str(p.get("note") or ""),
        )
        for p in raw.get("patterns") or []
    )
    return Entry(
        id=raw["id"],
        signature=raw.get("signature") or "",
        regex=raw.get("regex") or "",
        domain=raw.get("domain") or raw["id"].split("/", 1)[0],
        root_cause=raw.get("root_cause") or "",
        raw=raw,
        path=path,
        patterns=patterns,
        examples=tuple(_examples(raw.get("examples"))),
        counter_examples=tuple(_examples(raw.get("counter_examples"))),
        fixes=tuple(_fix_ids(raw.get("fixes"))),
    )


def _examples(values: Any) -> list[Example]:
    out = []
    for value in values or []:
        if isinstance(value, str):
            out.append(Example(text=value))
        elif isinstance(value, dict):
            out.append(Example(text=str(value.get("text", "")), source=str(value.get("source", ""))))
    return out


def _fix_ids(values: Any) -> list[str]:
    out = []
    for value in values or []:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
    return out
