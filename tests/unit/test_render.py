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
