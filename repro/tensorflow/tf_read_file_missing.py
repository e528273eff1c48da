# errfix-repro: expects=tensorflow/tf-io-file-not-found
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""tf.io.read_file on a path relative to a different working directory."""

import tensorflow as tf

print(tf.io.read_file("data/train/cat.001.jpg"))
