#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""A scripted OpenAI-compatible chat server for the remote backend's tests, on 127.0.0.1.

It stands in for a VLM where the test needs to know what the "model" answers: in mode `center` it
answers each spatial task with the centre (points) or the whole frame (boxes) OF THE IMAGE IT
RECEIVED, as Qwen2.5-VL answers in the pixels it saw, so the node's mapping back to the camera
frame can be checked exactly. Other modes script what real servers do when things go wrong:
`slow` (a long stream, for cancel and for a kill mid-query), `hang` (headers, then nothing),
`status` (an HTTP error with an OpenAI error body), `garbage` (a body that is not the schema),
`broken` (the stream stops without a finish), and `scripted` answers the text the test set as
`answer` (a RoboBrain 2.5 answer on its 0-1000 grid, say). Hostile modes, for the node's bounds:
`flood` (`flood_pieces` pieces of `piece_bytes` characters each: 50,000 x 1,000 = 50 MB by
default), `longline` (one `data:` line of `line_bytes` bytes, 50 MB by default), `drip` (one
token every `drip_interval` seconds, never finishing); in these and in `hang` the server notes
when the node closes the connection (`disconnected`, and `bytes_sent` for what it had sent).
`factor` is the served model's pixels per image token side (28 for RoboBrain 2.0, 32 for 2.5),
for the prompt tokens it reports. Apart from the mode, `drops: N` closes the connection
of the next N chat requests without a word, as a server does that drops a kept-alive connection
while a request is on its way. The test sets the mode with POST /control and reads
what the server saw with GET /seen.

    python fake_openai_server.py PORT MODEL
