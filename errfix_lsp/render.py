"""Human-readable views of KB entries: Markdown for hovers and the entry view, plain text for the CLI."""

from __future__ import annotations

import regex

from .kb.load import KnowledgeBase
from .kb.model import Entry

_CODE_SPAN = regex.compile(r"(`+)(.+?)\1", regex.S)
# Only what really changes the rendering of KB prose: `__init__` (bold), `*` (emphasis) and `<...>`
# (HTML). A single intraword underscore (`get_config`) renders literally and stays as written.
_MARKDOWN_SPECIAL = regex.compile(r"(__|[*<>])")


def md(text: str) -> str:
    """KB prose as literal Markdown: `__init__` must not turn bold. Code spans stay code spans."""
    out = []
    last = 0
    for span in _CODE_SPAN.finditer(text):
        out.append(_escape(text[last : span.start()]))
        out.append(span.group(0))
        last = span.end()
    out.append(_escape(text[last:]))
    return "".join(out)


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(lambda m: "".join("\\" + ch for ch in m.group(0)), text)


_LABELS = {
    "en": {
        "cause": "Cause",
        "works": "What works",
        "dead": "What does not work",
        "next": "Usually comes next",
        "confused": "Often confused with",
        "versions": "Versions",
        "evidence": "Confidence",
        "tier": "verification",
        "doc": "Documentation",
        "dont": "don't",
        "fails": "fails",
        "success": "works",
    },
    "zh": {
        "cause": "原因",
        "works": "有效的做法",
        "dead": "无效的做法",
        "next": "通常接下来会出现",
        "confused": "容易混淆的错误",
        "versions": "版本",
        "evidence": "置信度",
        "tier": "验证级别",
        "doc": "文档",
        "dont": "不要",
        "fails": "失败率",
        "success": "成功率",
    },
}


def _labels(locale: str) -> dict[str, str]:
    return _LABELS["zh" if locale.lower().startswith("zh") else "en"]


def _percent(value: float | None) -> str:
    return f"{round(value * 100)}%" if value is not None else "?"


def entry_markdown(
    entry: Entry, locale: str = "en", kb: KnowledgeBase | None = None, captures: dict | None = None
) -> str:
    """The full explanation of an entry, as shown on hover and by `errfix.showEntry`."""
    t = _labels(locale)
    signature = entry.localized("signature", locale) or entry.signature
    lines = [f"### {md(signature)}", "", f"`{entry.id}`", ""]
    if captures:
        shown = ", ".join(f"{k} = `{v}`" for k, v in sorted(captures.items()))
        lines += [shown, ""]
    lines += [f"**{t['cause']}:** {md(entry.localized('root_cause', locale))}", ""]
    workarounds = entry.workarounds(locale)
    if workarounds:
        lines.append(f"**{t['works']}**")
        lines.append("")
        for number, item in enumerate(workarounds, 1):
            rate = f" ({t['success']} {_percent(item.success_rate)})" if item.success_rate is not None else ""
            lines.append(f"{number}. {md(item.action)}{rate}")
            if item.how:
                lines.append(f"   {md(item.how)}")
        lines.append("")
    dead_ends = [d for d in entry.dead_ends() if d.why_fails or d.action]
    if dead_ends:
        lines.append(f"**{t['dead']}**")
        lines.append("")
        for item in dead_ends:
            rate = f" ({t['fails']} {_percent(item.fail_rate)})" if item.fail_rate is not None else ""
            what = f"{md(item.action)}: " if item.action else ""
            lines.append(f"- {t['dont']}: {what}{md(item.why_fails)}{rate}")
        lines.append("")
    for kind, label in (("leads_to", t["next"]), ("frequently_confused_with", t["confused"])):
        targets = entry.transitions(kind)
        if targets:
            names = []
            for target in targets:
                other = kb.get(target) if kb else None
                names.append(f"`{target}`" + (f" — {md(other.signature)}" if other else ""))
            lines.append(f"**{label}:** " + "; ".join(names))
            lines.append("")
    versions = entry.version_labels()
    if versions:
        lines.append(f"**{t['versions']}:** " + ", ".join(versions))
    tier = entry.verification_tier or "unknown"
    lines.append(f"**{t['evidence']}:** {_percent(entry.confidence)} · {t['tier']}: {tier}")
    if entry.official_doc_url:
        lines.append(f"**{t['doc']}:** {entry.official_doc_url}")
    return "\n".join(lines).rstrip() + "\n"


