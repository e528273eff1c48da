# errfix-repro: expects=tensorflow/tf-dimensions-must-be-equal
# errfix-repro: requires=tensorflow
"""TensorFlow eager: matmul of [2, 3] by [4, 2]."""
import tensorflow as tf

tf.matmul(tf.ones((2, 3)), tf.ones((4, 2)))
