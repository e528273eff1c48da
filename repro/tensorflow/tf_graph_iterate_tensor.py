# errfix-repro: expects=tensorflow/tf-operator-not-allowed-in-graph
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.8 tensorflow-cpu==2.4.4 numpy<1.20 protobuf<3.21
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""A Python for-loop over a symbolic tensor inside a graph function (AutoGraph off)."""

import tensorflow as tf


@tf.function(autograph=False)
def total(x):
    out = 0.0
    for row in x:
        out += row
    return out


total(tf.ones((3, 2)))
