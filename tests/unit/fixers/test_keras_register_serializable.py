"""keras-register-serializable: the decorator in the file's own Keras dialect."""

from __future__ import annotations

from .test_keras_common import apply, decline, src

FIXER = "keras-register-serializable"


def test_keras_3_file_gets_keras_saving_with_the_module_as_package():
    before = src(
        """
        import keras


        class MyDense(keras.layers.Layer):
            pass
        """
    )
    fix = apply(FIXER, before, path="/proj/models/blocks.py", class_name="MyDense")
    assert fix.new_source == before.replace(
        "class MyDense",
        '@keras.saving.register_keras_serializable(package="blocks")\nclass MyDense',
    )
    assert "Re-save the model" in fix.note


def test_tf_keras_dialects_use_utils():
    tf_file = "import tensorflow as tf\n\n\nclass A(tf.keras.layers.Layer):\n    pass\n"
    after = apply(FIXER, tf_file, class_name="A").new_source
    assert '@tf.keras.utils.register_keras_serializable(package="custom")\nclass A' in after
    tfk = "import tf_keras as keras\n\n\nclass A(keras.layers.Layer):\n    pass\n"
    assert "@keras.utils.register_keras_serializable(" in apply(FIXER, tfk, class_name="A").new_source


def test_goes_above_existing_decorators_and_keeps_nested_indentation():
    before = src(
        """
        from keras import layers


        def factory():
            @some_decorator
            class Inner(layers.Layer):
                pass
            return Inner
        """
    )
    after = apply(FIXER, before, path="f.py", class_name="Inner").new_source
    assert (
        'import keras\n\n\ndef factory():\n    @keras.saving.register_keras_serializable(package="f")\n'
        "    @some_decorator\n    class Inner" in after
    )


def test_a_function_named_by_the_error_is_registered():
    before = "import keras\n\n\ndef scaled(t):\n    return t * 2\n"
    after = apply(FIXER, before, function="scaled").new_source
    assert after.endswith(
        '@keras.saving.register_keras_serializable(package="custom")\ndef scaled(t):\n    return t * 2\n'
    )


def test_declines():
    done = src(
        """
        import keras


        @keras.saving.register_keras_serializable()
        class A(keras.layers.Layer):
            pass
        """
    )
    assert "already registered" in decline(FIXER, done, class_name="A")
    assert "not defined in this file" in decline(FIXER, done, class_name="B")
    assert "not a Keras" in decline(FIXER, "class A:\n    pass\n", class_name="A")
