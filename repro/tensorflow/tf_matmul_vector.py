# errfix-repro: expects=tensorflow/tf-op-rank-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""tf.matmul of a matrix and a 1-D vector (NumPy's @ accepts it, tf.matmul does not)."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
weights = tf.ones((2, 3))
x = tf.ones((3,))
print(tf.matmul(weights, x))
