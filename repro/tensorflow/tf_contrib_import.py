# errfix-repro: expects=tensorflow/tf-contrib-removed
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TF 2.x: importing a tf.contrib module."""
from tensorflow.contrib import rnn  # noqa: F401
