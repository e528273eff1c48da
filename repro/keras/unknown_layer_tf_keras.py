# errfix-repro: expects=tensorflow/keras-unknown-layer-not-registered
# errfix-repro: requires=tf_keras
"""tf-keras: loading a .keras file whose custom layer is neither registered nor in custom_objects."""


import tf_keras as keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return keras.backend.dot(x, self.w)

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config


model = keras.Sequential([keras.Input((4,)), MyDense(3)])
model.save("m.keras")
keras.models.load_model("m.keras")
