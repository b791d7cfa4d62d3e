// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The ROS 2 node (cargo feature `ros`), built on r2r and tokio.
//!
//! One async task per concern, connected by channels and small shared states:
//! - [`cameras`]: one subscriber task per camera topic keeps the latest frame and its statistics;
//! - [`query`]: the `~/query` service; each request is validated (task, prompt, image and its
//!   age, decoding) and the resulting job goes to the backend over a bounded channel;
//! - [`action`]: the same query as the `~/query_stream` action, with the text so far as feedback
//!   and cancellation;
//! - [`spatial`]: one subscriber task per depth and CameraInfo topic; a query's colour frame is
//!   paired with its depth by stamp and its answer located in 3-D;
//! - [`locate`]: the `~/locate` service, pixels of a camera's latest frame in 3-D without the model;
//! - [`publish`]: every successful answer on `~/results`, its 3-D geometry on `~/markers`
//!   ([`markers`]), drawn on its image on `~/annotated`, and with the cargo feature
//!   `vision_msgs` as detections on `~/detections` and `~/detections_3d` ([`detections`]);
//! - [`backend`]: the types of that channel; [`engine_backend`]: the model on a thread of its own
//!   (loads at start, reports loading / ready / unavailable, answers one job at a time), or
//!   [`remote_backend`]: an OpenAI-compatible server answers instead (`backend: remote`);
//! - [`diagnostics`]: `/diagnostics` every `diagnostics_period` (GPU figures from
//!   [`crate::measure::gpu`]);
//! - [`live_params`]: the parameter services; changes that may apply live go to the query
//!   handler and the diagnostics task on a watch channel, the others are refused with why;
//! - a blocking thread spins the r2r node; SIGINT/SIGTERM stop everything and exit 0.

/// The node's log lines: to the console through r2r, and to /rosout ([`rosout`]).
macro_rules! log_info {
    ($logger:expr, $($arg:tt)+) => {
        $crate::ros::rosout::log($logger, $crate::ros::rosout::Severity::Info, &format!($($arg)+), file!(), line!())
    };
}
macro_rules! log_warn {
    ($logger:expr, $($arg:tt)+) => {
        $crate::ros::rosout::log($logger, $crate::ros::rosout::Severity::Warn, &format!($($arg)+), file!(), line!())
    };
}
macro_rules! log_error {
    ($logger:expr, $($arg:tt)+) => {
        $crate::ros::rosout::log($logger, $crate::ros::rosout::Severity::Error, &format!($($arg)+), file!(), line!())
    };
}
pub mod action;
pub mod backend;
pub mod backend_status;
pub mod callers;
pub mod cameras;
pub mod clock;
pub mod detections;
pub mod diagnostics;
pub mod engine_backend;
pub mod lifecycle;
pub mod live_params;
pub mod locate;
pub mod managed;
pub mod markers;
pub mod middleware;
pub mod params;
pub mod publish;
pub mod query;
pub mod remote_backend;
pub mod rosout;
pub mod spatial;
pub mod topics;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use anyhow::Context as _;
use futures::StreamExt;
use r2r::diagnostic_msgs::msg::DiagnosticArray;
use r2r::lifecycle_msgs::msg::TransitionEvent;
use r2r::lifecycle_msgs::srv::{
    ChangeState, GetAvailableStates, GetAvailableTransitions, GetState,
};
use r2r::rcl_interfaces::msg::ParameterEvent;
use r2r::rcl_interfaces::srv::{
    DescribeParameters, GetParameterTypes, GetParameters, ListParameters, SetParameters,
    SetParametersAtomically,
};
use r2r::robobrain_msgs::action::Query as QueryAction;
use r2r::robobrain_msgs::msg::Result as QueryResult;
use r2r::robobrain_msgs::srv::{Locate, Query};
use r2r::sensor_msgs::msg::Image;
use r2r::visualization_msgs::msg::MarkerArray;
use r2r::QosProfile;
use tokio::signal::unix::{signal, SignalKind};

