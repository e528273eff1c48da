"""The server's settings: one typed, defaulted dataclass, read from `initializationOptions` and
`workspace/configuration` (section `errfix`).

Editors send whatever the user typed. A wrong value must not take the server down or silently
do something else: each invalid value falls back to its default and produces a problem message
that the server shows once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

SEVERITIES = ("error", "warning", "information", "hint")


@dataclass(frozen=True)
class Settings:
    """All settings. Field names are the snake_case twins of the editor keys (`kbPaths`...)."""

    kb_paths: tuple[str, ...] = ()
    """Extra KB directories or files, added to the shipped KB."""
    watch_globs: tuple[str, ...] = (".errfix/*.log",)
    """Files explained whenever they change (relative to a workspace folder; `errfix run` writes
    `.errfix/last-run.log`)."""
    log_globs: tuple[str, ...] = ("*.log",)
    """Open documents treated as logs: diagnostics go on their matched lines."""
    log_language_ids: tuple[str, ...] = ("log",)
    """Language ids of open documents treated as logs."""
    severity: str = "error"
    """Severity of errfix diagnostics: error, warning, information or hint."""
    locale: str = ""
    """Language of messages and hovers (`en`, `zh`...); empty: the client's locale."""
    ignore: tuple[str, ...] = ()
    """Entries never shown: ids, globs (`pandas/chained-*`) or whole domains (`python`). The
    project's `[tool.errfix] ignore` in pyproject.toml adds to these."""
    ignore_paths: tuple[str, ...] = ()
    """Files whose errors are never shown (globs relative to the workspace folder)."""
    severity_by_entry: tuple[tuple[str, str], ...] = ()
    """Severity per entry id, glob or domain (`{"tensorflow": "warning"}`); others use `severity`."""


_KEYS = {
    "kbPaths": "kb_paths",
    "watchGlobs": "watch_globs",
    "logGlobs": "log_globs",
    "logLanguageIds": "log_language_ids",
    "severity": "severity",
    "locale": "locale",
    "ignore": "ignore",
    "ignorePaths": "ignore_paths",
    "severityByEntry": "severity_by_entry",
}
DEFAULTS = Settings()


def setting_names() -> dict[str, str]:
    """Editor key → field name, for docs and for the editor plugins' tests."""
    return dict(_KEYS)


def _string_list(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(v for v in value if v.strip())
    return None


def _severity_map(value: Any) -> tuple[tuple[str, str], ...] | None:
    if not isinstance(value, Mapping):
        return None
    levels = []
    for pattern, level in value.items():
        if not isinstance(level, str) or level.lower() not in SEVERITIES:
            return None
        levels.append((str(pattern), level.lower()))
    return tuple(levels)


def parse_settings(raw: Any, base: Settings = DEFAULTS) -> tuple[Settings, list[str]]:
    """Settings from an editor's JSON value, plus one message per value that was not usable.

    Accepts the section itself (`{"kbPaths": [...]}`) or an object holding it under `errfix`.
    Keys that are absent keep `base`'s values.
    """
    problems: list[str] = []
    if raw is None:
        return base, problems
    if not isinstance(raw, Mapping):
        return base, [f"settings must be an object, got {type(raw).__name__}; using defaults"]
    if isinstance(raw.get("errfix"), Mapping):
        raw = raw["errfix"]
    changes: dict[str, Any] = {}
    for key, value in raw.items():
        name = _KEYS.get(key)
        if name is None:
            if key not in ("trace", "server", "path", "enable"):  # client-side keys
                problems.append(f"unknown setting errfix.{key} ignored")
            continue
        if value is None:
            continue
        default = getattr(DEFAULTS, name)
        if name == "severity_by_entry":
            levels = _severity_map(value)
            if levels is None:
                problems.append(
                    f"errfix.{key} must map entry ids, globs or domains to "
                    f"one of {', '.join(SEVERITIES)}; ignored"
                )
                continue
            changes[name] = levels
        elif isinstance(default, tuple):
            parsed = _string_list(value)
            if parsed is None:
                problems.append(f"errfix.{key} must be a list of strings; using the default {list(default)}")
                continue
            changes[name] = parsed
        elif name == "severity":
            if not isinstance(value, str) or value.lower() not in SEVERITIES:
                problems.append(
                    f"errfix.severity must be one of {', '.join(SEVERITIES)}; got {value!r}, "
                    f"using {default!r}"
                )
                continue
            changes[name] = value.lower()
        elif name == "locale":
            if not isinstance(value, str):
                problems.append(f"errfix.locale must be a string; got {value!r}, ignored")
                continue
            changes[name] = value.strip()
    return replace(base, **changes), problems


def as_editor_json(settings: Settings) -> dict[str, Any]:
    """The settings as an editor would send them (camelCase keys)."""
    out: dict[str, Any] = {}
    for key, name in _KEYS.items():
        value = getattr(settings, name)
        if name == "severity_by_entry":
            out[key] = dict(value)
        else:
            out[key] = list(value) if isinstance(value, tuple) else value
    return out
