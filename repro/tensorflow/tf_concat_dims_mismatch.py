# errfix-repro: expects=tensorflow/tf-concat-dimensions-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""tf.concat of tensors whose non-concat dimensions differ."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
a = tf.zeros((2, 3))
b = tf.zeros((3, 4))
print(tf.concat([a, b], axis=1))
