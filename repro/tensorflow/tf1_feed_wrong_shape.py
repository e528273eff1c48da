# errfix-repro: expects=tensorflow/tf1-cannot-feed-value-shape
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TF1 graph: feeding a batch whose feature count differs from the placeholder's shape."""

import numpy as np
import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()
x = tf1.placeholder(tf.float32, shape=(None, 4), name="x")
y = tf.reduce_sum(x)
with tf1.Session() as sess:
    sess.run(y, feed_dict={x: np.zeros((32, 3))})
