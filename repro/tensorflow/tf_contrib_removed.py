# errfix-repro: expects=tensorflow/tf-contrib-removed
# errfix-repro: requires=tensorflow
"""TF 2.x: TF 1.x code using tf.contrib."""
import tensorflow as tf

initializer = tf.contrib.layers.xavier_initializer()
