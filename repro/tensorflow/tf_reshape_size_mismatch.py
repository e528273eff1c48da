# errfix-repro: expects=tensorflow/tf-reshape-size-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""tf.reshape to a shape whose element count differs from the tensor's."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
x = tf.zeros((4, 3))
print(tf.reshape(x, (4, 2)))
