# errfix-repro: expects=tensorflow/tflite-set-tensor-mismatch
# errfix-repro: requires=tensorflow
"""TFLite interpreter fed an input whose shape differs from the converted model's (no resize_tensor_input)."""

import numpy as np
import tensorflow as tf


@tf.function(input_signature=[tf.TensorSpec([1, 3], tf.float32)])
def model(x):
    return tf.reduce_sum(x * 2.0, axis=1)


converter = tf.lite.TFLiteConverter.from_concrete_functions([model.get_concrete_function()], model)
interpreter = tf.lite.Interpreter(model_content=converter.convert())
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], np.zeros((1, 4), np.float32))
