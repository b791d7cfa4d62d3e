# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Call the robobrain node from rclpy: one answer, or the answer streamed while it is generated.

    import rclpy
    from robobrain_client import ask, stream

    rclpy.init()
    node = rclpy.create_node("planner")
    result = ask(node, "pointing", "the red mug", camera="/camera/image_raw", timeout=30.0)
    print(result.points)                     # robobrain_msgs/msg/Result, pixels of that frame

    jpeg = compressed_image_from("snapshot.jpg")       # a JPEG or PNG: a path or its bytes
    result = ask(node, "pointing", "the red mug", compressed_image=jpeg)

    answer = stream(node, "general", "What is on the table?")
    for feedback in answer:                  # robobrain_msgs/action/Query feedback
        print(feedback.text_new, end="")     # what is new since the previous message
    result = answer.result()                 # answer.text: the whole text so far

`ask` calls the node's `~/query` service, `stream` its `~/query_stream` action. Both raise
`QueryFailed` (with the node's own words in `.error`) when the node answers with success false,
and `TimeoutError` when the node is not there or does not answer within `timeout` seconds.

Spinning: a node that no executor spins is spun here while waiting. A node already added to an
executor must be spun by another thread (a MultiThreadedExecutor, or executor.spin() in a
thread); calling these from one of that executor's own callbacks on a single thread would wait
for replies that thread can never take.

`tool_description()` is the JSON tool description for LLM agent frameworks (`query_tool.json`,
also installed as share/robobrain/tools/query.json); `call_tool(node, arguments)` runs a call an
agent made with it and returns a JSON-ready dict.
"""

import array
import json
import queue
import threading
import time
import weakref
from importlib import resources

import rclpy
from rclpy.action import ActionClient
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.srv import Query

__all__ = [
    "QueryFailed",
    "REPLY_DEPTH",
    "ask",
    "ask_async",
    "stream",
    "Stream",
    "make_request",
    "result_to_dict",
    "tool_description",
    "call_tool",
    "compressed_image_from",
]

REPLY_DEPTH = 100
"""Depth of the reply queues of the clients made here (service replies, action goal, result and
cancel replies, feedback).

ROS's default client QoS keeps the last 10 replies (KEEP_LAST, depth 10): when a caller has more
than 10 calls in flight (an agent firing a burst of `ask_async`, several threads sharing one
node) and the replies arrive before this process's executor takes the first ones, the 11th
replaces the 1st in the reader's queue and that call's future never completes. With 100, a burst
of up to 100 calls is answered, each with success or the node's refusal (e.g. "queue is full").
The node's tests make the same burst (tests/e2e/test_hostile.py)."""

_REPLY_QOS = QoSProfile(
    history=HistoryPolicy.KEEP_LAST, depth=REPLY_DEPTH, reliability=ReliabilityPolicy.RELIABLE
)

# One client per rclpy node and robobrain node name: a client per call would make a new DDS
# reader each time, and wait for its discovery before each answer.
_clients = weakref.WeakKeyDictionary()
_clients_lock = threading.Lock()


class QueryFailed(Exception):
    """The node answered, with success false: `error` is its reason, `result` what came with it;
    for a streamed goal stopped before its answer (timeout, cancel), `partial_text` is what was
    generated until then."""

    def __init__(self, error, result=None, partial_text=""):
        super().__init__(error)
        self.error = error
        self.result = result
        self.partial_text = partial_text


_INTEGER_RANGES = {
    "int8": (-(2**7), 2**7 - 1),
    "uint8": (0, 2**8 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint64": (0, 2**64 - 1),
}
_FLOAT32_MAX = 3.4028234663852886e38


def _message_class(type_name):
    package, name = type_name.split("/")
    return getattr(__import__(f"{package}.msg", fromlist=[name]), name)


def _checked(value, ros_type, path):
    """`value` as field type `ros_type` (as get_fields_and_field_types names it) accepts it, or
    ValueError. Jazzy's generated Python messages check field types only when
    ROS_PYTHON_CHECK_FIELDS=1; unchecked, a wrong type reaches the C conversion, which aborts
    the process. A nested message may come as its dict of fields (JSON)."""

    def refuse(expected):
        raise ValueError(f"{path}: expected {expected}, got {type(value).__name__} {value!r:.60}")

    if ros_type.startswith("sequence<") or ros_type.endswith("]"):
        inner = (
            ros_type[len("sequence<"):-1]
            if ros_type.startswith("sequence<")
            else ros_type[: ros_type.index("[")]
        )
        if inner == "uint8" and (
            isinstance(value, (bytes, bytearray))
            or isinstance(value, array.array)
            and value.typecode == "B"
        ):
            return value
        if hasattr(value, "tolist") and not isinstance(
            value, (list, tuple)
        ):  # numpy and array.array
            value = value.tolist()
        if not isinstance(value, (list, tuple)):
            refuse(f"a list of {inner}")
        return [_checked(item, inner, f"{path}[{i}]") for i, item in enumerate(value)]
    if ros_type in ("string", "wstring"):
        if not isinstance(value, str):
            refuse("a string")
        return value
    if ros_type == "boolean":
        if not isinstance(value, bool):
            refuse("true or false")
        return value
    if ros_type in _INTEGER_RANGES:
        low, high = _INTEGER_RANGES[ros_type]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            refuse(f"an integer in [{low}, {high}] ({ros_type})")
        return value
    if ros_type in ("float", "double"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            refuse("a number")
        if ros_type == "float" and not abs(value) <= _FLOAT32_MAX:
            refuse("a finite 32-bit float")
        return float(value)
    if "/" in ros_type:
        cls = _message_class(ros_type)
        if isinstance(value, cls):
            return value
        if not isinstance(value, dict):
            refuse(f"a {ros_type} or a dict of its fields")
        message = cls()
        _set_fields(message, value, path)
        return message
    raise ValueError(f"{path}: field type {ros_type} is not supported here")


def _set_fields(message, values, path):
    """Sets `values` (a dict) on `message`, each checked against its field type; ValueError
    names the first wrong one."""
    known = message.get_fields_and_field_types()
    for name, value in values.items():
        if name not in known:
            raise ValueError(f"{path} has no field {name!r} (fields: {', '.join(known)})")
        setattr(message, name, _checked(value, known[name], f"{path}.{name}"))


_SIGNATURES = {b"\xff\xd8\xff": "jpeg", b"\x89PNG\r\n\x1a\n": "png"}


def compressed_image_from(source, frame_id="", stamp=None):
    """A sensor_msgs/CompressedImage for a request's `compressed_image` field (an image sent
    inline, instead of a camera's): `source` is the bytes of a JPEG or PNG file, or its path;
    `format` is read from the data's signature. `frame_id` and `stamp` (a
    builtin_interfaces/Time) become the answer's header. ValueError for anything else than JPEG
    or PNG; the node checks the size (max_decoded_image_pixels) before it decodes."""
    from sensor_msgs.msg import CompressedImage

    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        with open(source, "rb") as file:
            data = file.read()
    fmt = next((name for sig, name in _SIGNATURES.items() if data.startswith(sig)), None)
    if fmt is None:
        raise ValueError(f"not a JPEG or PNG file: starts with {data[:8]!r}")
    message = CompressedImage(format=fmt, data=data)
    message.header.frame_id = frame_id
    if stamp is not None:
        message.header.stamp = stamp
    return message


def make_request(task, prompt, camera=None, message_type=Query.Request, **fields):
    """A Query request (or, with message_type=QueryAction.Goal, a goal) with these fields; the
    others keep the interface's defaults (e.g. top_k -1: the node's). Unknown fields and values of
    the wrong type are refused with ValueError."""
    request = message_type()
    given = dict(task=task, prompt=prompt, **fields)
    if camera is not None:
        given["camera"] = camera
    _set_fields(request, given, message_type.__name__)
    return request


def _service_client(node, server):
    with _clients_lock:
        clients = _clients.setdefault(node, {})
        key = (server, "query")
        if key not in clients:
            clients[key] = node.create_client(
                Query, f"/{server.strip('/')}/query", qos_profile=_REPLY_QOS
            )
        return clients[key]


def _action_client(node, server):
    with _clients_lock:
        clients = _clients.setdefault(node, {})
        key = (server, "query_stream")
        if key not in clients:
            clients[key] = ActionClient(
                node,
                QueryAction,
                f"/{server.strip('/')}/query_stream",
                goal_service_qos_profile=_REPLY_QOS,
                result_service_qos_profile=_REPLY_QOS,
                cancel_service_qos_profile=_REPLY_QOS,
                feedback_sub_qos_profile=_REPLY_QOS,
            )
        return clients[key]


def _spun_elsewhere(node):
    """Whether an executor holds the node now (then another thread must spin it). Not just
    `node.executor`: rclpy keeps that set after rclpy.spin_once(node) has removed the node from
    the global executor again, as every wait here that spins does."""
    executor = node.executor
    return executor is not None and node in executor.get_nodes()


def _wait(node, future, deadline):
    """Waits for `future` until `deadline` (time.monotonic()); True when it is done."""
    remaining = deadline - time.monotonic()
    if future.done() or remaining <= 0:
        return future.done()
    if _spun_elsewhere(node):
        # The other thread's executor completes the future; the event wakes this one at once, the
        # short waits bound the case where that callback is only scheduled as an executor task.
        event = threading.Event()
        future.add_done_callback(lambda _: event.set())
        while not future.done() and time.monotonic() < deadline:
            event.wait(min(0.1, max(0.0, deadline - time.monotonic())))
    else:
        rclpy.spin_until_future_complete(node, future, timeout_sec=remaining)
    return future.done()


def _wait_for_server(node, ready, what, deadline):
    """Waits (spinning where needed) until `ready()`; raises TimeoutError at the deadline."""
    while not ready():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"{what} not available")
        if _spun_elsewhere(node):
            time.sleep(min(0.05, remaining))
        else:
            rclpy.spin_once(node, timeout_sec=min(0.05, remaining))


def ask_async(node, task, prompt, camera=None, server="robobrain", **fields):
    """Sends a query to `~/query` of node `server` and returns the rclpy future of its response
    (`success`, `error`, `result`) without waiting. Does not wait for the service either: call
    `ask` once first, or `wait_for_service`, if the node may not be up yet."""
    client = _service_client(node, server)
    return client.call_async(make_request(task, prompt, camera, **fields))


def ask(node, task, prompt, camera=None, timeout=30.0, server="robobrain", **fields):
    """Asks node `server` (default /robobrain) over its `~/query` service and returns the
    robobrain_msgs/msg/Result.

    task: general | pointing | affordance | trajectory | grounding; prompt: the question or the
    object; camera: a topic among the node's camera_topics (None: its first). Further keyword
    arguments are the request's other fields (thinking, max_new_tokens, temperature, seed,
    cameras, image, compressed_image, max_image_age, timeout_ms, ...; robobrain_msgs/srv/Query;
    `compressed_image_from` makes a compressed_image of a JPEG or PNG file).

    timeout (seconds) bounds the wait for the service and its answer. It is this caller's limit
    only: the node keeps its query_timeout_ms (or the request's timeout_ms) and finishes a
    query whose caller gave up. Raises TimeoutError, or QueryFailed with the node's reason."""
    return _call(node, make_request(task, prompt, camera, **fields), timeout, server)


def _call(node, request, timeout, server):
    deadline = time.monotonic() + timeout
    client = _service_client(node, server)
    _wait_for_server(node, client.service_is_ready, f"service {client.srv_name}", deadline)
    future = client.call_async(request)
    if not _wait(node, future, deadline):
        client.remove_pending_request(future)
        raise TimeoutError(f"no answer from {client.srv_name} within {timeout} s")
    response = future.result()
    if not response.success:
        raise QueryFailed(response.error, response.result)
    return response.result


class Stream:
    """One query over the `~/query_stream` action: iterate for the feedback (each with
    `text_new`, the text since the previous message, `text_offset` where it starts, and
    `tokens_generated`), then `result()`. `text` is the whole text received so far.
    `cancel()` asks the node to stop after the current token."""

    def __init__(self, node, client, goal, deadline, timeout):
        self._node = node
        self._client = client
        self._deadline = deadline
        self._timeout = timeout
        self._feedback = queue.Queue()
        self._text = bytearray()
        self._goal_handle = None
        self._result_future = None
        _wait_for_server(node, client.server_is_ready, f"action {client._action_name}", deadline)
        sent = client.send_goal_async(
            goal, feedback_callback=lambda message: self._feedback.put(message.feedback)
        )
        if not _wait(node, sent, deadline):
            raise TimeoutError(
                f"goal not accepted or rejected by {client._action_name} within {timeout} s"
            )
        self._goal_handle = sent.result()
        if not self._goal_handle.accepted:
            raise QueryFailed(f"goal rejected by {client._action_name}")
        self._result_future = self._goal_handle.get_result_async()

    @property
    def text(self):
        """The text generated so far, rebuilt from the feedback taken."""
        return self._text.decode("utf-8", errors="replace")

    def _take(self, wait):
        """The next feedback, or None after `wait` seconds (spinning the node where needed)."""
        feedback = self._take_raw(wait)
        if feedback is not None:
            # The node resends from the first byte that changed (an incomplete character).
            self._text[feedback.text_offset:] = feedback.text_new.encode("utf-8")
        return feedback

    def _take_raw(self, wait):
        try:
            return self._feedback.get_nowait()
        except queue.Empty:
            pass
        if _spun_elsewhere(self._node):
            try:
                return self._feedback.get(timeout=wait)
            except queue.Empty:
                return None
        rclpy.spin_once(self._node, timeout_sec=wait)
        try:
            return self._feedback.get_nowait()
        except queue.Empty:
            return None

    def __iter__(self):
        while True:
            feedback = self._take(0.05)
            if feedback is not None:
                yield feedback
                continue
            if self._result_future.done():
                # Feedback can trail the result: take what already arrived, then stop.
                while (feedback := self._take(0.0)) is not None:
                    yield feedback
                return
            if time.monotonic() >= self._deadline:
                self.cancel()
                raise TimeoutError(
                    f"no result from {self._client._action_name} within {self._timeout} s"
                    " (goal cancelled)"
                )

    def cancel(self):
        """Asks the node to stop this goal (it answers with success false, "cancelled")."""
        if self._goal_handle is not None and not self._result_future.done():
            self._goal_handle.cancel_goal_async()

    def result(self):
        """Waits for the result (up to the deadline) and returns the robobrain_msgs/msg/Result;
        raises QueryFailed (cancelled included) or TimeoutError."""
        if not _wait(self._node, self._result_future, self._deadline):
            self.cancel()
            raise TimeoutError(
                f"no result from {self._client._action_name} within {self._timeout} s"
                " (goal cancelled)"
            )
        outcome = self._result_future.result().result
        if not outcome.success:
            raise QueryFailed(outcome.error, outcome.result, outcome.partial_text)
        return outcome.result


def stream(node, task, prompt, camera=None, timeout=60.0, server="robobrain", **fields):
    """Sends the query as a goal of node `server`'s `~/query_stream` action and returns a
    `Stream` once the node accepted it. Arguments as for `ask`; timeout bounds everything from
    here to the result (at the deadline the goal is cancelled and TimeoutError raised)."""
    deadline = time.monotonic() + timeout
    client = _action_client(node, server)
    goal = make_request(task, prompt, camera, message_type=QueryAction.Goal, **fields)
    return Stream(node, client, goal, deadline, timeout)


def _message_to_dict(message):
    if hasattr(message, "get_fields_and_field_types"):
        return {
            name: _message_to_dict(getattr(message, name))
            for name in message.get_fields_and_field_types()
        }
    if isinstance(message, (list, tuple)) or type(message).__name__ == "array":
        return [_message_to_dict(item) for item in message]
    if hasattr(message, "tolist"):  # numpy arrays (float32[] fields)
        return message.tolist()
    return message


def result_to_dict(result):
    """A robobrain_msgs/msg/Result as plain JSON-ready Python (nested dicts and lists)."""
    return _message_to_dict(result)


def tool_description():
    """The JSON tool description (a dict: name, description, parameters as JSON Schema, returns)
    for an LLM agent framework; `call_tool` runs the calls made with it."""
    return json.loads(resources.files(__package__).joinpath("query_tool.json").read_text())


def call_tool(node, arguments, timeout=60.0, server="robobrain"):
    """Runs one call of the tool of `tool_description()`: `arguments` (a dict, or its JSON text)
    are the Query request's fields. Returns {"success", "error", "result"} with the result as
    `result_to_dict` gives it; a refusal or failure of the node comes back as success false with
    its reason, as the tool description says, rather than as an exception."""
    request = Query.Request()
    try:
        if isinstance(arguments, str):
            arguments = json.loads(arguments)
        if not isinstance(arguments, dict):
            raise ValueError(
                f"expected an object of the request's fields, got {type(arguments).__name__}"
            )
        _set_fields(request, arguments, "arguments")
    except ValueError as invalid:
        return {"success": False, "error": f"invalid arguments: {invalid}", "result": None}
    try:
        result = _call(node, request, timeout, server)
    except QueryFailed as failed:
        return {"success": False, "error": failed.error, "result": None}
    except TimeoutError as late:
        return {"success": False, "error": str(late), "result": None}
    return {"success": True, "error": "", "result": result_to_dict(result)}
