# errfix-repro: expects=tensorflow/keras-load-model-file-not-found
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""tf.saved_model.load on a directory without saved_model.pb (wrong path, or the export never ran)."""

import tensorflow as tf

tf.saved_model.load("exported_model")
