# errfix-repro: expects=tensorflow/tf-resource-exhausted-oom
# errfix-repro: requires=tensorflow
"""TensorFlow on CPU: a tensor far larger than memory (16 TB) - the allocator refuses it at once."""
import tensorflow as tf

tf.zeros((200_000, 200_000, 100))
