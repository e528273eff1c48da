# errfix-repro: expects=tensorflow/tf1-uninitialized-variable
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TF1 graph: reading a variable before running the initializer."""

import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()
w = tf1.Variable(tf.ones((2, 2)), name="w")
y = tf.reduce_sum(w)
with tf1.Session() as sess:
    sess.run(y)
