# errfix-repro: expects=tensorflow/keras-unknown-loss-metric-identifier
# errfix-repro: requires=tf_keras
"""tf-keras: a custom loss referred to by name at load time without custom_objects."""
import tf_keras as keras

loss = keras.losses.get("focal_loss")
