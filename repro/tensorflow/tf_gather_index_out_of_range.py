# errfix-repro: expects=tensorflow/tf-gather-index-out-of-range
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""An index at or beyond the table size (the Embedding vocabulary-size case) on CPU."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
table = tf.zeros((10, 4))
print(tf.gather(table, [[1, 12]]))
