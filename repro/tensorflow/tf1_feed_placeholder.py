# errfix-repro: expects=tensorflow/tf1-must-feed-placeholder
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TF1 graph: running an op that depends on a placeholder without feeding it."""

import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()
x = tf1.placeholder(tf.float32, shape=(None, 3), name="x")
y = tf.reduce_sum(x * 2.0)
with tf1.Session() as sess:
    sess.run(y)
