"""Reads deadends.dev "ErrorCanon" files (the `deadends-dev` package ships ~2,400) as KB entries.

An ErrorCanon nests the seed's fields: `error.{signature,regex,domain,category}`, `verdict.
{summary,confidence,fix_success_rate,resolvable}`, `environment.runtime`, plus top-level
`dead_ends`, `workarounds` and `transition_graph`. They are read, never shipped.
"""

from __future__ import annotations

from typing import Any


def is_error_canon(raw: Any) -> bool:
    return isinstance(raw, dict) and isinstance(raw.get("error"), dict) and "verdict" in raw


def canon_to_entry(raw: dict[str, Any]) -> dict[str, Any]:
    """The seed-format dict for one ErrorCanon."""
    error = raw.get("error") or {}
    verdict = raw.get("verdict") if isinstance(raw.get("verdict"), dict) else {}
    environment = raw.get("environment") if isinstance(raw.get("environment"), dict) else {}
    metadata = raw.get("metadata") if isinstance(raw.get("metadata"), dict) else {}
    runtime = environment.get("runtime") if isinstance(environment.get("runtime"), dict) else {}
    versions = []
    if runtime.get("name"):
        label = f"{runtime['name']} {runtime.get('version_range') or ''}".strip()
        versions.append({"version": label, "status": "active"})
    os_name = environment.get("os")
    return {
        "id": raw.get("id"),
        "signature": error.get("signature"),
        "regex": error.get("regex"),
        "domain": error.get("domain") or str(raw.get("id", "")).split("/", 1)[0],
        "category": error.get("category"),
        "root_cause": verdict.get("summary") or error.get("signature"),
        "versions": versions,
        "os_specific": {os_name: {}} if isinstance(os_name, str) else {},
        "dead_ends": raw.get("dead_ends") or [],
        "workarounds": raw.get("workarounds") or [],
        "transition_graph": raw.get("transition_graph") or {},
        "official_doc_url": raw.get("url"),
        "verification_tier": "ai_generated"
        if metadata.get("review_status") == "auto_generated"
        else "community",
        "confidence": verdict.get("confidence"),
        "fix_success_rate": verdict.get("fix_success_rate"),
        "resolvable": verdict.get("resolvable"),
        "first_seen": error.get("first_seen"),
        "last_confirmed": error.get("last_confirmed"),
        "last_updated": verdict.get("last_updated"),
        "evidence_count": metadata.get("evidence_count"),
    }
