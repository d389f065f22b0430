#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a tiny ONNX model with a YOLO-shaped output for tst_dnndetector: input "images" [1, 3, 64, 64];
# a 64x64 convolution with zero weights whose biases are the wanted output, reshaped to
#   rows:  [1, N, 5+C]   cols: [1, 5+C, N]   bad: [1, 4, 4] (not a YOLO shape for 2 classes)
# so the output is known whatever the picture. Rows (input pixels; classes "person", "car"):
#   0: person at (16,16) 16x24, objectness 0.9, scores 0.9/0.1  -> 0.81
#   1: the same person shifted by 1 px, 0.8 x 0.9 = 0.72        -> removed by NMS
#   2: car at (48,40) 12x12, 0.9 x 0.8                          -> 0.72
#   3: weak: objectness 0.1                                      -> below the confidence
# Usage: make_yolo_onnx.py OUT.onnx rows|cols|bad
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out_path, layout = sys.argv[1], sys.argv[2]
rows = np.array([
    [16, 16, 16, 24, 0.9, 0.9, 0.1],
    [17, 16, 16, 24, 0.8, 0.9, 0.1],
    [48, 40, 12, 12, 0.9, 0.05, 0.8],
    [30, 30, 10, 10, 0.1, 0.9, 0.9],
], dtype=np.float32)
if layout == "rows":
    values, shape = rows.reshape(-1), [1, 4, 7]
elif layout == "cols":
    values, shape = rows.T.reshape(-1), [1, 7, 4]
elif layout == "bad":
    values, shape = np.arange(16, dtype=np.float32) / 16, [1, 4, 4]
else:
    sys.exit("layout: rows, cols or bad")
k = values.size
weights = numpy_helper.from_array(np.zeros((k, 3, 64, 64), dtype=np.float32), "W")
bias = numpy_helper.from_array(values.astype(np.float32), "B")
target = numpy_helper.from_array(np.array(shape, dtype=np.int64), "shape")
graph = helper.make_graph(
    [helper.make_node("Conv", ["images", "W", "B"], ["conv"], kernel_shape=[64, 64]),
     helper.make_node("Reshape", ["conv", "shape"], ["output"])],
    "tiny_yolo",
    [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, 64, 64])],
    [helper.make_tensor_value_info("output", TensorProto.FLOAT, shape)],
    [weights, bias, target])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)], producer_name="ioc-desk-tests")
onnx.checker.check_model(model)
onnx.save(model, out_path)
