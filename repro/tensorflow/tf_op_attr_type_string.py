# errfix-repro: expects=tensorflow/tf-op-attr-type-not-allowed
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""A string tensor (labels read as text) going into a numeric op."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
labels = tf.constant(["1", "0", "1"])
print(tf.nn.relu(labels))
