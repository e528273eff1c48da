# errfix-repro: expects=tensorflow/tf-tensor-item-assignment
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.8 tensorflow-cpu==2.4.4 numpy<1.20 protobuf<3.21
"""NumPy-style in-place assignment into a tf.Tensor."""

import tensorflow as tf

x = tf.zeros((3,))
x[0] = 1.0
