"""keras-add-get-config over the shapes real custom layers come in.

Expected outputs are written out in full: they are the fixer's specification (indentation, where
code goes, which API each Keras dialect gets). The end-to-end proof that such code really saves
and loads is in tests/reproduce/test_keras_fixes*.py.
"""

from __future__ import annotations

from textwrap import indent

from .test_keras_common import apply, decline, src

FIXER = "keras-add-get-config"


def test_adds_get_config_with_every_argument_under_the_attribute_that_holds_it():
    before = src(
        '''
        import keras


        class MyDense(keras.layers.Layer):
            """Dense layer."""

            def __init__(self, units, rate=0.1, *, use_bias=True, **kwargs):
                super().__init__(**kwargs)
                self._units = units
                self.keep_bias = use_bias
                self.dropout = keras.layers.Dropout(rate)

            def call(self, x):
                return self.dropout(x)
        '''
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after == src(
        '''
        import keras


        class MyDense(keras.layers.Layer):
            """Dense layer."""

            def __init__(self, units, rate=0.1, *, use_bias=True, **kwargs):
                super().__init__(**kwargs)
                self.rate = rate
                self._units = units
                self.keep_bias = use_bias
                self.dropout = keras.layers.Dropout(rate)

            def call(self, x):
                return self.dropout(x)

            def get_config(self):
                config = super().get_config()
                config.update(
                    {
                        "units": self._units,
                        "rate": self.rate,
                        "use_bias": self.keep_bias,
                    }
                )
                return config
        '''
    )


def test_functions_and_nested_layers_are_serialized_and_rebuilt_in_from_config():
    before = src(
        """
        import keras


        class Block(keras.layers.Layer):
            def __init__(self, inner, activation_fn=None, blocks=(), **kwargs):
                super().__init__(**kwargs)
                self.inner = inner
                self.activation_fn = activation_fn
                self.blocks = list(blocks)

            def call(self, x):
                for block in self.blocks:
                    x = block(x)
                return self.activation_fn(self.inner(x))
        """
    )
    fix = apply(FIXER, before, class_name="Block")
    assert fix.title == "Add get_config to Block and from_config"
    assert fix.new_source == before + "\n" + indent(
        src(
            """
            def get_config(self):
                config = super().get_config()
                config.update(
                    {
                        "inner": keras.saving.serialize_keras_object(self.inner),
                        "activation_fn": keras.saving.serialize_keras_object(self.activation_fn),
                        "blocks": keras.saving.serialize_keras_object(self.blocks),
                    }
                )
                return config

            @classmethod
            def from_config(cls, config):
                config = dict(config)
                config["inner"] = keras.saving.deserialize_keras_object(config["inner"])
                config["activation_fn"] = keras.saving.deserialize_keras_object(config["activation_fn"])
                config["blocks"] = keras.saving.deserialize_keras_object(config["blocks"])
                return cls(**config)
            """
        ),
        "    ",
    )
    assert "safe_mode=False" in fix.note and "activation_fn" in fix.note


def test_registry_values_are_serialized_with_their_registry_and_arrays_as_lists():
    before = src(
        """
        import numpy as np
        from tensorflow import keras


        class Scale(keras.layers.Layer):
            def __init__(self, scale, activation="relu", init="zeros", **kwargs):
                super().__init__(**kwargs)
                self.scale = np.asarray(scale)
                self.activation = keras.activations.get(activation)
                self.init = keras.initializers.get(init)
        """
    )
    after = apply(FIXER, before, class_name="Scale").new_source
    assert '"scale": self.scale.tolist(),' in after
    assert '"activation": keras.activations.serialize(self.activation),' in after
    assert '"init": keras.initializers.serialize(self.init),' in after
    assert "from_config" not in after  # the constructor's own .get()/np.asarray rebuild them


def test_completes_a_partial_get_config_in_its_update_dict():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, activation="relu", **kwargs):
                super().__init__(**kwargs)
                self.units = units
                self.activation = activation

            def get_config(self):
                config = super().get_config()
                config.update({"activation": self.activation})  # keep this comment
                return config
        """
    )
    fix = apply(FIXER, before, class_name="MyDense")
    assert fix.title == "Complete MyDense.get_config"
    assert fix.new_source == before.replace(
        'config.update({"activation": self.activation})',
        'config.update({"activation": self.activation, "units": self.units})',
    )


def test_an_empty_config_gets_the_base_config_and_every_argument():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, **kwargs):
                super().__init__(**kwargs)
                self.units = units

            def get_config(self):
                return {}
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert 'return {**super().get_config(), "units": self.units}' in after


def test_a_multiline_returned_dict_is_extended_line_by_line():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, name=None, rate=0.5):
                super().__init__(name=name)
                self.units = units
                self.rate = rate

            def get_config(self):
                return {
                    "units": self.units  # no trailing comma
                }
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after.endswith(
        "    def get_config(self):\n"
        "        return {\n"
        "            **super().get_config(),\n"
        '            "units": self.units,  # no trailing comma\n'
        '            "rate": self.rate,\n'
        "        }\n"
    )
    # `name` goes to super().__init__ and is in the base config: not repeated.
    assert '"name"' not in after
    # **kwargs are accepted and forwarded so the base config can come back on load.
    assert "def __init__(self, units, name=None, rate=0.5, **kwargs):" in after
    assert "super().__init__(name=name, **kwargs)" in after


def test_a_returned_name_without_base_config_is_merged_with_it():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, **kwargs):
                super().__init__(**kwargs)
                self.units = units

            def get_config(self):
                cfg = {}
                return cfg
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after.endswith(
        "        cfg = {}\n"
        "        cfg = {**super().get_config(), **cfg}\n"
        "        cfg.update(\n"
        "            {\n"
        '                "units": self.units,\n'
        "            }\n"
        "        )\n"
        "        return cfg\n"
    )


def test_a_returned_expression_is_bound_first():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, depth, **kwargs):
                super().__init__(**kwargs)
                self.units = units
                self.depth = depth

            def get_config(self):
                base = super().get_config()
                return dict(list(base.items()) + [("units", self.units)])
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after.endswith(
        '        config = dict(list(base.items()) + [("units", self.units)])\n'
        "        config.update(\n"
        "            {\n"
        '                "units": self.units,\n'
        '                "depth": self.depth,\n'
        "            }\n"
        "        )\n"
        "        return config\n"
    )


def test_keeps_tabs_and_windows_line_endings():
    before = (
        "import tf_keras\r\n\r\n\r\nclass T(tf_keras.layers.Layer):\r\n"
        "\tdef __init__(self, units, **kwargs):\r\n"
        "\t\tsuper().__init__(**kwargs)\r\n"
        "\t\tself.units = units\r\n"
    )
    after = apply(FIXER, before, class_name="T").new_source
    assert after == before + (
        "\r\n\tdef get_config(self):\r\n"
        "\t\tconfig = super().get_config()\r\n"
        "\t\tconfig.update(\r\n\t\t\t{\r\n"
        '\t\t\t\t"units": self.units,\r\n'
        "\t\t\t}\r\n\t\t)\r\n"
        "\t\treturn config\r\n"
    )
    assert "\n" not in after.replace("\r\n", "")


def test_two_space_indentation_and_single_quotes_are_kept():
    before = src(
        """
        import keras
        x = 'a'


        class MyDense(keras.layers.Layer):
          def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units = units
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after.endswith(
        "  def get_config(self):\n"
        "    config = super().get_config()\n"
        "    config.update(\n"
        "      {\n"
        "        'units': self.units,\n"
        "      }\n"
        "    )\n"
        "    return config\n"
    )


