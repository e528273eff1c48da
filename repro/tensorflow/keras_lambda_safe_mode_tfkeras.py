# errfix-repro: expects=tensorflow/keras-lambda-safe-mode
# errfix-repro: requires=tf_keras
"""tf-keras: a Lambda(lambda ...) layer in a .keras file loaded with the default safe_mode."""
import tf_keras as keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Lambda(lambda x: x * 2.0)])
model.save("with_lambda.keras")
keras.models.load_model("with_lambda.keras")