use crate::measure::gpu::GpuMonitor;
use crate::measure::stats::QueryStats;
use backend::{BackendHandle, ModelState};
use cameras::CameraRegistry;
use diagnostics::DiagnosticsSources;
use query::QueryHandler;

/// The node's default name (launch files and `--ros-args -r __node:=...` may change it).
pub const NODE_NAME: &str = "robobrain";

/// How long one spin waits for work; bounds how quickly the spin thread notices shutdown.
const SPIN_PERIOD: Duration = Duration::from_millis(20);

/// Takes what r2r put into one of its request channels, without waiting, into an unbounded one.
///
/// r2r 0.9 hands each service request and action goal to a channel of 10 with `try_send` and
/// drops what does not fit (silently: it logs through the `log` crate, which nothing here
/// prints). One spin takes at most one request per service and one goal per action server, so
/// the spin thread empties both channels right after every spin: they never hold more than one,
/// however busy the rest of the process is (a serving task woken by the channel used to fall
/// 10 spins behind in a burst of 20, and 9 calls were lost). The node's own queue
/// (query_queue_size) then refuses the excess with an answer.
struct Intake<S: futures::Stream + Unpin> {
    requests: S,
    forward: tokio::sync::mpsc::UnboundedSender<S::Item>,
}

impl<S: futures::Stream + Unpin> Intake<S> {
    fn new(requests: S) -> (Self, tokio::sync::mpsc::UnboundedReceiver<S::Item>) {
        let (forward, receiver) = tokio::sync::mpsc::unbounded_channel();
        (Self { requests, forward }, receiver)
    }

    fn take_ready(&mut self) {
        use futures::FutureExt as _;
        while let Some(Some(request)) = self.requests.next().now_or_never() {
            // No receiver only at shutdown, when nothing is served any more.
            let _ = self.forward.send(request);
        }
    }
}

/// An unbounded receiver as a stream.
fn tokio_stream_of<T>(
    mut receiver: tokio::sync::mpsc::UnboundedReceiver<T>,
) -> impl futures::Stream<Item = T> + Unpin {
    Box::pin(futures::stream::poll_fn(move |cx| receiver.poll_recv(cx)))
}

/// A request stream handed to the spin thread's intake (see [`Intake`]); its requests arrive on
/// the returned channel.
fn intake<S>(
    requests: S,
    intakes: &mut Vec<Box<dyn FnMut() + Send>>,
) -> tokio::sync::mpsc::UnboundedReceiver<S::Item>
where
    S: futures::Stream + Unpin + Send + 'static,
    S::Item: Send + 'static,
{
    let (mut intake, receiver) = Intake::new(requests);
    intakes.push(Box::new(move || intake.take_ready()));
    receiver
}

type Requests<S> = std::pin::Pin<Box<dyn futures::Stream<Item = r2r::ServiceRequest<S>> + Send>>;

/// The request streams of the six parameter services, as r2r creates them.
struct ParameterServices {
    list: Requests<ListParameters::Service>,
    describe: Requests<DescribeParameters::Service>,
    types: Requests<GetParameterTypes::Service>,
    get: Requests<GetParameters::Service>,
    set: Requests<SetParameters::Service>,
    set_atomically: Requests<SetParametersAtomically::Service>,
}

/// Requests the `~/query` service keeps until the node takes them. rclcpp's default keeps 10,
/// so a burst of 20 lost 10 calls without a word; this holds any burst a robot's planners
/// send, and the query queue (query_queue_size) then answers the excess "queue is full".
const SERVICE_REQUEST_DEPTH: usize = 1000;

/// How long shutdown waits for in-flight queries to send their "node shutting down" reply.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// After the last reply, how long the spin thread keeps going so that action results (sent by
/// the executor when a client asks) get out.
const SHUTDOWN_FLUSH: Duration = Duration::from_millis(300);

/// How long a reply waits for its client's reply reader to be matched.
const REPLY_MATCH_WAIT: Duration = Duration::from_secs(3);

