# errfix-repro: expects=tensorflow/tf-dimensions-must-be-equal
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TensorFlow eager: a hand-written loss subtracting (8, 3) labels from (8, 10) predictions."""
import tensorflow as tf

y_true = tf.ones((8, 3))
y_pred = tf.ones((8, 10))
tf.reduce_mean(tf.square(y_true - y_pred))
