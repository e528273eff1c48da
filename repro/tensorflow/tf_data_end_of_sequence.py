# errfix-repro: expects=tensorflow/tf-data-end-of-sequence
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Asking a finished tf.data iterator for another element with get_next()."""

import tensorflow as tf

it = iter(tf.data.Dataset.range(2))
for _ in range(3):
    it.get_next()
