# errfix-repro: expects=tensorflow/keras-crossentropy-shapes-incompatible
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TensorFlow: one-hot labels built with too few classes (3) for 10 logits."""
import tensorflow as tf

logits = tf.zeros((4, 10))
labels = tf.one_hot([0, 2, 1, 2], depth=3)  # depth inferred from the training split
tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
