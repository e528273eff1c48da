# errfix-repro: expects=tensorflow/tf1-variable-already-exists
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TF1 graph: building the same variable scope twice without reuse (e.g. re-running a notebook cell)."""

import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()


def dense(x):
    with tf1.variable_scope("dense"):
        w = tf1.get_variable("kernel", shape=(3, 2))
        return tf.matmul(x, w)


x = tf1.placeholder(tf.float32, shape=(None, 3))
dense(x)
dense(x)
