"""Run reproduction scripts, check errfix picks the expected entry, and record the real output.

    python scripts/kb_capture.py repro/pytorch/device-mismatch.py            # this venv
    python scripts/kb_capture.py --env "py3.10 numpy==1.26.4" repro/numpy/x.py  # a cached venv
    python scripts/kb_capture.py --matrix repro/keras/*.py                   # this venv + every
                                                                             # `matrix=` line of each script
    python scripts/kb_capture.py --write --matrix repro/numpy/x.py            # ...and add new wordings
                                                                             # to kb/<expects>.json

For each run it prints the message block errfix matched as an `examples` item (text + source naming
the library versions and the script). It checks that the expected entry is the best match of the last
recognised error, which is what tests/reproduce requires; a run that does not raise, or that errfix
reads as another entry, is reported and makes the exit status 1. `--write` adds an example only when
its text is new to the entry, so re-running is harmless.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from errfix_lsp.engine import Engine  # noqa: E402
from errfix_lsp.repro import _DISTRIBUTIONS, ReproScript, read_script  # noqa: E402
from errfix_lsp.venvs import VenvError, VersionSet, ensure_venv, installed_versions  # noqa: E402


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _runs(script: ReproScript, envs: list[str], matrix: bool) -> list[VersionSet | None]:
    """None is this interpreter."""
    lines = list(envs)
    if matrix:
        lines += script.matrix
    runs: list[VersionSet | None] = [] if envs and not matrix else [None]
    runs += [VersionSet.parse(line) for line in lines]
    return runs


def capture_one(engine: Engine, script: ReproScript, spec: VersionSet | None) -> dict | None:
    """Run `script` once; the example to record, or None (reported) when it does not prove the entry."""
    resolved = script.path.resolve()
    name = resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else str(resolved)
    try:
        python = ensure_venv(spec, log=_log) if spec else sys.executable
    except VenvError as problem:
        _log(f"{name} [{spec}]: {problem}")
        return None
    code, output = script.run(python=python)
    where = f"{name} [{spec or 'this venv'}]"
    if script.expects == "none":
        matched = [e.matches[0].entry.id for e in engine.explain(output) if e.matches]
        _log(f"{where}: exit {code}, matches {matched or 'none'}")
        return None
    if code == 0:
        _log(f"{where}: exited 0 - it must raise the error\n{output[-1500:]}")
        return None
    explained = [e for e in engine.explain(output) if e.matches]
    if not explained or explained[-1].matches[0].entry.id != script.expects:
        tops = [[m.entry.id for m in e.matches[:2]] for e in explained]
        _log(f"{where}: expected {script.expects}, got {tops}; output tail:\n{output[-2500:]}")
        events = engine.explain(output)
        if events:
            _log("unmatched message of the last event:\n" + events[-1].key_block.message[:1500])
        return None
    names = [_DISTRIBUTIONS.get(n, n) for n in script.requires]
    versions = installed_versions(python, names) if spec else script.versions()
    return {"text": explained[-1].key_block.message, "source": f"{versions}; {name}"}


def write_example(entry_id: str, example: dict) -> bool:
    path = ROOT / "kb" / f"{entry_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    examples = data.setdefault("examples", [])
    if any(item.get("text") == example["text"] for item in examples):
        return False
    examples.append(example)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scripts", nargs="+", type=Path)
    parser.add_argument("--env", action="append", default=[], help="a version set, e.g. 'py3.10 numpy<2'")
    parser.add_argument("--matrix", action="store_true", help="also every `matrix=` line of each script")
    parser.add_argument("--write", action="store_true", help="add new wordings to the entry's examples")
    args = parser.parse_args(argv)
    engine = Engine.load()
    status = 0
    for path in args.scripts:
        script = read_script(path)
        if script is None:
            _log(f"{path}: no '# errfix-repro: expects=' header")
            status = 1
            continue
        for spec in _runs(script, args.env, args.matrix):
            example = capture_one(engine, script, spec)
            if example is None:
                status = status or (0 if script.expects == "none" else 1)
                continue
            print(json.dumps(example, ensure_ascii=False, indent=2))
            if args.write and write_example(script.expects, example):
                _log(f"added to kb/{script.expects}.json: {example['source']}")
    return status


if __name__ == "__main__":
    sys.exit(main())
