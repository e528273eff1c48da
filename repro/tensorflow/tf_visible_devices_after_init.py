# errfix-repro: expects=tensorflow/tf-devices-modified-after-init
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Configuring devices after TensorFlow has already created its runtime (an op ran first)."""

import tensorflow as tf

tf.constant(1.0) + 1.0
cpus = tf.config.list_physical_devices("CPU")
tf.config.set_visible_devices(cpus, "CPU")
tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration()])
