# errfix-repro: expects=tensorflow/tf-op-dtype-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TensorFlow in tf.function: int32 labels multiplied by float32 predictions in a custom loss."""
import tensorflow as tf


@tf.function
def weighted_error(labels, predictions):
    return tf.reduce_mean(labels * predictions)


weighted_error(tf.constant([1, 0, 1]), tf.constant([0.2, 0.7, 0.9]))
