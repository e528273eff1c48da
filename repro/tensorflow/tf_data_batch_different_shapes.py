# errfix-repro: expects=tensorflow/tf-data-batch-different-shapes
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Batching variable-length elements with .batch() instead of .padded_batch()."""

import tensorflow as tf

ds = tf.data.Dataset.from_generator(
    lambda: iter([[1, 2, 3], [4, 5]]), output_signature=tf.TensorSpec(shape=(None,), dtype=tf.int32)
)
for batch in ds.batch(2):
    print(batch)
