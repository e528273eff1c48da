# errfix-repro: expects=tensorflow/tf-dimensions-must-be-equal
# errfix-repro: requires=tensorflow
"""TensorFlow: inside tf.function, matmul of [batch, 3] by a [4, 2] weight matrix."""
import tensorflow as tf


@tf.function
def project(features, weights):
    return tf.matmul(features, weights)


project(tf.ones((2, 3)), tf.ones((4, 2)))
