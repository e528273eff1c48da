"""Accuracy on real outputs users pasted in public issue threads.

    python -m benchmarks.accuracy.score                  # dev split table, and docs/accuracy.md
    python -m benchmarks.accuracy.score --list           # every item with its verdict
    python -m benchmarks.accuracy.score --split test     # frozen test split, by library
    python -m benchmarks.accuracy.score --split both
    python -m benchmarks.accuracy.score --split test --unjudged   # predictions a judge still has to rule on

Dev split (`corpus/*.json`): `{"url", "text", "expected", "note"}`; `expected` is the KB id that
should win, or null when nothing should match (non-error output). Matchers may be tuned on it.

Test split (`test/*.json`): `{"url", "text", "library", "situation", "is_error", "cause", "accepted",
"note"}`, sampled by situation and frozen before the KB expansion; never tuned on. `cause` is what
the thread established. A prediction counts as specific-correct when its id is in `accepted` or a
judge marked it "specific" in `test_judgments.json` (`{"<item file>": {"<entry id>": "specific" |
"generic" | "wrong"}}`); "generic"/"wrong" judgments count as such; an unjudged prediction of an
entry tagged "generic" counts as generic; any other unjudged prediction is reported as unjudged.

The prediction is the best match of the last recognised error in the text (the one that ended the
program).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from errfix_lsp.engine import Engine

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TEST_DIR = HERE / "test"
JUDGMENTS = HERE / "test_judgments.json"
JUDGMENT_VALUES = ("specific", "generic", "wrong")
TEST_OUTCOMES = ("specific", "generic", "wrong", "unjudged", "silent", "false-alarm", "quiet")


@dataclass
class Verdict:
    path: Path
    url: str
    expected: str | None
    predicted: str | None
    outcome: str  # correct, wrong, generic-instead, missed, false-alarm, quiet


@dataclass
class TestVerdict:
    path: Path
    item: dict
    predicted: str | None
    outcome: str  # one of TEST_OUTCOMES

    @property
    def library(self) -> str:
        return str(self.item.get("library") or self.path.stem.split("-", 1)[0])


def load_corpus(folder: Path = HERE / "corpus") -> list[tuple[Path, dict]]:
    items = []
    for path in sorted(folder.glob("*.json")):
        items.append((path, json.loads(path.read_text(encoding="utf-8"))))
    return items


def load_test_split(folder: Path = TEST_DIR) -> list[tuple[Path, dict]]:
    return load_corpus(folder)


def load_judgments(path: Path = JUDGMENTS) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def predict(engine: Engine, text: str) -> str | None:
    explained = engine.explain(text)
    known = [event for event in explained if event.matches]
    return known[-1].matches[0].entry.id if known else None


def is_generic(engine: Engine, entry_id: str) -> bool:
    entry = engine.kb.get(entry_id)
    return entry is not None and "generic" in (entry.raw.get("tags") or [])


def judge(engine: Engine, path: Path, item: dict) -> Verdict:
    predicted = predict(engine, item["text"])
    expected = item.get("expected")
    if expected is None:
        outcome = "quiet" if predicted is None else "false-alarm"
    elif predicted == expected:
        outcome = "correct"
    elif predicted is None:
        outcome = "missed"
    elif is_generic(engine, predicted):
        outcome = "generic-instead"
    else:
        outcome = "wrong"
    return Verdict(path, item.get("url", ""), expected, predicted, outcome)


def judge_test(engine: Engine, path: Path, item: dict, judgments: dict[str, dict[str, str]]) -> TestVerdict:
    predicted = predict(engine, item["text"])
    if not item.get("is_error", True):
        outcome = "quiet" if predicted is None else "false-alarm"
    elif predicted is None:
        outcome = "silent"
    elif predicted in item.get("accepted", []):
        outcome = "specific"
    elif judgments.get(path.name, {}).get(predicted) in JUDGMENT_VALUES:
        outcome = judgments[path.name][predicted]
    elif is_generic(engine, predicted):
        outcome = "generic"
    else:
        outcome = "unjudged"
    return TestVerdict(path, item, predicted, outcome)


def score(engine: Engine, items: list[tuple[Path, dict]]) -> list[Verdict]:
    return [judge(engine, path, item) for path, item in items]


def score_test(
    engine: Engine,
    items: list[tuple[Path, dict]] | None = None,
    judgments: dict[str, dict[str, str]] | None = None,
) -> list[TestVerdict]:
    items = load_test_split() if items is None else items
    judgments = load_judgments() if judgments is None else judgments
    return [judge_test(engine, path, item, judgments) for path, item in items]


def summary(verdicts: list[Verdict]) -> dict[str, float | int]:
    errors = [v for v in verdicts if v.expected is not None]
    quiet = [v for v in verdicts if v.expected is None]
    counts = Counter(v.outcome for v in verdicts)
    return {
        "error items": len(errors),
        "top-1 correct": counts["correct"],
        "top-1 rate": counts["correct"] / len(errors) if errors else 0.0,
        "generic instead of specific": counts["generic-instead"],
        "wrong specific entry": counts["wrong"],
        "missed (no match)": counts["missed"],
        "non-error items": len(quiet),
        "false alarms": counts["false-alarm"],
    }


# One row shape for both splits: items, specific-correct, generic, wrong, unjudged, silent, false alarms.
DEV_TO_ROW = {"correct": "specific", "generic-instead": "generic", "wrong": "wrong", "missed": "silent"}


def _row_counts(outcomes: list[str]) -> Counter:
    return Counter(DEV_TO_ROW.get(outcome, outcome) for outcome in outcomes)


def by_library(groups: dict[str, list[str]]) -> list[str]:
    """Markdown rows from {library: [outcome, ...]} (dev outcomes are mapped onto the test columns)."""
    lines = [
        "| library | items | specific-correct | generic | wrong | unjudged | silent | false alarms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total: list[str] = []
    for library, outcomes in sorted(groups.items()):
        total += outcomes
        c = _row_counts(outcomes)
        lines.append(
            f"| {library} | {len(outcomes)} | {c['specific']} | {c['generic']} | {c['wrong']} | {c['unjudged']} "
            f"| {c['silent']} | {c['false-alarm']} |"
        )
    c = _row_counts(total)
    lines.append(
        f"| **all** | {len(total)} | {c['specific']} | {c['generic']} | {c['wrong']} | {c['unjudged']} "
        f"| {c['silent']} | {c['false-alarm']} |"
    )
    return lines


def dev_groups(verdicts: list[Verdict]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for v in verdicts:
        groups[v.path.stem.split("-", 1)[0]].append(v.outcome)
    return groups


def test_groups(verdicts: list[TestVerdict]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for v in verdicts:
        groups[v.library].append(v.outcome)
    return groups


def test_summary(verdicts: list[TestVerdict]) -> dict[str, int | float]:
    errors = [v for v in verdicts if v.item.get("is_error", True)]
    c = Counter(v.outcome for v in verdicts)
    return {
        "error items": len(errors),
        "specific-correct": c["specific"],
        "specific-correct rate": c["specific"] / len(errors) if errors else 0.0,
        "generic": c["generic"],
        "wrong": c["wrong"],
        "unjudged": c["unjudged"],
        "silent (no match)": c["silent"],
        "non-error items": len(verdicts) - len(errors),
        "false alarms": c["false-alarm"],
    }


def markdown(verdicts: list[Verdict], test_verdicts: list[TestVerdict] | None = None) -> str:
    totals = summary(verdicts)
    by_domain: dict[str, list[Verdict]] = defaultdict(list)
    for verdict in verdicts:
        by_domain[verdict.path.stem.split("-", 1)[0]].append(verdict)
    lines = [
        "# Accuracy on real user-pasted outputs",
        "",
        "Generated by `python -m benchmarks.accuracy.score`; dev split in `benchmarks/accuracy/corpus/`,",
        "frozen test split in `benchmarks/accuracy/test/`.",
        "",
        "## Dev split (tuned on)",
        "",
        "| measure | value |",
        "|---|---|",
    ]
    for key, value in totals.items():
        lines.append(f"| {key} | {value:.1%} |" if key == "top-1 rate" else f"| {key} | {value} |")
    lines += [
        "",
        "| domain | items | correct | generic instead | wrong | missed | false alarms |",
        "|---|---|---|---|---|---|---|",
    ]
    for domain, items in sorted(by_domain.items()):
        c = Counter(v.outcome for v in items)
        lines.append(
            f"| {domain} | {len(items)} | {c['correct']} | {c['generic-instead']} | {c['wrong']} "
            f"| {c['missed']} | {c['false-alarm']} |"
        )
    misses = [v for v in verdicts if v.outcome not in ("correct", "quiet")]
    if misses:
        lines += ["", "### Not right yet", "", "| item | expected | got | outcome |", "|---|---|---|---|"]
        for v in misses:
            lines.append(f"| [{v.path.stem}]({v.url}) | {v.expected} | {v.predicted} | {v.outcome} |")
    if test_verdicts is not None:
        lines += ["", *test_markdown(test_verdicts)]
    return "\n".join(lines) + "\n"


def test_markdown(verdicts: list[TestVerdict]) -> list[str]:
    totals = test_summary(verdicts)
    lines = [
        "## Frozen test split (collected 2026-12-06, before the KB expansion)",
        "",
        'Real outputs pasted in public issue threads, sampled by situation ("crash when loading a',
        'checkpoint", "pip install fails building a wheel", ...) rather than by error message, and taking',
        "whatever output the thread showed. Each item records the cause the thread established (or",
        "`unknown`). Never tuned on: no matcher or KB change may be made to move these numbers, and there is",
        "no accuracy floor on them; the only enforced property is zero false alarms on its non-errors.",
        "",
        "Outcomes: *specific-correct* = the predicted entry's id is in the item's `accepted` list or a judge",
        "ruled it `specific` in `test_judgments.json`; *generic* = judged generic, or an unjudged entry tagged",
        "`generic`; *wrong* = judged wrong; *unjudged* = a prediction nobody has ruled on yet",
        "(`python -m benchmarks.accuracy.score --split test --unjudged` lists them with the item's cause",
        "beside the entry's root_cause); *silent* = an error nothing matched; *false alarms* = non-errors",
        "that matched.",
        "",
        "Baseline when frozen (172 KB entries, no judgments yet): 4 of 152 errors specific-correct, 3",
        "generic, 0 wrong, 38 unjudged, 107 silent; 0 false alarms on 25 non-errors. The tables below are",
        "regenerated on every run.",
        "",
        "| measure | value |",
        "|---|---|",
    ]
    for key, value in totals.items():
        lines.append(f"| {key} | {value:.1%} |" if isinstance(value, float) else f"| {key} | {value} |")
    lines += ["", "### By library", "", *by_library(test_groups(verdicts))]
    situations = Counter(str(v.item.get("situation", "")) for v in verdicts)
    lines += ["", "### Items per situation", "", "| situation | items |", "|---|---|"]
    for situation, count in sorted(situations.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {situation} | {count} |")
    predicted = [v for v in verdicts if v.predicted is not None]
    if predicted:
        lines += ["", "### Predictions", "", "| item | predicted | outcome |", "|---|---|---|"]
        for v in predicted:
            lines.append(f"| [{v.path.stem}]({v.item.get('url', '')}) | {v.predicted} | {v.outcome} |")
    return lines


def print_unjudged(engine: Engine, verdicts: list[TestVerdict]) -> None:
    pending = [v for v in verdicts if v.outcome == "unjudged"]
    print(f"{len(pending)} unjudged prediction(s); record rulings in {JUDGMENTS.relative_to(ROOT)}")
    for v in pending:
        entry = engine.kb.get(v.predicted or "")
        print("-" * 100)
        print(f"item:        {v.path.name}  ({v.item.get('url', '')})")
        print(f"predicted:   {v.predicted}")
        print(f"item cause:  {v.item.get('cause', '')}")
        print(f"root_cause:  {entry.root_cause if entry else '(entry not found)'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", action="store_true", help="print every item with its verdict")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="dev")
    parser.add_argument(
        "--unjudged", action="store_true", help="list test-split predictions awaiting a judgment"
    )
    parser.add_argument("--output", default=str(ROOT / "docs" / "accuracy.md"))
    args = parser.parse_args(argv)
    engine = Engine.load()
    verdicts = score(engine, load_corpus())
    test_verdicts = score_test(engine)
    if args.split in ("dev", "both"):
        if args.list:
            for v in verdicts:
                print(f"{v.outcome:16} {v.path.name:50} expected={v.expected} got={v.predicted}")
        if args.split == "both":
            print("== dev split ==")
        for key, value in summary(verdicts).items():
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
        if args.split == "both":
            print("\n".join(by_library(dev_groups(verdicts))))
    if args.split in ("test", "both"):
        if args.list:
            for tv in test_verdicts:
                print(f"{tv.outcome:12} {tv.path.name:55} got={tv.predicted}")
        print("== test split ==")
        for key, value in test_summary(test_verdicts).items():
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
        print("\n".join(by_library(test_groups(test_verdicts))))
    if args.unjudged:
        print_unjudged(engine, test_verdicts)
    Path(args.output).write_text(markdown(verdicts, test_verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
