"""keras-custom-objects: the failing load_model call gets the class it needs."""

from __future__ import annotations

from .test_keras_common import apply, decline, src

FIXER = "keras-custom-objects"

BASE = src(
    """
    import keras
    from layers import MyDense

    model = keras.models.load_model("m.keras")
    other = keras.saving.load_model('o.keras', compile=False)
    """
)


def test_adds_custom_objects_to_the_call_on_the_line():
    after = apply(FIXER, BASE, line=4, class_name="MyDense").new_source
    assert 'keras.models.load_model("m.keras", custom_objects={"MyDense": MyDense})' in after
    assert "load_model('o.keras', compile=False)\n" in after  # the other call is untouched


def test_adds_to_an_existing_dict_and_keeps_multiline_calls():
    before = src(
        """
        import tensorflow as tf


        class Scale(tf.keras.layers.Layer):
            pass


        model = tf.keras.models.load_model(
            "m.keras",
            custom_objects={"Other": object},
        )
        """
    )
    after = apply(FIXER, before, line=9, class_name="Scale").new_source
    assert 'custom_objects={"Other": object, "Scale": Scale},' in after


def test_without_a_name_every_keras_class_of_the_file_is_passed():
    before = src(
        """
        import keras


        class A(keras.layers.Layer):
            pass


        class B(A):
            pass


        m = keras.models.load_model("m.keras")
        """
    )
    after = apply(FIXER, before, line=12).new_source
    assert 'load_model("m.keras", custom_objects={"A": A, "B": B})' in after


def test_declines():
    assert "neither defined nor imported" in decline(FIXER, BASE, line=4, class_name="Nope")
    assert "no load_model call" in decline(FIXER, "import keras\n", line=1, class_name="A")
    two = BASE.replace("compile=False", "compile=False, custom_objects=OBJECTS")
    assert "not a dict literal" in decline(FIXER, two, line=5, class_name="MyDense")
    assert "several load_model calls" in decline(FIXER, BASE, line=1, class_name="MyDense")
