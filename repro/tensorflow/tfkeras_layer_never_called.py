# errfix-repro: expects=tensorflow/keras-layer-never-called
# errfix-repro: requires=tf_keras
"""tf-keras: reading .input_shape of a layer that was never called."""
import tf_keras as keras

encoder = keras.layers.Dense(8)
print(encoder.input_shape)
