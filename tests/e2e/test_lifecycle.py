# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""The node as a managed (lifecycle) node, under ROS time, with its inputs checked.

- the lifecycle services drive the standard state machine (the same graph as rcl_lifecycle's,
  read from an rclpy LifecycleNode), every invalid transition is refused, queries are refused
  outside active, cleanup gives the model's memory back, and bursts of transitions (with queries
  beside them) leave the node consistent and every caller answered;
- configure fails on a broken checkpoint and leaves the node unconfigured with the reason;
- under use_sim_time, frames stamped on /clock far from the wall clock are judged by it;
- /rosout carries the node's log lines and /parameter_events a live change;
- depth or CameraInfo in another frame than the colour image gives no 3-D, naming both;
- a camera whose publisher is best effort while the node subscribes reliably is named a QoS
  mismatch on /diagnostics.
"""

import threading
import time

import pytest
from diagnostic_msgs.msg import DiagnosticArray
from lifecycle_msgs.msg import Transition, TransitionEvent
from lifecycle_msgs.srv import ChangeState, GetAvailableTransitions, GetState
from rcl_interfaces.msg import Log, ParameterEvent, ParameterValue, ParameterType
from rcl_interfaces.msg import Parameter as ParameterMsg
from rcl_interfaces.srv import (
    DescribeParameters,
    GetParameters,
    ListParameters,
    SetParameters,
)
from rclpy.qos import DurabilityPolicy, HistoryPolicy, QoSProfile, ReliabilityPolicy
from rosgraph_msgs.msg import Clock
from sensor_msgs.msg import CameraInfo, Image

from robobrain_msgs.msg import Point2D
from robobrain_msgs.srv import Locate, Query

from conftest import REPO, ros_params, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"
CAMERA = "/lifecycle/image_raw"


def inline_image(width=64, height=48):
    image = Image(width=width, height=height, encoding="rgb8", step=width * 3)
    image.data = bytes((x * 7 + y * 3) % 256 for y in range(height) for x in range(width * 3))
    return image


def rss_kib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


class Lifecycle:
    """Clients of one node's lifecycle services, its transition events and its query service."""

    def __init__(self, ros_client, name):
        self.ros, self.name = ros_client, name
        node = ros_client.node
        self.change = node.create_client(ChangeState, f"/{name}/change_state")
        self.get = node.create_client(GetState, f"/{name}/get_state")
        self.available = node.create_client(
            GetAvailableTransitions, f"/{name}/get_available_transitions"
        )
        self.graph = node.create_client(GetAvailableTransitions, f"/{name}/get_transition_graph")
        self.query_client = node.create_client(Query, f"/{name}/query")
        self.events, self.lock = [], threading.Lock()
        self.subscription = node.create_subscription(
            TransitionEvent, f"/{name}/transition_event", self._on_event, 100
        )

    def _on_event(self, event):
        with self.lock:
            self.events.append(
                (
                    event.transition.id,
                    event.transition.label,
                    event.start_state.label,
                    event.goal_state.label,
                )
            )

    def state(self):
        return self.ros.call(self.get, GetState.Request()).current_state.label

    def set(self, label=None, id=0, timeout=60):
        request = ChangeState.Request(transition=Transition(id=id, label=label or ""))
        return self.ros.call(self.change, request, timeout=timeout).success

    def query(self, **fields):
        request = Query.Request(task="general", prompt="what is this?", max_new_tokens=4)
        request.image = inline_image()
        for key, value in fields.items():
            setattr(request, key, value)
        return self.ros.call(self.query_client, request, timeout=60)

    def close(self):
        node = self.ros.node
        for client in (self.change, self.get, self.available, self.graph, self.query_client):
            node.destroy_client(client)
        node.destroy_subscription(self.subscription)


