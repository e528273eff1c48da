# errfix-repro: expects=tensorflow/keras-lambda-safe-mode
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: a model with a Lambda(lambda ...) layer saved to .keras and loaded with the default safe_mode."""
import keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Lambda(lambda x: x * 2.0)])
model.save("with_lambda.keras")
keras.models.load_model("with_lambda.keras")
