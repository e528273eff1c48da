# errfix-repro: expects=tensorflow/keras-model-not-built
# errfix-repro: requires=tf_keras
"""tf-keras: summary() of a subclassed model that was never called or built."""
import tf_keras as keras


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)


Net().summary()
