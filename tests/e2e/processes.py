# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Processes and HTTP for the end-to-end tests and the benchmarks that share their pieces:
waiting on a condition, stopping a process, a local server on a free port. Imports no ROS, so
that scripts/bench/ can use it (through tests/e2e/dying_callers.py) before choosing the RMW of
the processes it starts."""

import json
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def wait_until(predicate, timeout, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def stop_process(process, sig=signal.SIGINT, timeout=15.0):
    """Signals the process and returns its exit code (kills it if it does not stop in time)."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
            return "did not stop within %.0f s" % timeout
    return process.returncode


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_json(url, body=None, timeout=5):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def server_up(url):
    try:
        http_json(f"{url}/v1/models", timeout=1)
        return True
    except OSError:
        return False


class Server:
    """A server process on 127.0.0.1 that can be killed and started again on the same port."""

    def __init__(self, command_for_port, log_path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = command_for_port(self.port)
        self.log_path = log_path
        self.process = None

    def start(self, timeout=30):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT)
        assert wait_until(
            lambda: server_up(self.url) or self.process.poll() is not None, timeout, 0.1
        )
        assert (
            self.process.poll() is None
        ), f"server exited; log:\n{Path(self.log_path).read_text()}"

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
