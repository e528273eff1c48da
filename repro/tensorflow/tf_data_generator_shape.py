# errfix-repro: expects=tensorflow/tf-data-generator-yield-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""from_generator whose generator yields a shape other than the declared one."""

import tensorflow as tf


def gen():
    yield [1.0, 2.0, 3.0]


ds = tf.data.Dataset.from_generator(gen, output_signature=tf.TensorSpec(shape=(2,), dtype=tf.float32))
for item in ds:
    print(item)
