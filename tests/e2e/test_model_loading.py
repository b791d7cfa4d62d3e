# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""The node's model-loading parameters end to end: the int8 cache (`quantized_cache`, `cache_dir`)
and partial offload (`gpu_layers`), on the bundled tiny checkpoint and the CPU (a "split" there
runs the same code as a GPU/CPU split). What the node did is read from its Model status on
/diagnostics, as an operator would in rqt.
"""

import threading

from diagnostic_msgs.msg import DiagnosticArray

from conftest import REPO, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"


def model_status(ros_client, name, log_path, process):
    """The node's Model status values once it says ready (fails with the log otherwise)."""
    latest = {}
    lock = threading.Lock()

    def on_array(array):
        for status in array.status:
            if status.name == f"{name}: Model":
                with lock:
                    latest.update({kv.key: kv.value for kv in status.values})

    subscription = ros_client.node.create_subscription(
        DiagnosticArray, "/diagnostics", on_array, 10
    )
    try:
        ready = wait_until(
            lambda: latest.get("state") in ("ready", "unavailable") or process.poll() is not None,
            30,
        )
    finally:
        ros_client.node.destroy_subscription(subscription)
    log = log_path.read_text(errors="replace")
    assert ready and latest.get("state") == "ready", f"status {latest}; log:\n{log}"
    with lock:
        return dict(latest)


def run_node(ros_client, tmp_path, name, *params):
    log_path = tmp_path / f"{name}.log"
    process = start_node(
        "-p", f"model_path:={TINY}", "-p", "device:=cpu", "-p", "diagnostics_period:=0.3",
        *params, name=name, log_path=log_path,
    )
    try:
        return model_status(ros_client, name, log_path, process), log_path.read_text(
            errors="replace"
        )
    finally:
        assert stop_process(process) == 0, log_path.read_text(errors="replace")


def test_int8_cache_is_written_once_then_read(ros_client, tmp_path):
    cache = tmp_path / "cache"
    params = ("-p", "quantization:=int8", "-p", f"cache_dir:={cache}")
    first, first_log = run_node(ros_client, tmp_path, "robobrain_cache_first", *params)
    assert "written" in first["int8 cache"], first
    # Loading reports its progress (the Model status carries it while loading; the log every
    # 10%): converting and quantizing to the last byte, then writing the cache.
    assert "loading weights 100%" in first_log, first_log
    assert "writing the int8 cache" in first_log, first_log
    assert list(cache.glob("*.gguf")), "no cache file in cache_dir"
    second, log = run_node(ros_client, tmp_path, "robobrain_cache_second", *params)
    assert "read from the int8 cache" in second["int8 cache"], second
    assert second["weight bytes"] == first["weight bytes"]
    assert "read from the int8 cache" in log
    assert "reading the int8 cache 100%" in log, log


def test_int8_cache_can_be_turned_off(ros_client, tmp_path):
    cache = tmp_path / "cache"
    status, _ = run_node(
        ros_client, tmp_path, "robobrain_cache_off",
        "-p", "quantization:=int8", "-p", f"cache_dir:={cache}", "-p", "quantized_cache:=false",
    )
    assert status["int8 cache"] == "int8 cache not used", status
    assert not cache.exists() or not list(cache.iterdir())


def test_gpu_layers_splits_the_decoder(ros_client, tmp_path):
    status, log = run_node(
        ros_client, tmp_path, "robobrain_split", "-p", "quantization:=f32", "-p", "gpu_layers:=1",
    )
    assert status["placement"].startswith("first 1 of 3 decoder layers"), status
    whole, _ = run_node(ros_client, tmp_path, "robobrain_whole", "-p", "quantization:=f32")
    assert whole["placement"].startswith("all 3 decoder layers"), whole
    # Only the device part counts as the node's weights; the rest is on the CPU side.
    assert int(status["weight bytes"]) < int(whole["weight bytes"])
    assert "the rest on the CPU" in log


def test_gpu_layers_beyond_the_model_is_a_clear_error(ros_client, tmp_path):
    name = "robobrain_split_too_many"
    log_path = tmp_path / f"{name}.log"
    process = start_node(
        "-p", f"model_path:={TINY}", "-p", "device:=cpu", "-p", "quantization:=f32",
        "-p", "gpu_layers:=9", "-p", "diagnostics_period:=0.3", name=name, log_path=log_path,
    )
    try:
        refused = wait_until(
            lambda: "model unavailable" in log_path.read_text(errors="replace"), 30
        )
        log = log_path.read_text(errors="replace")
        assert refused, log
        assert "gpu_layers 9" in log and "3 decoder layers" in log, log
        assert process.poll() is None, "the node must keep running without a model"
    finally:
        assert stop_process(process) == 0, log_path.read_text(errors="replace")
