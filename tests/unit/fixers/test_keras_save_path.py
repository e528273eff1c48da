"""keras-save-path: file names Keras 3 accepts, changed where they are written."""

from __future__ import annotations

from .test_keras_common import apply, decline, src

FIXER = "keras-save-path"


def test_directory_name_becomes_keras_file_and_the_load_follows():
    before = src(
        """
        model.save("my_model")
        restored = keras.models.load_model("my_model")
        """
    )
    fix = apply(FIXER, before, line=1)
    assert fix.new_source == before.replace('"my_model"', '"my_model.keras"')
    assert fix.title == "Save to 'my_model.keras' instead of 'my_model'"


def test_h5_and_trailing_slash_and_single_quotes():
    assert apply(FIXER, "model.save('out/m.h5')\n", line=1).new_source == "model.save('out/m.keras')\n"
    assert apply(FIXER, "model.save('exported/')\n", line=1).new_source == "model.save('exported.keras')\n"


def test_weights_get_weights_h5_and_load_weights_follows():
    before = 'model.save_weights("ckpt/w.h5")\nmodel.load_weights("ckpt/w.h5")\n'
    assert apply(FIXER, before, line=1).new_source == before.replace("w.h5", "w.weights.h5")


def test_the_variable_holding_the_path_is_changed_once():
    before = src(
        """
        import os

        PATH = os.path.join(OUT, "model")


        def train(model):
            model.save(PATH)
        """
    )
    after = apply(FIXER, before, line=7).new_source
    assert 'PATH = os.path.join(OUT, "model.keras")' in after


def test_fstring_and_pathlib_and_save_model_function():
    fstring = 'model.save(f"{out}/epoch{n}.h5")\n'
    assert apply(FIXER, fstring, line=1).new_source == 'model.save(f"{out}/epoch{n}.keras")\n'
    pathlib = 'keras.models.save_model(model, Path(root) / "m")\n'
    assert (
        apply(FIXER, pathlib, line=1).new_source == 'keras.models.save_model(model, Path(root) / "m.keras")\n'
    )


def test_crlf_kept():
    before = 'import keras\r\nmodel.save("m")\r\nx = 1\r\n'
    assert apply(FIXER, before, line=2).new_source == 'import keras\r\nmodel.save("m.keras")\r\nx = 1\r\n'


def test_declines():
    assert "already ends in .keras" in decline(FIXER, 'model.save("m.keras")\n', line=1)
    assert "computed at run time" in decline(FIXER, "model.save(make_path())\n", line=1)
    assert "computed at run time" in decline(FIXER, 'model.save(f"{name}")\n', line=1)
    assert "TFSMLayer" in decline(FIXER, 'm = keras.models.load_model("exported_dir")\n', line=1)
    assert "no Keras save/load call" in decline(FIXER, "x = 1\n", line=1)
