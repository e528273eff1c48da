# errfix-repro: expects=tensorflow/keras-crossentropy-shapes-incompatible
# errfix-repro: requires=tensorflow
"""TensorFlow: one-hot labels built with too few classes (3) for 10 logits."""
import tensorflow as tf

logits = tf.zeros((4, 10))
labels = tf.one_hot([0, 2, 1, 2], depth=3)  # depth inferred from the training split
tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
