# errfix-repro: expects=none
# errfix-repro: requires=tf_keras,numpy
"""tf-keras: legacy-HDF5, `lr`, fit_generator and missing-gradient warnings; everything succeeds."""
import numpy as np
import tf_keras as keras


def batches():
    while True:
        yield np.zeros((4, 3), dtype="float32"), np.zeros((4, 1), dtype="float32")


inputs = keras.Input((3,))
used = keras.layers.Dense(1, name="used")(inputs)
unused = keras.layers.Dense(1, name="unused")(inputs)
model = keras.Model(inputs, [used, unused])
model.compile(optimizer=keras.optimizers.Adam(lr=1e-3), loss=["mse", None])
model.fit_generator(batches(), steps_per_epoch=2, epochs=1, verbose=2)
model.save("model.h5")
reloaded = keras.models.load_model("model.h5")
print("reloaded outputs:", len(reloaded.outputs))
