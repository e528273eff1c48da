# errfix-repro: expects=tensorflow/tf-tensor-numpy-in-graph
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.8 tensorflow-cpu==2.4.4 numpy<1.20 protobuf<3.21
"""Calling .numpy() on a tensor inside a tf.function (graph mode)."""

import tensorflow as tf


@tf.function
def scale(x):
    factor = x.numpy().max()
    return x / factor


scale(tf.ones((2, 2)))
