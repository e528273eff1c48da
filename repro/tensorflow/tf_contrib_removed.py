# errfix-repro: expects=tensorflow/tf-contrib-removed
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TF 2.x: TF 1.x code using tf.contrib."""
import tensorflow as tf

initializer = tf.contrib.layers.xavier_initializer()
