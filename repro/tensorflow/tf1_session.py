# errfix-repro: expects=tensorflow/tf1-api-removed-in-tf2
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TF 2.x: TF 1.x graph code using tf.placeholder / tf.Session."""
import tensorflow as tf

x = tf.placeholder(tf.float32, shape=(None, 3))
with tf.Session() as sess:
    print(sess.run(x, feed_dict={x: [[1.0, 2.0, 3.0]]}))
