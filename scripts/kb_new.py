"""Write KB entries in the seed's full format from a short spec, then validate them.

    python scripts/kb_new.py specs.json          # a spec object or a list of them
    python scripts/kb_new.py - < spec.json

A spec carries what only an author knows; the tool fills the seed's bookkeeping fields (dates,
locale, empty os_specific, version objects, evidence_count) so every entry has the same shape.

    {"id": "transformers/pad-token-missing",            # kb/<domain>/<slug>.json
     "signature": "ValueError: Asking to pad but the tokenizer does not have a padding token.",
     "signature_zh": "...", "regex": "Asking to pad but the tokenizer does not have a padding token",
     "category": "tokenizer", "root_cause": "...", "root_cause_zh": "...",
     "root_cause_type": "user_code",                    # default user_code
     "versions": ["transformers 4.57.1", "transformers 4.0+"],   # strings or seed objects
     "workarounds": [{"action": "...", "how": "...", "success_rate": 0.9, "condition": ""}],
     "workarounds_zh": ["..."],
     "dead_ends": [{"action": "...", "why_fails": "...", "fail_rate": 0.8}],
     "doc": "https://huggingface.co/docs/...", "confidence": 0.9,
     "tier": "reproduced",                              # or "sourced" (every example cites a URL)
     "first_seen": "2020-05-01", "tags": [...], "aliases": [...],
     "leads_to": [], "preceded_by": [], "confused_with": [],
     "patterns": [...], "examples": [...], "counter_examples": [...], "fixes": [], "priority": 0}

An existing file keeps its examples (new ones are appended), so re-running a spec after
`kb_capture.py --write` loses nothing.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from errfix_lsp.kb.load import load_kb  # noqa: E402

_OWN_KEYS = {"doc", "tier", "leads_to", "preceded_by", "confused_with"}


def _version(item: str | dict) -> dict:
    if isinstance(item, dict):
        return item
    return {
        "version": item,
        "introduced": None,
        "deprecated": None,
        "removed": None,
        "behavior_change": None,
        "status": "active",
    }


def _rate(items: list[dict], key: str) -> list[dict]:
    out = []
    for item in items:
        filled = {"condition": "", "sources": []}
        filled.update(item)
        if key not in filled:
            filled[key] = None
        out.append(filled)
    return out


def expand(spec: dict, today: str) -> dict:
    domain = spec["id"].split("/", 1)[0]
    workarounds = _rate(spec.get("workarounds", []), "success_rate")
    best = max((w["success_rate"] or 0 for w in workarounds), default=None)
    entry = {
        "id": spec["id"],
        "signature": spec["signature"],
        "signature_zh": spec.get("signature_zh", ""),
        "regex": spec["regex"],
        "domain": domain,
        "category": spec.get("category"),
        "subcategory": spec.get("subcategory"),
        "root_cause": spec["root_cause"],
        "root_cause_type": spec.get("root_cause_type", "user_code"),
        "root_cause_zh": spec.get("root_cause_zh", ""),
        "versions": [_version(v) for v in spec.get("versions", [])],
        "os_specific": spec.get("os_specific", {}),
        "dead_ends": _rate(spec.get("dead_ends", []), "fail_rate"),
        "workarounds": workarounds,
        "workarounds_zh": spec.get("workarounds_zh", []),
        "transition_graph": {
            "leads_to": spec.get("leads_to", []),
            "preceded_by": spec.get("preceded_by", []),
            "frequently_confused_with": spec.get("confused_with", []),
        },
        "official_doc_url": spec.get("doc"),
        "official_doc_section": spec.get("official_doc_section"),
        "error_code": spec.get("error_code"),
        "verification_tier": spec.get("tier", "reproduced"),
        "confidence": spec.get("confidence", 0.85),
        "fix_success_rate": spec.get("fix_success_rate", best),
        "resolvable": spec.get("resolvable", "true"),
        "first_seen": spec.get("first_seen"),
        "last_confirmed": today,
        "last_updated": today,
        "evidence_count": max(1, len(spec.get("examples", []))),
        "tags": spec.get("tags", []),
        "locale": "en",
        "aliases": spec.get("aliases", []),
        "patterns": spec.get("patterns", []),
        "examples": spec.get("examples", []),
        "counter_examples": spec.get("counter_examples", []),
        "fixes": spec.get("fixes", []),
    }
    if "priority" in spec:
        entry["priority"] = spec["priority"]
    unknown = set(spec) - set(entry) - _OWN_KEYS
    if unknown:
        raise ValueError(f"{spec['id']}: unknown spec keys {sorted(unknown)}")
    return entry


def write(spec: dict, today: str) -> Path:
    entry = expand(spec, today)
    path = ROOT / "kb" / f"{entry['id']}.json"
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        texts = {e["text"] for e in entry["examples"]}
        entry["examples"] += [e for e in old.get("examples", []) if e["text"] not in texts]
        entry["evidence_count"] = max(1, len(entry["examples"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(entry, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    source = sys.stdin.read() if argv == ["-"] else Path(argv[0]).read_text(encoding="utf-8")
    specs = json.loads(source)
    specs = specs if isinstance(specs, list) else [specs]
    today = datetime.date.today().isoformat()
    paths = [write(spec, today) for spec in specs]
    problems = load_kb(paths, shipped=False).problems
    for problem in problems:
        print(problem, file=sys.stderr)
    for path in paths:
        print(path.relative_to(ROOT))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["-"]))
