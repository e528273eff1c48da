# errfix-repro: expects=tensorflow/tf-symbolic-tensor-to-numpy
# errfix-repro: requires=tensorflow,numpy
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TensorFlow: a NumPy function called on a graph tensor inside tf.function (as in a custom loss)."""
import numpy as np
import tensorflow as tf


@tf.function
def clipped_mean(values):
    return np.mean(np.clip(values, 0.0, 1.0))


clipped_mean(tf.constant([0.2, 1.5, -0.3]))