@pytest.fixture
def managed(ros_client, tmp_path):
    """A node with autostart false on the tiny checkpoint (f32: its weights are the most bytes)."""
    started = []

    def start(name, *extra):
        log_path = tmp_path / f"{name}.log"
        params = ros_params(
            model_path=TINY,
            device="cpu",
            quantization="f32",
            autostart="false",
            camera_topics=f"[{CAMERA}]",
            diagnostics_period=0.3,
        )
        process = start_node(*params, *extra, name=name, log_path=log_path)
        lifecycle = Lifecycle(ros_client, name)
        started.append((process, lifecycle, log_path))
        # transition_event keeps nothing for a late reader: a transition made before the node's
        # publisher has matched this subscription is an event the test never sees (a burst that
        # began at once lost its first event in CI). This side's match, then a reply from the
        # node (its endpoints have then taken in this participant's), before any transition.
        assert wait_until(
            lambda: lifecycle.subscription.get_publisher_count() > 0 or process.poll() is not None,
            30,
        ), "the node's ~/transition_event publisher never matched"
        if process.poll() is None:
            lifecycle.state()
        return process, lifecycle, log_path

    yield start
    for process, lifecycle, log_path in started:
        lifecycle.close()
        code = stop_process(process)
        assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def test_the_graph_is_rcl_lifecycles(ros_client, managed):
    from rclpy.lifecycle import LifecycleNode

    reference = LifecycleNode("robobrain_reference_lifecycle")
    ros_client.executor.add_node(reference)
    try:
        graph = ros_client.node.create_client(
            GetAvailableTransitions, "/robobrain_reference_lifecycle/get_transition_graph"
        )
        expected = ros_client.call(graph, GetAvailableTransitions.Request()).available_transitions
        _, lifecycle, _ = managed("robobrain_graph")
        ours = ros_client.call(
            lifecycle.graph, GetAvailableTransitions.Request()
        ).available_transitions

        def edges(transitions):
            return sorted(
                (
                    t.transition.id,
                    t.transition.label,
                    t.start_state.id,
                    t.start_state.label,
                    t.goal_state.id,
                    t.goal_state.label,
                )
                for t in transitions
            )

        assert edges(ours) == edges(expected)
    finally:
        ros_client.executor.remove_node(reference)
        reference.destroy_node()


def test_every_state_through_the_services(ros_client, managed):
    statuses = []
    diagnostics = ros_client.node.create_subscription(
        DiagnosticArray, "/diagnostics", lambda m: statuses.extend(m.status), 50
    )
    process, lifecycle, log_path = managed("robobrain_cycle")
    assert lifecycle.state() == "unconfigured"
    refused = lifecycle.query()
    assert not refused.success and refused.error.startswith("node not active"), refused.error
    assert "unconfigured" in refused.error
    # Invalid here: refused, nothing changes.
    for label in ("activate", "deactivate", "cleanup"):
        assert lifecycle.set(label) is False, label
    assert lifecycle.set(id=10) is False  # a result transition cannot be requested
    assert lifecycle.state() == "unconfigured"

    assert lifecycle.set("configure") is True
    assert lifecycle.state() == "inactive"

    def weight_bytes():
        for status in reversed(statuses):
            values = {kv.key: kv.value for kv in status.values}
            if status.name == "robobrain_cycle: Model" and "weight bytes" in values:
                return int(values["weight bytes"])

    assert wait_until(lambda: weight_bytes() is not None, 10)
    ros_client.node.destroy_subscription(diagnostics)
    inactive = lifecycle.query()
    assert not inactive.success and "lifecycle state inactive" in inactive.error, inactive.error
    assert lifecycle.set("configure") is False

    assert lifecycle.set(id=3) is True  # activate, by id
    assert lifecycle.state() == "active"
    answered = lifecycle.query()
    assert answered.success, answered.error

    assert lifecycle.set("deactivate") is True
    assert not lifecycle.query().success
    assert lifecycle.set("activate") is True
    assert lifecycle.query().success
    assert lifecycle.set("deactivate") is True
    rss_loaded = rss_kib(process.pid)
    assert lifecycle.set("cleanup") is True
    assert lifecycle.state() == "unconfigured"
    rss_released = rss_kib(process.pid)
    # Cleanup gives the model's memory back: at least its weights (f32: 1.5 MB).
    assert (rss_loaded - rss_released) * 1024 >= weight_bytes(), (
        rss_loaded,
        rss_released,
        weight_bytes(),
    )

    assert lifecycle.set("configure") is True  # loads again after a cleanup
    assert lifecycle.set("shutdown") is True
    assert lifecycle.state() == "finalized"
    finalized = lifecycle.query()
    assert "lifecycle state finalized" in finalized.error, finalized.error
    assert lifecycle.set("configure") is False

    assert wait_until(lambda: len(lifecycle.events) >= 16, timeout=5), lifecycle.events
    with lifecycle.lock:
        events = list(lifecycle.events)
    assert len(events) == 16, events
    assert events[:2] == [
        (1, "configure", "unconfigured", "configuring"),
        (10, "transition_success", "configuring", "inactive"),
    ], events
    assert events[-2:] == [
        (6, "shutdown", "inactive", "shuttingdown"),
        (50, "transition_success", "shuttingdown", "finalized"),
    ], events
    assert process.poll() is None