"""

import base64
import io
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image

STATE = {
    "mode": "center",
    "status": 500,
    "drops": 0,
    "seen": [],
    "disconnected": 0,
    "tokens_sent": 0,
    "answer": "",
    "factor": 28,
    "flood_pieces": 50_000,
    "piece_bytes": 1000,
    "line_bytes": 50_000_000,
    "drip_interval": 0.2,
    "bytes_sent": 0,
}
# How long a hostile answer goes on at most when the node never closes the connection.
HOSTILE_SECONDS = 60
LOCK = threading.Lock()
MODEL = "fake"


def image_sizes(body):
    sizes = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, list):
            for part in content:
                if part.get("type") == "image_url":
                    payload = part["image_url"]["url"].split(";base64,", 1)[1]
                    sizes.append(Image.open(io.BytesIO(base64.b64decode(payload))).size)
    return sizes


def user_text(body):
    for message in body.get("messages", []):
        if message.get("role") == "user":
            for part in message["content"]:
                if part.get("type") == "text":
                    return part["text"]
    return ""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code, payload, content_type="application/json"):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/v1/models":
            self.reply(200, {"object": "list", "data": [{"id": MODEL, "object": "model"}]})
        elif self.path == "/seen":
            with LOCK:
                keys = ("seen", "disconnected", "tokens_sent", "bytes_sent")
                self.reply(200, {k: STATE[k] for k in keys})
        else:
            self.reply(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path == "/control":
            with LOCK:
                STATE.update(body)
            return self.reply(200, {"ok": True})
        if self.path != "/v1/chat/completions":
            return self.reply(404, {"error": {"message": f"no route {self.path}"}})
        sizes = image_sizes(body)
        with LOCK:
            mode, status, scripted, factor = (
                STATE["mode"],
                STATE["status"],
                STATE["answer"],
                STATE["factor"],
            )
            STATE["seen"].append(
                {
                    "sizes": sizes,
                    "model": body.get("model"),
                    "text": user_text(body),
                    "first_role": body["messages"][0]["role"],
                    "last_role": body["messages"][-1]["role"],
                    "last_content": (
                        body["messages"][-1]["content"]
                        if isinstance(body["messages"][-1]["content"], str)
                        else ""
                    ),
                    "continue_final_message": body.get("continue_final_message"),
                    "auth": self.headers.get("Authorization", ""),
                }
            )
            dropped = STATE["drops"] > 0
            STATE["drops"] -= dropped
        if dropped:
            self.close_connection = True
            return
        if body.get("model") != MODEL:
            return self.reply(
                404, {"error": {"message": f"The model `{body.get('model')}` does not exist."}}
            )
        if mode == "status":
            return self.reply(
                status, {"error": {"message": f"scripted failure {status}", "type": "test"}}
            )
        if mode == "garbage":
            return self.reply(200, b"<html>a proxy's login page</html>", "text/html")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if mode == "hang":
            self.wait_for_close(HOSTILE_SECONDS)
            return
        if mode in ("flood", "longline", "drip"):
            return self.hostile(mode, body)
        width, height = sizes[0] if sizes else (0, 0)
        text = user_text(body)
        if mode == "scripted":
            answer = scripted
        elif "bounding box" in text or "affordance" in text.lower():
            answer = f"[0, 0, {width}, {height}]"
        else:
            answer = f"[({width // 2}, {height // 2})]"
        prefix = (
            body["messages"][-1]["content"] if body["messages"][-1]["role"] == "assistant" else ""
        )
        if prefix == "<think>":
            answer = f"centre of the image</think><answer>{answer}</answer>"
        pieces = [answer[i:i + 3] for i in range(0, len(answer), 3)]
        if mode in ("slow", "broken"):
            pieces = ["tick "] * int(body.get("max_tokens", 16))
        try:
            for n, piece in enumerate(pieces):
                if mode == "broken" and n == 3:
                    self.wfile.flush()
                    self.close_connection = True
                    return
                chunk = {
                    "model": MODEL,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
                with LOCK:
                    STATE["tokens_sent"] += 1
                if mode == "slow":
                    time.sleep(0.05)
            done = {
                "model": MODEL,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            usage = {
                "model": MODEL,
                "choices": [],
                "usage": {
                    "prompt_tokens": 50 + sum((w // factor) * (h // factor) + 2 for w, h in sizes),
                    "completion_tokens": len(pieces),
                },
            }
            self.wfile.write(
                (
                    f"data: {json.dumps(done)}\n\n"
                    f"data: {json.dumps(usage)}\n\n"
                    "data: [DONE]\n\n"
                ).encode()
            )
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            with LOCK:
                STATE["disconnected"] += 1
        self.close_connection = True

    def wait_for_close(self, seconds):
        """Sends nothing; returns when the peer closes the connection (counted) or after
        `seconds`."""
        self.connection.settimeout(0.05)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.connection.recv(65536) == b"":
                    break
            except TimeoutError:
                continue
            except OSError:
                break
        else:
            return
        with LOCK:
            STATE["disconnected"] += 1

    def hostile(self, mode, body):
        """Writes the mode's stream until it is done or the peer closes the connection."""
        with LOCK:
            pieces, piece_bytes = STATE["flood_pieces"], STATE["piece_bytes"]
            line_bytes, interval = STATE["line_bytes"], STATE["drip_interval"]
        if mode == "flood":
            chunk = text_chunk("x" * piece_bytes)
            writes = (f"data: {json.dumps(chunk)}\n\n".encode() for _ in range(pieces))
        elif mode == "longline":
            block = b"y" * 65536
            head = b'data: {"choices": [{"index": 0, "delta": {"content": "'
            writes = (head if n == 0 else block[: min(65536, line_bytes - (n - 1) * 65536)]
                      for n in range(1 + (line_bytes + 65535) // 65536))
        else:
            chunk = text_chunk("drip ")
            deadline = time.monotonic() + HOSTILE_SECONDS

            def drip():
                while time.monotonic() < deadline:
                    yield f"data: {json.dumps(chunk)}\n\n".encode()
                    time.sleep(interval)
            writes = drip()
        try:
            for data in writes:
                self.wfile.write(data)
                with LOCK:
                    STATE["bytes_sent"] += len(data)
            self.wfile.write(b"\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            with LOCK:
                STATE["disconnected"] += 1
        self.close_connection = True


def text_chunk(text):
    delta = {"index": 0, "delta": {"content": text}, "finish_reason": None}
    return {"model": MODEL, "choices": [delta]}


def main():
    global MODEL
    port, MODEL = int(sys.argv[1]), sys.argv[2]
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"fake server on 127.0.0.1:{port} serving {MODEL}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
