"""keras-serializable-object: a plain object kept in a layer config becomes a registered,
rebuildable Keras object, and the layers receiving it rebuild it."""

from __future__ import annotations

from .test_keras_common import apply, decline, src

FIXER = "keras-serializable-object"

BEFORE = src(
    """
    import keras


    class Settings:
        def __init__(self, factor, mode="mul"):
            self.factor = factor
            self._mode = mode


    class MyDense(keras.layers.Layer):
        def __init__(self, units, settings, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.settings = settings

        def get_config(self):
            config = super().get_config()
            config.update({"units": self.units, "settings": self.settings})
            return config


    settings = Settings(2.0)
    layer = MyDense(3, settings)
    """
)


def test_object_class_gets_config_registration_and_the_layer_rebuilds_it():
    fix = apply(FIXER, BEFORE, path="/p/model_def.py", class_name="Settings")
    assert fix.title == "Make Settings serializable and rebuild it in MyDense"
    after = fix.new_source
    assert '@keras.saving.register_keras_serializable(package="model_def")\nclass Settings:\n' in after
    assert (
        "        self._mode = mode\n\n"
        "    def get_config(self):\n"
        "        return {\n"
        '            "factor": self.factor,\n'
        '            "mode": self._mode,\n'
        "        }\n\n"
        "    @classmethod\n"
        "    def from_config(cls, config):\n"
        "        return cls(**config)\n"
    ) in after
    assert '"settings": keras.saving.serialize_keras_object(self.settings)' in after
    assert 'config["settings"] = keras.saving.deserialize_keras_object(config["settings"])' in after
    assert "safe_mode" not in fix.note  # the object is registered: no lambda advice


def test_without_a_known_owner_the_note_says_what_remains():
    text = BEFORE.split("\n\nsettings = ")[0] + "\n"
    fix = apply(
        FIXER, text.replace("class MyDense(keras.layers.Layer)", "class MyDense(Base)"), class_name="Settings"
    )
    assert "No layer of this file is seen receiving a Settings" in fix.note


def test_tf_keras_dialect():
    text = BEFORE.replace("import keras", "import tf_keras as keras")
    after = apply(FIXER, text, class_name="Settings").new_source
    assert "@keras.utils.register_keras_serializable(" in after
    assert "keras.utils.deserialize_keras_object" in after


def test_declines():
    assert "not defined in this file" in decline(FIXER, BEFORE, class_name="Other")
    assert "is a Keras class" in decline(FIXER, BEFORE, class_name="MyDense")
    assert "does not name" in decline(FIXER, BEFORE)
