# errfix-repro: expects=tensorflow/keras-init-unexpected-kwarg
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""A custom layer whose __init__ has no **kwargs, saved and loaded with custom_objects (the loader
passes name/trainable/dtype from the base config)."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):
    from tensorflow import keras


class Scale(keras.layers.Layer):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        config = super().get_config()
        config.update({"factor": self.factor})
        return config


inputs = keras.Input(shape=(3,))
keras.Model(inputs, Scale(2.0)(inputs)).save("model.h5")
keras.models.load_model("model.h5", custom_objects={"Scale": Scale})
