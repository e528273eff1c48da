# errfix-repro: expects=tensorflow/tf1-session-graph-empty
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TF2 eager tensors passed to a compat.v1 Session: the session's graph has no operations."""

import tensorflow as tf

x = tf.constant([1.0, 2.0])
y = x * 2.0
with tf.compat.v1.Session() as sess:
    sess.run(y)