def short_cause(entry: Entry, locale: str = "en", limit: int = 200) -> str:
    """One line for a diagnostic message."""
    cause = entry.localized("root_cause", locale) or entry.signature
    cause = " ".join(cause.split())
    return cause if len(cause) <= limit else cause[: limit - 1].rstrip() + "…"


_HOVER_LABELS = {
    "en": {
        "fix": "Quick fix",
        "best": "Best workaround",
        "dead": "does not work",
        "next": "Usually comes next",
    },
    "zh": {"fix": "快速修复", "best": "最佳做法", "dead": "无效", "next": "通常接下来会出现"},
}
# Prose tokens a Markdown renderer would eat (`__init__`, `<pad>`, `a*b`, `->`): shown as code spans
# instead of backslash escapes, which some clients (Neovim's float) print literally.
_RISKY_TOKEN = regex.compile(r"[^\s`]*(?:__|[*<>])[^\s`]*")


def literal_md(text: str) -> str:
    """KB prose as Markdown without backslash escapes: risky tokens become code spans."""
    out = []
    last = 0
    for span in _CODE_SPAN.finditer(text):
        out.append(_RISKY_TOKEN.sub(lambda m: f"`{m.group(0)}`", text[last : span.start()]))
        out.append(span.group(0))
        last = span.end()
    out.append(_RISKY_TOKEN.sub(lambda m: f"`{m.group(0)}`", text[last:]))
    return "".join(out)


def hover_text(
    entry: Entry,
    locale: str = "en",
    kb: KnowledgeBase | None = None,
    error: str = "",
    markdown: bool = True,
) -> str:
    """The hover for one diagnostic: the user's own error first, then the cause, the quick fix and
    the best workaround; what does not work and what comes next folded into one short line each.
    `markdown=False` gives plain text for clients that do not render Markdown."""
    t = {**_HOVER_LABELS["en"], **_HOVER_LABELS.get("zh" if locale.lower().startswith("zh") else "en", {})}
    cause = " ".join(entry.localized("root_cause", locale).split())
    works = entry.workarounds(locale)
    dead = [d for d in entry.dead_ends() if d.action or d.why_fails]
    following = entry.transitions("leads_to")
    error = " ".join(error.split())[:400]
    lines: list[str] = []
    if markdown:
        if error:
            lines += [f"`{error.replace('`', chr(39))}`", ""]
        lines += [literal_md(cause), ""]
        if entry.fixes:
            lines += [f"**{t['fix']}:** {'; '.join(_fix_titles(entry))} (code action)", ""]
        if works:
            best = works[0]
            how = f" — {literal_md(best.how)}" if best.how else ""
            lines += [f"**{t['best']}:** {literal_md(best.action)}{how}", ""]
        if dead:
            shown = "; ".join(literal_md(d.action or d.why_fails) for d in dead[:3])
            lines.append(f"✗ {t['dead']}: {shown}")
        if following:
            lines.append(f"{t['next']}: " + ", ".join(f"`{target}`" for target in following[:3]))
        lines.append(f"`{entry.id}`" + (f" · {entry.official_doc_url}" if entry.official_doc_url else ""))
    else:
        if error:
            lines += [error, ""]
        lines += [cause, ""]
        if entry.fixes:
            lines += [f"{t['fix']}: {'; '.join(_fix_titles(entry))} (code action)", ""]
        if works:
            best = works[0]
            lines += [f"{t['best']}: {best.action}" + (f" - {best.how}" if best.how else ""), ""]
        if dead:
            lines.append(f"x {t['dead']}: " + "; ".join(d.action or d.why_fails for d in dead[:3]))
        if following:
            lines.append(f"{t['next']}: " + ", ".join(following[:3]))
        lines.append(entry.id + (f" - {entry.official_doc_url}" if entry.official_doc_url else ""))
    return "\n".join(lines).rstrip() + "\n"


def _fix_titles(entry: Entry) -> list[str]:
    from .fixers import get_fixer

    return [fixer.title if (fixer := get_fixer(f)) else f for f in entry.fixes]
