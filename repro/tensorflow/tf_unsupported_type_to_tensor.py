# errfix-repro: expects=tensorflow/tf-unsupported-type-to-tensor
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""A Python set (or dict view / generator) handed to a TensorFlow op."""

import tensorflow as tf

labels = {"cat", "dog"}
tf.constant(labels)
