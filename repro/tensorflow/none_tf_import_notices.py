# errfix-repro: expects=none
# errfix-repro: requires=tensorflow
"""TensorFlow on a CPU-only machine: oneDNN, CPU-feature, CUDA-driver and cuInit notices, then a result."""
import tensorflow as tf

print("TensorFlow", tf.__version__, "GPUs:", tf.config.list_physical_devices("GPU"))
product = tf.matmul(tf.ones((2, 3)), tf.ones((3, 2)))
print("matmul ok:", product.numpy().tolist())
