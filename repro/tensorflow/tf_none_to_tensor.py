# errfix-repro: expects=tensorflow/tf-none-to-tensor
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""A helper that forgot to return its result feeds None into a TensorFlow op."""

import tensorflow as tf


def normalise(x):
    x / tf.reduce_max(x)  # the return is missing


features = normalise(tf.ones((2, 2)))
tf.nn.relu(features)
