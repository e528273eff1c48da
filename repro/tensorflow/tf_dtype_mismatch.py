# errfix-repro: expects=tensorflow/tf-op-dtype-mismatch
# errfix-repro: requires=tensorflow,numpy
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TensorFlow: float32 weights multiplied by a float64 tensor made from a NumPy array."""
import numpy as np
import tensorflow as tf

weights = tf.Variable(tf.ones((3, 2)))
batch = tf.constant(np.random.rand(4, 3))  # NumPy defaults to float64
tf.matmul(batch, weights)
