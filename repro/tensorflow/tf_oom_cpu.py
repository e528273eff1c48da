# errfix-repro: expects=tensorflow/tf-resource-exhausted-oom
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TensorFlow on CPU: a tensor far larger than memory (16 TB) - the allocator refuses it at once."""
import tensorflow as tf

tf.zeros((200_000, 200_000, 100))
