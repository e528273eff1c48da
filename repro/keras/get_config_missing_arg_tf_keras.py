# errfix-repro: expects=tensorflow/keras-get-config-missing-init-arg
# errfix-repro: requires=tf_keras
"""tf-keras: get_config leaves out a required __init__ argument; loading cannot rebuild the layer."""


import tf_keras as keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return self.activation(keras.backend.dot(x, self.w))

    def get_config(self):
        config = super().get_config()
        config.update({"activation": keras.activations.serialize(self.activation)})
        return config


model = keras.Sequential([keras.Input((4,)), MyDense(3)])
model.save("m.keras")
keras.models.load_model("m.keras", custom_objects={"MyDense": MyDense})
