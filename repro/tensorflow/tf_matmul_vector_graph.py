# errfix-repro: expects=tensorflow/tf-op-rank-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""The same rank mistake inside a tf.function: caught at trace time with the graph wording."""

import tensorflow as tf


@tf.function
def project(a, b):
    return tf.matmul(a, b)


project(tf.ones((2, 3)), tf.ones((3,)))
