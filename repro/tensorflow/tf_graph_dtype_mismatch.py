# errfix-repro: expects=tensorflow/tf-op-dtype-mismatch
# errfix-repro: requires=tensorflow
"""TensorFlow in tf.function: int32 labels multiplied by float32 predictions in a custom loss."""
import tensorflow as tf


@tf.function
def weighted_error(labels, predictions):
    return tf.reduce_mean(labels * predictions)


weighted_error(tf.constant([1, 0, 1]), tf.constant([0.2, 0.7, 0.9]))