/// Sends `response` to the caller of `request`. rmw_fastrtps refuses a reply with
/// RCL_RET_TIMEOUT while the client's reply reader is not matched yet: a client that calls as
/// soon as `wait_for_service` returns (which sees the request side only) lost its reply that
/// way when discovery was slow (seen in CI: a query answered 0.5 s after the node started, the
/// caller waiting 60 s in vain). So a refused reply is sent again until [`REPLY_MATCH_WAIT`];
/// any other failure (the client gone) is logged: no reply went out.
async fn send_reply<S>(
    request: r2r::ServiceRequest<S>,
    response: S::Response,
    service: &str,
    logger: &str,
) where
    S: 'static + r2r::WrappedServiceTypeSupport,
    S::Response: Clone,
{
    let give_up = tokio::time::Instant::now() + REPLY_MATCH_WAIT;
    loop {
        match request.clone().respond(response.clone()) {
            Ok(()) => return,
            Err(r2r::Error::RCL_RET_TIMEOUT) if tokio::time::Instant::now() < give_up => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => {
                log_warn!(logger, "sending a {service} reply failed: {e}");
                return;
            }
        }
    }
}

/// Locks `mutex` even when a thread panicked while holding it: the data behind these locks
/// (statistics, camera frames, model state) stays meaningful after a panic, and one failed query
/// must not take every later one down with a poisoned lock.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs the node until SIGINT or SIGTERM. `Err` only for start-up failures (bad parameters,
/// ROS errors), which the binary reports with a non-zero exit code.
pub async fn run_node() -> anyhow::Result<()> {
    // Installed first so that a signal during start-up also ends the node cleanly.
    let mut sigterm = signal(SignalKind::terminate()).context("installing the SIGTERM handler")?;
    let mut sigint = signal(SignalKind::interrupt()).context("installing the SIGINT handler")?;

    // r2r panics (rather than failing) on arguments rcl cannot parse; rcl has printed why.
    let context = std::panic::catch_unwind(r2r::Context::create)
        .map_err(|_| anyhow::anyhow!("invalid --ros-args (see the rcl error above)"))?
        .context("initialising ROS 2 (rcl)")?;
    let mut node = r2r::Node::create(context, NODE_NAME, "").context("creating the ROS 2 node")?;
    let logger = node.logger().to_string();
    let node_name = node.name()?;
    let clock = clock::RosClock::of(&node);
    let rosout = rosout::serve(&mut node, clock.clone())?;
    let (params, unknown) = params::from_node(&node)?;
    // The parameter services; live changes reach the query handler and the diagnostics task.
    let mut live = {
        let values = lock(&node.params);
        let given = |name: &str| values.get(name).map(|p| p.value.clone());
        live_params::LiveParameters::new(&given, params.clone())
    };
    let settings = live.subscribe();
    let parameter_changes = live.changes();
    let live = Arc::new(Mutex::new(live));
    if params.use_sim_time {
        // Frame ages and stamps follow /clock from here on (0 until its first message).
        node.get_time_source()
            .enable_sim_time(&mut node)
            .context("subscribing to /clock (use_sim_time)")?;
    }
    // Before the engine thread starts: candle reads the count once, from the environment.
    let threads = crate::engine::threads::configure_cpu_threads(params.threads);
    log_info!(&logger, "CPU threads: {threads}");
    if let Some(chosen) = middleware::chosen() {
        log_info!(&logger, "{chosen}");
    }
    for name in unknown {
        log_warn!(
            &logger,
            "ignoring unknown parameter '{name}' (see robobrain_node --print-params)"
        );
    }

    let node_path = node
        .fully_qualified_name()
        .context("reading the node's fully qualified name")?;
    let service_qos = || QosProfile::services_default().keep_last(SERVICE_REQUEST_DEPTH);
    let service = node
        .create_service::<Query::Service>("~/query", service_qos())
        .context("creating the ~/query service")?;
    let (client_graph, client_watch) = callers::ClientGraph::new(&format!("{node_path}/query"));
    let (goal_client_graph, goal_client_watch) =
        callers::ClientGraph::new(&format!("{node_path}/query_stream/_action/send_goal"));
    let locate_service = node
        .create_service::<Locate::Service>("~/locate", service_qos())
        .context("creating the ~/locate service")?;
    let action_goals = node
        .create_action_server::<QueryAction::Action>("~/query_stream")
        .context("creating the ~/query_stream action server")?;
    let change_state = node
        .create_service::<ChangeState::Service>("~/change_state", service_qos())
        .context("creating the ~/change_state service")?;
    let get_state = node
        .create_service::<GetState::Service>("~/get_state", service_qos())
        .context("creating the ~/get_state service")?;
    let available_states = node
        .create_service::<GetAvailableStates::Service>("~/get_available_states", service_qos())
        .context("creating the ~/get_available_states service")?;
    let available_transitions = node
        .create_service::<GetAvailableTransitions::Service>(
            "~/get_available_transitions",
            service_qos(),
        )
        .context("creating the ~/get_available_transitions service")?;
    let transition_graph = node
        .create_service::<GetAvailableTransitions::Service>("~/get_transition_graph", service_qos())
        .context("creating the ~/get_transition_graph service")?;
    let parameter_services = ParameterServices {
        list: Box::pin(
            node.create_service::<ListParameters::Service>("~/list_parameters", service_qos())
                .context("creating the ~/list_parameters service")?,
        ),
        describe: Box::pin(
            node.create_service::<DescribeParameters::Service>(
                "~/describe_parameters",
                service_qos(),
            )
            .context("creating the ~/describe_parameters service")?,
        ),
        types: Box::pin(
            node.create_service::<GetParameterTypes::Service>(
                "~/get_parameter_types",
                service_qos(),
            )
            .context("creating the ~/get_parameter_types service")?,
        ),
        get: Box::pin(
            node.create_service::<GetParameters::Service>("~/get_parameters", service_qos())
                .context("creating the ~/get_parameters service")?,
        ),
        set: Box::pin(
            node.create_service::<SetParameters::Service>("~/set_parameters", service_qos())
                .context("creating the ~/set_parameters service")?,
        ),
        set_atomically: Box::pin(
            node.create_service::<SetParametersAtomically::Service>(
                "~/set_parameters_atomically",
                service_qos(),
            )
            .context("creating the ~/set_parameters_atomically service")?,
        ),
    };
    let transition_events = node
        .create_publisher::<TransitionEvent>("~/transition_event", QosProfile::default())
        .context("creating the ~/transition_event publisher")?;
    let parameter_events = node
        .create_publisher::<ParameterEvent>("/parameter_events", QosProfile::parameter_events())
        .context("creating the /parameter_events publisher")?;
    let results_publisher = node
        .create_publisher::<QueryResult>("~/results", QosProfile::default())
        .context("creating the ~/results publisher")?;
    let markers_publisher = node
        .create_publisher::<MarkerArray>("~/markers", QosProfile::default())
        .context("creating the ~/markers publisher")?;
    let annotated_publisher = node
        .create_publisher::<Image>("~/annotated", QosProfile::default())
        .context("creating the ~/annotated publisher")?;
    let detections_publishers = detections::Publishers::create(&mut node)?;
    let diagnostics_publisher = node
        .create_publisher::<DiagnosticArray>("/diagnostics", QosProfile::default())
        .context("creating the /diagnostics publisher")?;

    let cameras = CameraRegistry::new(&params.camera_topics);
    let spatial = spatial::SpatialRegistry::new(&params);
    let model_state = Arc::new(Mutex::new(ModelState::Released {
        model_path: params.model_path.clone(),
    }));
    let backend_handle = BackendHandle::new(params.query_queue_size);
    // Shutdown is announced twice: to the engine thread (stops the job in progress at its next
    // check) and to every waiting query (answers its caller at once).
    let shutting_down = Arc::new(AtomicBool::new(false));
    let (shutdown_sender, shutdown) = tokio::sync::watch::channel(false);
    let in_flight = Arc::new(AtomicUsize::new(0));
    let backend_status = Arc::new(Mutex::new(backend_status::BackendStatus::Local {
        model_path: params.model_path.clone(),
    }));
    let node = managed::SharedNode::new(node);
    let (managed, lifecycle) = managed::Managed::new(
        node.clone(),
        params.clone(),
        clock.clone(),
        model_state.clone(),
        backend_status.clone(),
        backend_handle.clone(),
        cameras.clone(),
        spatial.clone(),
        shutting_down.clone(),
        transition_events,
        logger.clone(),
    );
    let service_stats = Arc::new(Mutex::new(QueryStats::default()));
    let (answers, answers_to_publish) = tokio::sync::mpsc::unbounded_channel();
    let handler = QueryHandler {
        cameras: cameras.clone(),
        spatial: spatial.clone(),
        backend: backend_handle.clone(),
        answers,
        settings: settings.clone(),
        stats: service_stats.clone(),
        shutdown,
        in_flight: in_flight.clone(),
        logger: logger.clone(),
        lifecycle: lifecycle.clone(),
        model: model_state.clone(),
        clock: clock.clone(),
    };
    let gpu = GpuMonitor::open(params.gpu_index);
    let diagnostics = DiagnosticsSources {
        hardware_id: DiagnosticsSources::default_hardware_id(&params.hardware_id, &gpu),
        node_name: node_name.clone(),
        gpu,
        gpu_free_memory_warn_mib: params.gpu_free_memory_warn_mib,
        model: model_state,
        cameras,
        spatial,
        camera_stale_after: params.camera_stale_after,
        service: service_stats,
        backend: backend_handle,
        backend_status,
        lifecycle,
        clock: clock.clone(),
        image_qos: params.image_qos,
        camera_publishers: Default::default(),
    };

    let stop_spinning = Arc::new(AtomicBool::new(false));
    let mut intakes = Vec::new();
    let service = intake(service, &mut intakes);
    let action_goals = intake(action_goals, &mut intakes);
    let locate_requests = intake(locate_service, &mut intakes);
    let change_requests = intake(change_state, &mut intakes);
    let lifecycle_queries = managed::Queries {
        get_state: intake(get_state, &mut intakes),
        available_states: intake(available_states, &mut intakes),
        available_transitions: intake(available_transitions, &mut intakes),
        transition_graph: intake(transition_graph, &mut intakes),
    };
    let parameter_requests = live_params::Requests {
        list: intake(parameter_services.list, &mut intakes),
        describe: intake(parameter_services.describe, &mut intakes),
        types: intake(parameter_services.types, &mut intakes),
        get: intake(parameter_services.get, &mut intakes),
        set: intake(parameter_services.set, &mut intakes),
        set_atomically: intake(parameter_services.set_atomically, &mut intakes),
    };
    let spinner = {
        let stop = stop_spinning.clone();
        let node = node.clone();
        tokio::task::spawn_blocking(move || {
            while !stop.load(Ordering::Relaxed) {
                node.spin(|node| {
                    node.spin_once(SPIN_PERIOD);
                    // Before this spin's requests go on: their arrival snapshot holds their senders.
                    client_graph.refresh(node);
                    goal_client_graph.refresh(node);
                });
                for take_ready in intakes.iter_mut() {
                    take_ready();
                }
            }
        })
    };

    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(rosout);
    tasks.spawn(live_params::serve(live, parameter_requests, logger.clone()));
    tasks.spawn(live_params::publish_events(
        parameter_changes,
        parameter_events,
        node_path.clone(),
        clock.clone(),
        logger.clone(),
    ));
    tasks.spawn(managed::serve_change_state(
        managed.clone(),
        change_requests,
    ));
    tasks.spawn(managed::serve_queries(managed.clone(), lifecycle_queries));
    tasks.spawn(publish::run(
        answers_to_publish,
        results_publisher,
        markers_publisher,
        annotated_publisher,
        detections_publishers,
        logger.clone(),
    ));
    tasks.spawn(action::serve(
        handler.clone(),
        tokio_stream_of(action_goals),
        goal_client_watch,
        logger.clone(),
    ));
    tasks.spawn(locate::serve(handler.clone(), locate_requests));
    tasks.spawn(query::serve(handler, service, client_watch));
    tasks.spawn(diagnostics::run(
        diagnostics,
        diagnostics_publisher,
        settings,
        node.clone(),
        logger.clone(),
    ));

    log_info!(
        &logger,
        "{node_name} up: cameras [{}], services ~/query and ~/locate, action ~/query_stream, results on ~/results, ~/markers and ~/annotated{}, lifecycle services under ~/, {}",
        params.camera_topics.join(", "),
        detections::Publishers::TOPICS,
        match &params.remote {
            Some(remote) => format!("backend remote {} at {}", remote.model, remote.display_url()),
            None => format!("model_path '{}'", params.model_path),
        }
    );
    for (i, camera) in params.camera_topics.iter().enumerate() {
        let off = || "none".to_string();
        log_info!(
            &logger,
            "camera {camera}: depth {}, camera info {} (3-D answers when both arrive)",
            params.depth_topics[i].clone().unwrap_or_else(off),
            params.camera_info_topics[i].clone().unwrap_or_else(off)
        );
    }
    if params.autostart {
        let managed = managed.clone();
        tasks.spawn(async move {
            let by_label = |label: &str| lifecycle::Request {
                id: 0,
                label: label.to_string(),
            };
            if managed.change(&by_label("configure")).await.is_ok() {
                let _ = managed.change(&by_label("activate")).await;
            }
        });
    } else {
        log_info!(
            &logger,
            "autostart is false: unconfigured until a lifecycle manager or `ros2 lifecycle set {node_path} configure` configures it"
        );
    }

    let reason = tokio::select! {
        _ = sigint.recv() => "SIGINT",
        _ = sigterm.recv() => "SIGTERM",
    };
    log_info!(&logger, "{reason}: shutting down");
    // Every waiting caller gets "node shutting down" while the spin thread still sends replies.
    shutting_down.store(true, Ordering::Relaxed);
    let _ = shutdown_sender.send(true);
    let grace_ends = tokio::time::Instant::now() + SHUTDOWN_GRACE;
    while in_flight.load(Ordering::SeqCst) > 0 && tokio::time::Instant::now() < grace_ends {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let unanswered = in_flight.load(Ordering::SeqCst);
    if unanswered > 0 {
        log_warn!(
            &logger,
            "{unanswered} queries still unanswered after {} s; exiting anyway",
            SHUTDOWN_GRACE.as_secs()
        );
    }
    tokio::time::sleep(SHUTDOWN_FLUSH).await;
    // Ends the subscriptions and the serving tasks, then stops spinning.
    tasks.shutdown().await;
    stop_spinning.store(true, Ordering::Relaxed);
    spinner.await.context("the spin thread panicked")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_poisoned_by_a_panic_still_serves_its_data() {
        let counter = Arc::new(Mutex::new(41));
        let poisoner = counter.clone();
        let panicked = std::thread::spawn(move || {
            let _guard = poisoner.lock().unwrap();
            panic!("a query panicked while holding the lock");
        })
        .join();
        assert!(panicked.is_err() && counter.is_poisoned());
        *lock(&counter) += 1;
        assert_eq!(*lock(&counter), 42);
    }

    #[test]
    fn panic_messages_are_read_from_either_payload() {
        let of =
            |f: fn()| engine_backend::panic_message(&*std::panic::catch_unwind(f).unwrap_err());
        assert_eq!(of(|| panic!("plain")), "plain");
        assert_eq!(of(|| panic!("formatted {}", 7)), "formatted 7");
        assert_eq!(
            of(|| std::panic::panic_any(3_u8)),
            "a panic without a message"
        );
    }
}
