# errfix-repro: expects=tensorflow/keras-set-weights-count-mismatch
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""set_weights with only the kernel (bias forgotten) - e.g. copying weights layer by layer."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(2, input_shape=(3,))])
model.layers[0].set_weights([np.zeros((3, 2))])
