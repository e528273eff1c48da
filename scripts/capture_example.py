"""Run reproduction scripts and print, for each, the `examples` item to paste into its KB entry.

    python scripts/capture_example.py repro/torch/device_mismatch.py [...]

Prints the message block errfix matched (or every event when nothing matched), and the source
string naming library versions and the script, so the entry's example is the library's own words.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from errfix_lsp.engine import Engine
from errfix_lsp.repro import read_script


def main(paths: list[str]) -> int:
    engine = Engine.load()
    status = 0
    for name in paths:
        script = read_script(Path(name))
        if script is None:
            print(f"{name}: no '# errfix-repro: expects=' header", file=sys.stderr)
            status = 1
            continue
        code, output = script.run()
        explained = engine.explain(output)
        if code == 0:
            print(f"{name}: exited 0 - it must raise the error", file=sys.stderr)
            status = 1
        source = f"{script.versions()}; {name}"
        chosen = [e for e in explained if e.matches and e.matches[0].entry.id == script.expects]
        if not chosen:
            print(
                f"{name}: top matches: {[[m.entry.id for m in e.matches[:2]] for e in explained]}",
                file=sys.stderr,
            )
            print(output[-3000:], file=sys.stderr)
            status = 1
        for item in chosen or explained:
            example = {"text": item.key_block.message, "source": source}
            print(json.dumps(example, ensure_ascii=False, indent=2))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
