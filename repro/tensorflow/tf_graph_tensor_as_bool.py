# errfix-repro: expects=tensorflow/tf-operator-not-allowed-in-graph
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""A Python `if` on a symbolic tensor inside a graph function (AutoGraph off)."""

import tensorflow as tf


@tf.function(autograph=False)
def relu_if(x):
    if tf.reduce_sum(x) > 0:
        return x
    return -x


relu_if(tf.ones((2,)))
