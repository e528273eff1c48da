# errfix-repro: expects=tensorflow/keras3-tf-keras-layer-mixing
# errfix-repro: requires=keras,tf_keras
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""A Keras 3 layer added to a tf-keras Sequential (e.g. TF_USE_LEGACY_KERAS=1 plus `import keras`)."""
import keras
import tf_keras

model = tf_keras.Sequential([tf_keras.Input((4,)), keras.layers.Dense(2)])
