# errfix-repro: expects=tensorflow/tf-op-dtype-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TensorFlow: converting an int32 tensor while requesting float32."""
import tensorflow as tf

counts = tf.constant([1, 2, 3])
tf.convert_to_tensor(counts, dtype=tf.float32)