def test_picks_the_class_named_by_the_error_among_several_and_keeps_decorators():
    before = src(
        """
        import keras


        class Helper:
            def __init__(self, k):
                self.k = k


        @keras.saving.register_keras_serializable(package="nets")
        class MyDense(keras.layers.Layer):
            def __init__(self, units, **kwargs):
                super().__init__(**kwargs)
                self.units = units


        class Other(keras.layers.Layer):
            def __init__(self, depth, **kwargs):
                super().__init__(**kwargs)
                self.depth = depth
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after.count("def get_config") == 1
    assert after.index("def get_config") < after.index("class Other")
    assert '@keras.saving.register_keras_serializable(package="nets")' in after


def test_without_a_capture_the_class_around_the_line_is_used():
    before = src(
        """
        from tensorflow.keras.layers import Layer


        class A(Layer):
            def __init__(self, a, **kwargs):
                super().__init__(**kwargs)
                self.a = a


        class B(Layer):
            def __init__(self, b, **kwargs):
                super().__init__(**kwargs)
                self.b = b
        """
    )
    after = apply(FIXER, before, line=12).new_source
    assert after.endswith('"b": self.b,\n            }\n        )\n        return config\n')
    assert after.count("get_config") == 2  # the definition and its super() call


def test_subclass_of_a_layer_defined_in_the_same_file_and_models_count():
    before = src(
        """
        import tensorflow as tf


        class Base(tf.keras.layers.Layer):
            pass


        class Child(Base):
            def __init__(self, encoder, **kwargs):
                super().__init__(**kwargs)
                self.encoder = encoder

            def call(self, x):
                return self.encoder(x)


        class Net(tf.keras.Model):
            def __init__(self, width, **kwargs):
                super().__init__(**kwargs)
                self.width = width
        """
    )
    child = apply(FIXER, before, class_name="Child").new_source
    assert '"encoder": tf.keras.utils.serialize_keras_object(self.encoder),' in child
    assert 'config["encoder"] = tf.keras.utils.deserialize_keras_object(config["encoder"])' in child
    net = apply(FIXER, before, class_name="Net").new_source
    assert '"width": self.width,' in net


def test_generated_code_imports_keras_when_the_file_has_no_name_for_it():
    before = src(
        '''
        """Layers."""
        from keras.layers import Layer


        class Wrap(Layer):
            def __init__(self, inner, **kwargs):
                super().__init__(**kwargs)
                self.inner = inner

            def call(self, x):
                return self.inner(x)
        '''
    )
    after = apply(FIXER, before, class_name="Wrap").new_source
    assert after.startswith('"""Layers."""\nfrom keras.layers import Layer\nimport keras\n')
    assert "keras.saving.serialize_keras_object(self.inner)" in after


def test_tf_keras_alias_dialect():
    before = src(
        """
        import tf_keras as tfk


        class Wrap(tfk.layers.Layer):
            def __init__(self, inner, **kwargs):
                super().__init__(**kwargs)
                self.inner = inner

            def call(self, x):
                return self.inner(x)
        """
    )
    after = apply(FIXER, before, class_name="Wrap").new_source
    assert "tfk.utils.serialize_keras_object(self.inner)" in after
    assert "tfk.utils.deserialize_keras_object" in after


def test_old_style_super_is_kept():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, **kwargs):
                super(MyDense, self).__init__(**kwargs)
                self.units = units
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert "config = super(MyDense, self).get_config()" in after


def test_star_args_are_explained_and_lambda_defaults_flagged():
    before = src(
        """
        import keras


        class Odd(keras.layers.Layer):
            def __init__(self, *sizes, fn=lambda t: t, **kwargs):
                super().__init__(**kwargs)
                self.sizes = sizes
                self.fn = fn
        """
    )
    fix = apply(FIXER, before, class_name="Odd")
    assert "*sizes cannot be saved" in fix.note
    assert "its default is a lambda" in fix.note


def test_non_ascii_text_before_the_edit_point():
    before = src(
        """
        import keras

        GRÜSSE = "日本語テキスト"


        class MyDense(keras.layers.Layer):  # 密集层
            def __init__(self, units, **kwargs):
                super().__init__(**kwargs); self.units = units
        """
    )
    after = apply(FIXER, before, class_name="MyDense").new_source
    assert after.startswith(before)
    assert '"units": self.units,' in after


def test_file_without_final_newline():
    before = "import keras\nclass L(keras.layers.Layer):\n    def __init__(self, n, **kw):\n        super().__init__(**kw)\n        self.n = n"
    after = apply(FIXER, before, class_name="L").new_source
    assert after.startswith(before + "\n\n    def get_config(self):\n")


def test_declines():
    plain = src(
        """
        class Plain:
            def __init__(self, a):
                self.a = a
        """
    )
    assert "not a Keras Layer or Model" in decline(FIXER, plain, class_name="Plain")
    assert "not defined in this file" in decline(FIXER, "import keras\n", class_name="MyDense")
    posonly = "import keras\nclass P(keras.layers.Layer):\n    def __init__(self, a, /, **kw):\n        super().__init__(**kw)\n"
    assert "positional-only" in decline(FIXER, posonly, class_name="P")
    no_init = "import keras\nclass N(keras.layers.Layer):\n    def call(self, x):\n        return x\n"
    assert "no __init__" in decline(FIXER, no_init, class_name="N")
    branches = src(
        """
        import keras


        class B(keras.layers.Layer):
            def __init__(self, a, **kwargs):
                super().__init__(**kwargs)
                self.a = a

            def get_config(self):
                if self.a:
                    return {}
                return {"x": 1}
        """
    )
    assert "more than one way to return" in decline(FIXER, branches, class_name="B")
