# errfix-repro: expects=tensorflow/tf-dimensions-must-be-equal
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TensorFlow eager: matmul of [2, 3] by [4, 2]."""
import tensorflow as tf

tf.matmul(tf.ones((2, 3)), tf.ones((4, 2)))