def test_configure_fails_on_a_broken_checkpoint_and_stays_unconfigured(
    ros_client, managed, tmp_path
):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "qwen2_5_vl"')
    statuses = []
    subscription = ros_client.node.create_subscription(
        DiagnosticArray, "/diagnostics", lambda m: statuses.extend(m.status), 50
    )
    try:
        process, lifecycle, _ = managed("robobrain_broken", "-p", f"model_path:={broken}")
        assert lifecycle.set("configure") is False
        assert lifecycle.state() == "unconfigured"
        refused = lifecycle.query()
        assert refused.error.startswith("node not active"), refused.error
        assert "the last configure failed" in refused.error and "config.json" in refused.error

        def model_status():
            return next(
                (s for s in reversed(statuses) if s.name == "robobrain_broken: Model"), None
            )

        def lifecycle_state(status):
            return {kv.key: kv.value for kv in status.values}["lifecycle state"]

        # The reason stays on the Model status once the node is back to unconfigured (a message
        # published while the failed configure was still ending says "configuring").
        assert wait_until(
            lambda: model_status() is not None
            and "config.json" in model_status().message
            and lifecycle_state(model_status()) == "unconfigured",
            timeout=10,
        ), model_status()
        # Fixing nothing and configuring again fails again, the same way.
        assert lifecycle.set("configure") is False
        assert process.poll() is None
    finally:
        ros_client.node.destroy_subscription(subscription)


