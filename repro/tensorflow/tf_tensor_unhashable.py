# errfix-repro: expects=tensorflow/tf-tensor-unhashable
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Using an eager tensor as a dict key / set member."""

import tensorflow as tf

seen = {tf.constant(1): "one"}
