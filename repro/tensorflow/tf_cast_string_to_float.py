# errfix-repro: expects=tensorflow/tf-cast-string-to-number
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""Casting a string tensor (numbers read from CSV as text) with tf.cast."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
values = tf.constant(["1.5", "2.0"])
print(tf.cast(values, tf.float32))
