# errfix-repro: expects=tensorflow/tf-op-dtype-mismatch
# errfix-repro: requires=tensorflow
"""TensorFlow: converting an int32 tensor while requesting float32."""
import tensorflow as tf

counts = tf.constant([1, 2, 3])
tf.convert_to_tensor(counts, dtype=tf.float32)
