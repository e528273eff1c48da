"""Every registered fixer on arbitrary Python source (mostly broken): it never raises, and when the
input parses, whatever it returns parses too.

Sources are real-looking snippets mutated at random (lines dropped, duplicated, re-indented,
CRLF, text spliced in), so fixers meet the half-edited files editors really hold.
"""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errfix_lsp.fixers import registry
from errfix_lsp.fixers.base import Declined, Fix, FixRequest

SNIPPETS = [
    '''import keras


class MyDense(keras.layers.Layer):
    """A dense layer."""

    def __init__(self, units, activation="relu", *, scale=1.0, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self._act = keras.activations.get(activation)
        self.scale = scale

    def call(self, x):
        return self._act(x) * self.scale


model = keras.Sequential([MyDense(3)])
model.save("m.h5")
loaded = keras.models.load_model("m.keras")
''',
    '''from tensorflow import keras
import numpy as np


class Block(keras.layers.Layer):
\tdef __init__(self, inner, table=np.ones(3)):
\t\tsuper(Block, self).__init__()
\t\tself.inner = inner
\t\tself.table = table

\tdef get_config(self):
\t\tconfig = super().get_config()
\t\treturn config
''',
    '''import numpy as np
import pandas as pd
from collections import Mapping
from sklearn.externals import joblib
from sklearn.preprocessing import OneHotEncoder

x = np.float(3) + np.int(2)
y = np.NaN if np.Inf else np.bool(1)
df = pd.DataFrame({"a": [1]})
df = df.append({"a": 2}, ignore_index=True)
for key, value in df.iteritems():
    print(key, value)
enc = OneHotEncoder(sparse=False)
isinstance({}, Mapping)
import cv2
''',
]
CAPTURES = st.fixed_dictionaries(
    {},
    optional={
        "class_name": st.sampled_from(["MyDense", "Block", "Missing", "", "x" * 50]),
        "module": st.sampled_from(["cv2", "sklearn.externals.joblib", "yaml", "", "a.b.c"]),
        "attribute": st.sampled_from(["float", "NaN", "append", "iteritems", "Mapping", "zzz"]),
        "argument": st.sampled_from(["sparse", "name", "lr"]),
    },
)


@st.composite
def sources(draw):
    lines = draw(st.sampled_from(SNIPPETS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 4))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "indent", "dedent", "splice", "noop"]))
        if action == "drop":
            del lines[index]
        elif action == "dup":
            lines.insert(index, lines[index])
        elif action == "indent":
            lines[index] = "    " + lines[index]
        elif action == "dedent":
            lines[index] = lines[index].lstrip(" \t")
        elif action == "splice":
            lines[index] = draw(st.text(max_size=20)) + lines[index]
    text = "".join(lines)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


FIXERS = sorted(registry())


def _parses(source: str) -> bool:
    try:
        ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    return True


def test_fixers_are_registered():
    assert FIXERS, "no fixers registered"


@pytest.mark.parametrize("fixer_id", FIXERS)
@given(source=sources(), captures=CAPTURES, line=st.one_of(st.none(), st.integers(-3, 40)))
def test_fixer_never_raises_and_keeps_code_parsable(fixer_id, source, captures, line):
    fixer = registry()[fixer_id]
    entry_id = fixer.entries[0] if fixer.entries else ""
    request = FixRequest(source=source, captures=captures, entry_id=entry_id, line=line, path="x.py")
    result = fixer.fix(request)
    assert isinstance(result, (Fix, Declined))
    if isinstance(result, Fix) and result.new_source is not None and _parses(source):
        assert _parses(result.new_source), f"{fixer_id} broke parsable code"
