"""keras-forward-kwargs over real signature shapes."""

from __future__ import annotations

from .test_keras_common import apply, decline, src

FIXER = "keras-forward-kwargs"


def test_one_line_signature_and_empty_super_call():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(self, units, activation="relu"):
                super().__init__()
                self.units = units
        """
    )
    fix = apply(FIXER, before, class_name="MyDense", argument="name")
    assert fix.title == "Accept and forward **kwargs in MyDense.__init__"
    assert fix.new_source == before.replace('activation="relu"):', 'activation="relu", **kwargs):').replace(
        "super().__init__()", "super().__init__(**kwargs)"
    )


def test_one_parameter_per_line_with_trailing_comma_and_annotations():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            def __init__(
                self,
                units: int,
                *,
                rate: float = 0.1,
            ) -> None:
                super().__init__(dynamic=False)
                self.units = units
        """
    )
    after = apply(FIXER, before, class_name="MyDense", argument="trainable").new_source
    assert "        rate: float = 0.1,\n        **kwargs,\n    ) -> None:" in after
    assert "super().__init__(dynamic=False, **kwargs)" in after


def test_missing_super_call_is_added_after_the_docstring():
    before = src(
        '''
        import tensorflow as tf


        class Net(tf.keras.Model):
            def __init__(self, width):
                """Build."""
                self.width = width
        '''
    )
    after = apply(FIXER, before, class_name="Net", argument="dtype").new_source
    assert '        """Build."""\n        super().__init__(**kwargs)\n        self.width = width' in after
    assert "def __init__(self, width, **kwargs):" in after


def test_existing_kw_parameter_is_reused_and_old_style_super_kept():
    before = src(
        """
        from tf_keras import layers


        class MyDense(layers.Layer):
            def __init__(self, units, *args, **kw):
                super(MyDense, self).__init__()
                self.units = units
        """
    )
    after = apply(FIXER, before, class_name="MyDense", argument="name").new_source
    assert "def __init__(self, units, *args, **kw):" in after
    assert "super(MyDense, self).__init__(**kw)" in after


def test_crlf_and_tabs():
    before = "import keras\r\nclass A(keras.layers.Layer):\r\n\tdef __init__(self, n):\r\n\t\tsuper().__init__()\r\n\t\tself.n = n\r\n"
    after = apply(FIXER, before, class_name="A").new_source
    assert after == (
        "import keras\r\nclass A(keras.layers.Layer):\r\n\tdef __init__(self, n, **kwargs):\r\n"
        "\t\tsuper().__init__(**kwargs)\r\n\t\tself.n = n\r\n"
    )


def test_declines():
    done = src(
        """
        import keras


        class A(keras.layers.Layer):
            def __init__(self, n, **kwargs):
                super().__init__(**kwargs)
        """
    )
    assert "already accepts and forwards" in decline(FIXER, done, class_name="A")
    assert "not an argument of the Keras base class" in decline(
        FIXER, done.replace("**kwargs", ""), class_name="A", argument="units"
    )
    clash = src(
        """
        import keras


        class A(keras.layers.Layer):
            def __init__(self, n):
                super().__init__(name="fixed")
        """
    )
    assert "pass it twice" in decline(FIXER, clash, class_name="A", argument="name")
    plain = "class A:\n    def __init__(self):\n        pass\n"
    assert "not a Keras Layer or Model" in decline(FIXER, plain, class_name="A")


def test_the_generic_python_entry_capture_names_the_class():
    """Keras 2.10-2.12 print the bare Python error; the generic entry captures `X.__init__`."""
    before = src(
        """
        import keras


        class Other(keras.layers.Layer):
            pass


        class MyDense(keras.layers.Layer):
            def __init__(self, units):
                super().__init__()
        """
    )
    after = apply(FIXER, before, function="MyDense.__init__", argument="name").new_source
    assert "def __init__(self, units, **kwargs):" in after
