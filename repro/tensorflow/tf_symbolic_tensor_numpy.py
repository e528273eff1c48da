# errfix-repro: expects=tensorflow/tf-symbolic-tensor-to-numpy
# errfix-repro: requires=tensorflow,numpy
"""TensorFlow: a NumPy function called on a graph tensor inside tf.function (as in a custom loss)."""
import numpy as np
import tensorflow as tf


@tf.function
def clipped_mean(values):
    return np.mean(np.clip(values, 0.0, 1.0))


clipped_mean(tf.constant([0.2, 1.5, -0.3]))
