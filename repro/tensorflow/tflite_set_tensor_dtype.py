# errfix-repro: expects=tensorflow/tflite-set-tensor-mismatch
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""TFLite interpreter fed a float64 NumPy array (np.zeros/np.array default) for a float32 input."""

import numpy as np
import tensorflow as tf


@tf.function(input_signature=[tf.TensorSpec([1, 3], tf.float32)])
def model(x):
    return tf.reduce_sum(x * 2.0, axis=1)


converter = tf.lite.TFLiteConverter.from_concrete_functions([model.get_concrete_function()], model)
interpreter = tf.lite.Interpreter(model_content=converter.convert())
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], np.zeros((1, 3)))
