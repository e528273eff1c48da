# errfix-repro: expects=tensorflow/keras-model-from-newer-keras
# errfix-repro: requires=keras,tensorflow,h5py
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""An .h5 model whose config names a class the loading Keras does not have. Keras 3: a TF 2.4-2.15
functional model that used a raw tf op (saved as a 'TFOpLambda' layer). TF 1.x tf.keras: a model
saved by TF >= 2.4 (class 'Functional'). The file is made by writing those class names, as the
newer Keras writes them, into a model this Keras saved."""

import json
import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import h5py

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

inputs = keras.Input(shape=(3,))
outputs = keras.layers.Activation("relu")(keras.layers.Dense(2)(inputs))
keras.Model(inputs, outputs).save("model.h5")
with h5py.File("model.h5", "r+") as f:
    raw = f.attrs["model_config"]
    config = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
    if str(keras.__version__).startswith("3"):
        layer = config["config"]["layers"][-1]
        layer["class_name"] = "TFOpLambda"
        layer["config"] = {"name": "tf.nn.relu", "trainable": True, "dtype": "float32", "function": "nn.relu"}
    else:
        config["class_name"] = "Functional"
    f.attrs["model_config"] = json.dumps(config).encode("utf-8")
keras.models.load_model("model.h5")
