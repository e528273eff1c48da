"""definitions.py: where `class X` / `def X` is really defined, and which files are searched."""

from __future__ import annotations

from pathlib import Path

from errfix_lsp.definitions import find_definitions, python_files, read_sources

LAYERS = '''"""Layers. MyDense is documented here:

class MyDense(keras.layers.Layer):   <- inside a docstring, not a definition
"""
import keras

NAME = "class MyDense"


class MyDenseBase(keras.layers.Layer):
    pass


class MyDense(MyDenseBase):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)


def build():
    class Inner(keras.layers.Layer):
        pass

    return Inner


async def MyDense_helper():
    pass
'''


def test_finds_the_real_class_with_its_name_columns():
    [found] = find_definitions("MyDense", [("layers.py", LAYERS)])
    assert (found.kind, found.line) == ("class", 14)
    line = LAYERS.splitlines()[found.line - 1]
    assert line[found.column : found.end_column] == "MyDense"


def test_docstrings_strings_and_longer_names_are_not_definitions():
    found = find_definitions("MyDense", [("layers.py", LAYERS)])
    assert [d.line for d in found] == [14]
    assert find_definitions("MyDenseBase", [("layers.py", LAYERS)])[0].line == 10


def test_nested_classes_and_async_functions():
    [inner] = find_definitions("Inner", [("layers.py", LAYERS)])
    assert inner.line == 20 and inner.column == 10
    [helper] = find_definitions("MyDense_helper", [("layers.py", LAYERS)], kinds=("function",))
    assert helper.kind == "function"
    assert find_definitions("MyDense_helper", [("layers.py", LAYERS)], kinds=("class",)) == []


def test_a_file_that_does_not_parse_is_still_searched():
    broken = "class MyDense(keras.layers.Layer):\n    def __init__(self,\n"
    [found] = find_definitions("MyDense", [("half_edited.py", broken)])
    assert found.line == 1


def test_bad_names_find_nothing():
    assert find_definitions("", [("a.py", "class A: pass")]) == []
    assert find_definitions("a.b", [("a.py", "class a: pass")]) == []
    assert find_definitions("(.*)", [("a.py", "class A: pass")]) == []


def test_workspace_walk_skips_virtualenvs_packages_and_hidden_dirs(tmp_path: Path):
    for relative in (
        "train.py",
        "pkg/layers.py",
        ".venv/lib/python3.11/site-packages/keras/layer.py",
        "venv/lib/x.py",
        "node_modules/a.py",
        ".git/hooks/h.py",
        "build/lib/copy.py",
        "notes.txt",
    ):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("class MyDense: pass\n")
    found = sorted(p.relative_to(tmp_path).as_posix() for p in python_files([tmp_path]))
    assert found == ["pkg/layers.py", "train.py"]
    assert len(list(python_files([tmp_path], limit=1))) == 1


def test_open_editor_text_wins_over_the_file(tmp_path: Path):
    path = tmp_path / "layers.py"
    path.write_text("x = 1\n")
    sources = dict(read_sources([path], overrides={str(path): "class MyDense:\n    pass\n"}))
    [found] = find_definitions("MyDense", sources.items())
    assert found.path == str(path) and found.line == 1
    missing = tmp_path / "gone.py"
    assert list(read_sources([missing])) == []
