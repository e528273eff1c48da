# errfix-repro: expects=tensorflow/tf-dimensions-must-be-equal
# errfix-repro: requires=tensorflow
"""TensorFlow eager: a hand-written loss subtracting (8, 3) labels from (8, 10) predictions."""
import tensorflow as tf

y_true = tf.ones((8, 3))
y_pred = tf.ones((8, 10))
tf.reduce_mean(tf.square(y_true - y_pred))
