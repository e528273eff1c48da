# errfix-repro: expects=tensorflow/tf-contrib-removed
# errfix-repro: requires=tensorflow
"""TF 2.x: importing a tf.contrib module."""
from tensorflow.contrib import rnn  # noqa: F401
