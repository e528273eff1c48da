# errfix-repro: expects=tensorflow/keras-save-unbuilt-subclassed-model
# errfix-repro: requires=tf_keras
"""tf-keras: a subclassed Model saved as SavedModel before it was ever called or built."""
import tf_keras as keras


class Regressor(keras.Model):
    def __init__(self):
        super().__init__()
        self.out = keras.layers.Dense(1)

    def call(self, x):
        return self.out(x)


Regressor().save("regressor_savedmodel", save_format="tf")
