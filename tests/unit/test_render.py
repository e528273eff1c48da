from errfix_lsp.kb.load import load_kb
from errfix_lsp.render import entry_markdown, md

SEED = "tensorflow/keras-model-save-custom-layer"


def test_prose_is_escaped_but_code_spans_are_kept():
    assert md("in __init__ use `get_config()`") == r"in \_\_init\_\_ use `get_config()`"
    assert md("a *b* <c> get_config") == r"a \*b\* \<c\> get_config"


def test_seed_markdown_has_cause_ranked_workarounds_dead_ends_and_zh():
    kb = load_kb()
    entry = kb.get(SEED)
    text = entry_markdown(entry, "en", kb)
    assert "\\_\\_init\\_\\_" in text and "__init__ method" not in text
    works = text.index("What works")
    rates = [int(part.split("%")[0]) for part in text[works:].split("(works ")[1:4]]
    assert rates == sorted(rates, reverse=True)
    assert "don't" in text and "fails" in text
    zh = entry_markdown(entry, "zh-CN", kb)
    assert entry.raw["root_cause_zh"][:10] in zh


def test_hover_starts_with_the_users_own_error_and_folds_the_rest():
    from errfix_lsp.render import hover_text

    kb = load_kb()
    entry = kb.get(SEED)
    error = "NotImplementedError: Layer MyDense has arguments ['units'] in `__init__` and therefore must override get_config()."
    text = hover_text(entry, "en", kb, error)
    lines = text.splitlines()
    assert lines[0].startswith("`NotImplementedError: Layer MyDense") and "MyDense" in lines[0]
    assert "Quick fix:" in text and "Best workaround:" in text
    assert "\\_" not in text and "\\<" not in text and "\\*" not in text  # no backslash escapes
    assert sum(1 for line in lines if line.startswith("✗")) <= 1  # dead ends on one line
    assert " ".join(entry.root_cause.split())[:80] in " ".join(text.split())


def test_plain_text_hover_has_no_markup():
    from errfix_lsp.render import hover_text

    kb = load_kb()
    text = hover_text(kb.get(SEED), "zh-CN", kb, "NotImplementedError: x", markdown=False)
    assert text.startswith("NotImplementedError: x\n") and "`tensorflow/" not in text
    assert not any(line.startswith(("**", "`", "✗")) for line in text.splitlines())
    assert kb.get(SEED).raw["root_cause_zh"][:10] in text


def test_literal_md_wraps_risky_tokens_instead_of_escaping():
    from errfix_lsp.render import literal_md

    assert literal_md("call __init__ with <pad> and a*b -> x, keep `x*y`") == (
        "call `__init__` with `<pad>` and `a*b` `->` x, keep `x*y`"
    )
