# errfix-repro: expects=tensorflow/keras-optimizer-removed-argument
# errfix-repro: requires=tf_keras
"""tf-keras (the 'new' optimizers of TF 2.11+): SGD created with the old `decay` argument."""
import tf_keras as keras

optimizer = keras.optimizers.SGD(learning_rate=0.01, decay=1e-6, momentum=0.9)
