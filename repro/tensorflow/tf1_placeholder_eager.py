# errfix-repro: expects=tensorflow/tf1-placeholder-eager-execution
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TF1 code ported with tf.compat.v1 but eager execution left on."""

import tensorflow as tf

x = tf.compat.v1.placeholder(tf.float32, shape=(None, 3))
