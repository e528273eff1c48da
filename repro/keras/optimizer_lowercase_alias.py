# errfix-repro: expects=tensorflow/keras-optimizer-lowercase-import
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Old Keras code importing the lowercase optimizer aliases (adam, sgd) removed in Keras 2.6+."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
from keras.optimizers import adam  # noqa: E402,F401