def test_bursts_of_transitions_beside_queries_leave_the_node_consistent(ros_client, managed):
    _, lifecycle, _ = managed("robobrain_burst")
    # Reply queues deeper than the burst: rclpy's default keeps the last 10 replies and a burst of
    # 20 loses the rest on the caller's side.
    deep = QoSProfile(
        history=HistoryPolicy.KEEP_LAST, depth=100, reliability=ReliabilityPolicy.RELIABLE
    )
    node = ros_client.node
    lifecycle.change = node.create_client(
        ChangeState, "/robobrain_burst/change_state", qos_profile=deep
    )
    lifecycle.query_client = node.create_client(Query, "/robobrain_burst/query", qos_profile=deep)
    labels = ["configure"] * 8 + ["activate", "shutdown", "cleanup", "deactivate"] * 3
    results, queries = [None] * len(labels), [None] * 10

    def change(i):
        request = ChangeState.Request(transition=Transition(id=0, label=labels[i]))
        future = lifecycle.change.call_async(request)
        assert wait_until(future.done, 60), f"no answer to {labels[i]}"
        results[i] = future.result().success

    def ask(i):
        request = Query.Request(task="general", prompt="burst", max_new_tokens=2)
        request.image = inline_image()
        future = lifecycle.query_client.call_async(request)
        assert wait_until(future.done, 60), "a query got no answer"
        queries[i] = future.result()

    assert lifecycle.change.wait_for_service(timeout_sec=20)
    assert lifecycle.query_client.wait_for_service(timeout_sec=20)
    threads = [threading.Thread(target=change, args=(i,)) for i in range(len(labels))]
    threads += [threading.Thread(target=ask, args=(i,)) for i in range(len(queries))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert None not in results and None not in queries
    # Requests that arrived while a transition ran were refused; those that arrived after it may
    # have begun the next one. Whatever the timing, the transition events chain from
    # unconfigured to the state the node reports, two per transition that succeeded.
    state = lifecycle.state()
    succeeded = [label for label, ok in zip(labels, results) if ok]
    assert succeeded and succeeded[0] in ("configure", "shutdown"), succeeded
    assert wait_until(lambda: len(lifecycle.events) >= 2 * len(succeeded), 5), lifecycle.events
    with lifecycle.lock:
        events = list(lifecycle.events)
    assert len(events) == 2 * len(succeeded), (events, succeeded)
    assert events[0][2] == "unconfigured" and events[-1][3] == state, events
    for before, after in zip(events, events[1:]):
        assert before[3] == after[2], events  # each starts where the previous ended
    assert sorted(e[1] for e in events[::2]) == sorted(succeeded), (events, succeeded)
    for response in queries:
        assert response.error.startswith("node not active") or response.success, response.error
    if state == "inactive":
        assert lifecycle.set("activate") is True
    if state in ("inactive", "active"):
        assert lifecycle.query().success


def test_shutdown_signal_mid_configure_exits_cleanly(ros_client, managed):
    process, lifecycle, log_path = managed("robobrain_sigint_configure")
    assert lifecycle.change.wait_for_service(timeout_sec=20)
    lifecycle.change.call_async(ChangeState.Request(transition=Transition(label="configure")))
    assert wait_until(lambda: "lifecycle: configure" in log_path.read_text(errors="replace"), 20)
    assert stop_process(process) == 0, log_path.read_text(errors="replace")


def stamped(image, nanoseconds, frame_id="lifecycle_camera"):
    image.header.stamp.sec, image.header.stamp.nanosec = nanoseconds // 10**9, nanoseconds % 10**9
    image.header.frame_id = frame_id
    return image


def test_sim_time_judges_frames_by_clock(ros_client, tmp_path):
    name = "robobrain_sim"
    log_path = tmp_path / f"{name}.log"
    node = ros_client.node
    sim_now = 1_000_000 * 10**9  # 1970-01-12: far from the wall clock
    clock = node.create_publisher(Clock, "/clock", 10)
    camera = node.create_publisher(
        Image, CAMERA, QoSProfile(depth=1, reliability=ReliabilityPolicy.RELIABLE)
    )
    stop = threading.Event()
    age = {"seconds": 0.1}

    def publish():
        now = sim_now
        while not stop.is_set():
            now += 50_000_000
            message = Clock()
            message.clock.sec, message.clock.nanosec = now // 10**9, now % 10**9
            clock.publish(message)
            camera.publish(stamped(inline_image(), now - int(age["seconds"] * 1e9)))
            stop.wait(0.05)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    params = ros_params(
        model_path=TINY, device="cpu", use_sim_time="true", camera_topics=f"[{CAMERA}]"
    )
    process = start_node(*params, name=name, log_path=log_path)
    client = node.create_client(Query, f"/{name}/query")
    try:

        def ask(max_age):
            request = Query.Request(
                task="general",
                prompt="sim",
                camera=CAMERA,
                max_new_tokens=2,
                max_image_age=max_age,
            )
            return ros_client.call(client, request, timeout=60)

        assert wait_until(lambda: ask(1.0).success, timeout=40), ask(1.0).error
        fresh = ask(1.0)
        assert fresh.success, fresh.error
        # The answer carries the frame's stamp: sim time, not the wall clock.
        stamp = fresh.result.header.stamp.sec
        assert abs(stamp - sim_now // 10**9) < 600, stamp
        age["seconds"] = 30.0
        time.sleep(0.5)
        stale = ask(1.0)
        assert "stale frame" in stale.error and "30." in stale.error, stale.error
    finally:
        stop.set()
        thread.join(timeout=5)
        node.destroy_client(client)
        node.destroy_publisher(clock)
        node.destroy_publisher(camera)
        assert stop_process(process) == 0, log_path.read_text(errors="replace")


def test_rosout_parameter_events_frame_ids_and_qos(ros_client, tmp_path):
    name = "robobrain_conventions"
    log_path = tmp_path / f"{name}.log"
    node = ros_client.node
    logs, events, statuses = [], [], []
    rosout = node.create_subscription(
        Log,
        "/rosout",
        logs.append,
        QoSProfile(
            depth=1000,
            reliability=ReliabilityPolicy.RELIABLE,
            durability=DurabilityPolicy.TRANSIENT_LOCAL,
        ),
    )
    parameter_events = node.create_subscription(
        ParameterEvent, "/parameter_events", events.append, 100
    )
    diagnostics = node.create_subscription(
        DiagnosticArray, "/diagnostics", lambda m: statuses.extend(m.status), 100
    )
    colour_topic, best_effort_topic = "/conv/image_raw", "/conv_be/image_raw"
    depth_topic, info_topic = "/conv/aligned_depth_to_color/image_raw", "/conv/camera_info"
    reliable = QoSProfile(depth=1, reliability=ReliabilityPolicy.RELIABLE)
    colour = node.create_publisher(Image, colour_topic, reliable)
    depth = node.create_publisher(Image, depth_topic, reliable)
    info = node.create_publisher(CameraInfo, info_topic, reliable)
    best_effort = node.create_publisher(
        Image,
        best_effort_topic,
        QoSProfile(
            history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.BEST_EFFORT
        ),
    )
    stop = threading.Event()

    def publish():
        while not stop.is_set():
            now = node.get_clock().now().nanoseconds
            colour.publish(stamped(inline_image(), now, "colour_optical_frame"))
            d = Image(width=64, height=48, encoding="16UC1", step=128)
            d.data = bytes([0xE8, 0x03]) * (64 * 48)
            depth.publish(stamped(d, now, "colour_optical_frame"))
            camera_info = CameraInfo(width=64, height=48, distortion_model="plumb_bob")
            camera_info.k = [50.0, 0.0, 32.0, 0.0, 50.0, 24.0, 0.0, 0.0, 1.0]
            camera_info.header.stamp, camera_info.header.frame_id = (
                d.header.stamp,
                "other_camera_frame",
            )
            info.publish(camera_info)
            best_effort.publish(stamped(inline_image(), now))
            stop.wait(0.1)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    process = start_node(
        "-p",
        "device:=cpu",
        "-p",
        f"camera_topics:=[{colour_topic},{best_effort_topic}]",
        "-p",
        "diagnostics_period:=0.3",
        name=name,
        log_path=log_path,
    )
    locate = node.create_client(Locate, f"/{name}/locate")
    set_parameters = node.create_client(SetParameters, f"/{name}/set_parameters")
    try:
        assert wait_until(lambda: any(m.name == name and "up:" in m.msg for m in logs), 20), [
            m.msg for m in logs if m.name == name
        ]
        assert all(m.level >= Log.INFO for m in logs if m.name == name)

        # Depth in the colour frame, CameraInfo in another: no 3-D, naming both frames.
        request = Locate.Request(camera=colour_topic, pixels=[Point2D(x=10.0, y=10.0)])
        assert wait_until(
            lambda: "other_camera_frame" in ros_client.call(locate, request).error, 20
        )
        refused = ros_client.call(locate, request)
        assert not refused.success
        assert (
            "other_camera_frame" in refused.error and "colour_optical_frame" in refused.error
        ), refused.error

        # A live change reaches /parameter_events, typed.
        value = ParameterValue(type=ParameterType.PARAMETER_DOUBLE, double_value=0.4)
        set_request = SetParameters.Request(
            parameters=[ParameterMsg(name="diagnostics_period", value=value)]
        )
        assert ros_client.call(set_parameters, set_request).results[0].successful

        def changed():
            return [
                p
                for e in events
                if e.node == f"/{name}"
                for p in e.changed_parameters
                if p.name == "diagnostics_period"
            ]

        assert wait_until(lambda: changed(), 10), events
        assert changed()[-1].value.double_value == 0.4

        def changed_to(parameter, value):
            return any(
                p.name == parameter
                and p.value.type == ParameterType.PARAMETER_DOUBLE
                and p.value.double_value == value
                for e in events
                if e.node == f"/{name}"
                for p in e.changed_parameters
            )

        # Described with ranges and read-only flags.
        describe = node.create_client(DescribeParameters, f"/{name}/describe_parameters")
        described = ros_client.call(
            describe, DescribeParameters.Request(names=["top_p", "max_new_tokens", "model_path"])
        ).descriptors
        node.destroy_client(describe)
        top_p, max_new_tokens, model_path = described
        assert not top_p.read_only and top_p.floating_point_range[0].to_value == 1.0
        assert max_new_tokens.integer_range and not max_new_tokens.read_only
        assert model_path.read_only
        # An integer for a double keeps the double; a refusal reads plainly.
        whole = ParameterValue(type=ParameterType.PARAMETER_INTEGER, integer_value=1)
        integer_request = SetParameters.Request(
            parameters=[ParameterMsg(name="top_p", value=whole)]
        )
        assert ros_client.call(set_parameters, integer_request).results[0].successful
        assert wait_until(lambda: changed_to("top_p", 1.0), 10), events
        bad = ParameterValue(type=ParameterType.PARAMETER_DOUBLE, double_value=2.5)
        bad_request = SetParameters.Request(parameters=[ParameterMsg(name="top_p", value=bad)])
        refused = ros_client.call(set_parameters, bad_request).results[0]
        assert not refused.successful and "top_p" in refused.reason
        assert "conversion failed" not in refused.reason and "Double(" not in refused.reason
        # `ros2 param dump` then `ros2 param load`: every value read back sets without a failure.
        lister = node.create_client(ListParameters, f"/{name}/list_parameters")
        getter = node.create_client(GetParameters, f"/{name}/get_parameters")
        names = ros_client.call(lister, ListParameters.Request()).result.names
        values = ros_client.call(getter, GetParameters.Request(names=names)).values
        node.destroy_client(lister)
        node.destroy_client(getter)
        assert "use_sim_time" in names and len(names) == len(values) > 40
        dump = [ParameterMsg(name=n, value=v) for n, v in zip(names, values)]
        loaded = ros_client.call(set_parameters, SetParameters.Request(parameters=dump)).results
        failures = [(n, r.reason) for n, r in zip(names, loaded) if not r.successful]
        assert not failures, failures
        # A load-time parameter set to the value it has (what `ros2 param load` of a dump does).
        same = ParameterValue(type=ParameterType.PARAMETER_STRING, string_value="cpu")
        same_request = SetParameters.Request(parameters=[ParameterMsg(name="device", value=same)])
        assert ros_client.call(set_parameters, same_request).results[0].successful

        # The best-effort camera: publishers, no frame, named a QoS mismatch.
        def camera_status():
            return next(
                (s for s in reversed(statuses) if s.name == f"{name}: Camera {best_effort_topic}"),
                None,
            )

        assert wait_until(
            lambda: camera_status() is not None
            and "QoS probably does not match" in camera_status().message,
            15,
        ), camera_status()
        assert "image_qos" in camera_status().message
    finally:
        stop.set()
        thread.join(timeout=5)
        for client in (locate, set_parameters):
            node.destroy_client(client)
        for subscription in (rosout, parameter_events, diagnostics):
            node.destroy_subscription(subscription)
        for publisher in (colour, depth, info, best_effort):
            node.destroy_publisher(publisher)
        assert stop_process(process) == 0, log_path.read_text(errors="replace")
