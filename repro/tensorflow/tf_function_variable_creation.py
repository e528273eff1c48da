# errfix-repro: expects=tensorflow/tf-function-variable-created-on-non-first-call
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.8 tensorflow-cpu==2.4.4 numpy<1.20 protobuf<3.21
"""A tf.Variable created on every call of a tf.function."""

import tensorflow as tf


@tf.function
def step(x):
    v = tf.Variable(1.0)
    return x * v


step(tf.constant(1.0))
step(tf.constant(2.0))
