# errfix-repro: expects=tensorflow/tf-op-dtype-mismatch
# errfix-repro: requires=tensorflow,numpy
"""TensorFlow: float32 weights multiplied by a float64 tensor made from a NumPy array."""
import numpy as np
import tensorflow as tf

weights = tf.Variable(tf.ones((3, 2)))
batch = tf.constant(np.random.rand(4, 3))  # NumPy defaults to float64
tf.matmul(batch, weights)
