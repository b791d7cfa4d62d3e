// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The node as a managed (lifecycle) node: the standard services under its own name
//! (`~/change_state`, `~/get_state`, `~/get_available_states`, `~/get_available_transitions`,
//! `~/get_transition_graph`) and `~/transition_event`, driving [`super::lifecycle`]'s state
//! machine with this node's work:
//! - configure: start the backend (the model loads on its thread; a remote server is set up) and
//!   wait for it; a model that cannot load fails the transition, back to unconfigured, with the
//!   reason on the Model status;
//! - activate: subscribe the cameras (colour, depth, CameraInfo); queries are answered only while
//!   active, and refused with the state's name otherwise;
//! - deactivate: unsubscribe and forget their frames (queries in flight finish);
//! - cleanup: stop the backend and drop the model, giving its memory back;
//! - shutdown: whatever of these applies, to finalized.
//!
//! A transition runs in a task of its own; while it runs the state is the transition state, so
//! every other request is answered at once (refused), as rcl_lifecycle does.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use r2r::lifecycle_msgs::msg::{
    State as StateMsg, Transition as TransitionMsg, TransitionDescription, TransitionEvent,
};
use r2r::lifecycle_msgs::srv::{
    ChangeState, GetAvailableStates, GetAvailableTransitions, GetState,
};
use tokio::sync::{mpsc, watch};

use super::backend::{BackendConfig, BackendHandle, ModelState, SharedModelState};
use super::backend_status::{BackendStatus, SharedBackendStatus};
use super::cameras::{self, CameraRegistry};
use super::clock::RosClock;
use super::lifecycle::{self, Edge, Outcome, State, Work};
use super::params::NodeParams;
use super::spatial::{self, SpatialRegistry};
use super::{engine_backend, remote_backend};

/// The r2r node, shared by the spin thread and the transitions that create subscriptions.
/// Whoever else wants it raises a flag the spin thread yields to, so a transition waits at most
/// one spin period for it.
pub struct SharedNode {
    node: Mutex<r2r::Node>,
    waiting: AtomicUsize,
}

impl SharedNode {
    pub fn new(node: r2r::Node) -> Arc<Self> {
        Arc::new(Self {
            node: Mutex::new(node),
            waiting: AtomicUsize::new(0),
        })
    }

    /// Runs `f` on the node (from any thread but the spin thread).
    pub fn with<R>(&self, f: impl FnOnce(&mut r2r::Node) -> R) -> R {
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let mut node = super::lock(&self.node);
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        f(&mut node)
    }

    /// One turn of the spin thread: `f` spins the node and takes what arrived.
    pub fn spin(&self, f: impl FnOnce(&mut r2r::Node)) {
        while self.waiting.load(Ordering::SeqCst) > 0 {
            std::thread::sleep(Duration::from_millis(1));
        }
        f(&mut super::lock(&self.node));
    }
}

enum RunningBackend {
    Engine(std::thread::JoinHandle<()>),
    Remote(tokio::task::JoinHandle<()>),
}

#[derive(Default)]
struct Running {
    backend: Option<RunningBackend>,
    subscriptions: Vec<tokio::task::JoinHandle<()>>,
}

/// What the transitions work on.
pub struct Managed {
    pub node: Arc<SharedNode>,
    pub params: NodeParams,
    pub clock: RosClock,
    pub model_state: SharedModelState,
    pub backend_status: SharedBackendStatus,
    pub backend: BackendHandle,
    pub cameras: CameraRegistry,
    pub spatial: SpatialRegistry,
    pub shutting_down: Arc<AtomicBool>,
    /// In a mutex: r2r's publishers are Send but not Sync.
    events: Mutex<r2r::Publisher<TransitionEvent>>,
    pub logger: String,
    state: watch::Sender<State>,
    running: tokio::sync::Mutex<Running>,
}

fn state_msg(state: State) -> StateMsg {
    StateMsg {
        id: state.id(),
        label: state.label().to_string(),
    }
}

fn description(edge: &Edge) -> TransitionDescription {
    TransitionDescription {
        transition: TransitionMsg {
            id: edge.id,
            label: edge.label.to_string(),
        },
        start_state: state_msg(edge.start),
        goal_state: state_msg(edge.goal),
    }
}

/// How often configure looks at whether the model has loaded.
const LOAD_POLL: Duration = Duration::from_millis(20);

impl Managed {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        node: Arc<SharedNode>,
        params: NodeParams,
        clock: RosClock,
        model_state: SharedModelState,
        backend_status: SharedBackendStatus,
        backend: BackendHandle,
        cameras: CameraRegistry,
        spatial: SpatialRegistry,
        shutting_down: Arc<AtomicBool>,
        events: r2r::Publisher<TransitionEvent>,
        logger: String,
    ) -> (Arc<Self>, watch::Receiver<State>) {
        let (state, observed) = watch::channel(State::Unconfigured);
        let managed = Arc::new(Self {
            node,
            params,
            clock,
            model_state,
            backend_status,
            backend,
            cameras,
            spatial,
            shutting_down,
            events: Mutex::new(events),
            logger,
            state,
            running: Default::default(),
        });
        (managed, observed)
    }

    pub fn state(&self) -> State {
        *self.state.borrow()
    }

    fn publish_event(&self, edge: &Edge) {
        let event = TransitionEvent {
            timestamp: self.clock.now().as_nanos() as u64,
            transition: TransitionMsg {
                id: edge.id,
                label: edge.label.to_string(),
            },
            start_state: state_msg(edge.start),
            goal_state: state_msg(edge.goal),
        };
        if let Err(e) = super::lock(&self.events).publish(&event) {
            log_warn!(&self.logger, "publishing ~/transition_event failed: {e}");
        }
    }

    /// Runs one requested transition to its end. Ok when it succeeded; otherwise why not (an
    /// invalid request is refused without changing anything).
    pub async fn change(&self, request: &lifecycle::Request) -> Result<(), String> {
        let mut begun = Err(String::new());
        self.state.send_if_modified(|state| {
            begun = lifecycle::begin(*state, request);
            match &begun {
                Ok((edge, _)) => {
                    *state = edge.goal;
                    true
                }
                Err(_) => false,
            }
        });
        let (edge, work) = begun.inspect_err(|reason| {
            log_warn!(&self.logger, "lifecycle: refused: {reason}");
        })?;
        self.publish_event(&edge);
        log_info!(
            &self.logger,
            "lifecycle: {} ({} -> {})",
            edge.label,
            edge.start.label(),
            edge.goal.label()
        );
        let work_done = std::panic::AssertUnwindSafe(self.run(work));
        let result = futures::FutureExt::catch_unwind(work_done)
            .await
            .unwrap_or_else(|panic| {
                Err(format!(
                    "the {} transition panicked: {}",
                    edge.label,
                    super::engine_backend::panic_message(&*panic)
                ))
            });
        let outcome = if result.is_ok() {
            Outcome::Success
        } else {
            Outcome::Failure
        };
        self.end(edge.goal, outcome);
        match &result {
            Ok(()) => log_info!(
                &self.logger,
                "lifecycle: {} done, now {}",
                edge.label,
                self.state().label()
            ),
            Err(reason) => log_error!(
                &self.logger,
                "lifecycle: {} failed, now {}: {reason}",
                edge.label,
                self.state().label()
            ),
        }
        result
    }

    fn end(&self, transitioning: State, outcome: Outcome) {
        if let Some(edge) = lifecycle::finish(transitioning, outcome) {
            self.state.send_replace(edge.goal);
            self.publish_event(&edge);
        }
    }

    async fn run(&self, work: Work) -> Result<(), String> {
        match work {
            Work::Configure => self.configure().await,
            Work::Activate => self.activate().await,
            Work::Deactivate => {
                self.deactivate().await;
                Ok(())
            }
            Work::Cleanup => {
                self.stop_backend().await;
                Ok(())
            }
            Work::Shutdown => {
                self.deactivate().await;
                self.stop_backend().await;
                Ok(())
            }
        }
    }

    fn backend_config(&self) -> BackendConfig {
        let params = &self.params;
        BackendConfig {
            model_path: params.model_path.clone(),
            quantization: params.quantization,
            device: params.device,
            gpu_layers: params.gpu_layers,
            cache: crate::engine::CacheLocation::from_options(
                params.quantized_cache,
                &params.cache_dir,
            ),
            gpu_index: params.gpu_index,
            max_new_tokens: params.max_new_tokens,
            max_image_pixels: params.max_image_pixels,
            max_prompt_tokens: params.max_prompt_tokens,
            shutting_down: self.shutting_down.clone(),
        }
    }

    /// Starts the backend and waits until the model is loaded (or the remote server is set up).
    /// An empty model_path configures a node that validates requests and answers "no model
    /// loaded" (what the tests of the ROS plumbing run).
    async fn configure(&self) -> Result<(), String> {
        let jobs = self.backend.open();
        *super::lock(&self.model_state) = ModelState::Loading {
            model_path: self.params.model_path.clone(),
            plan: String::new(),
            progress: String::new(),
        };
        let started = match self.params.remote.clone() {
            Some(remote) => RunningBackend::Remote(remote_backend::spawn(
                remote,
                self.model_state.clone(),
                self.backend_status.clone(),
                jobs,
                self.shutting_down.clone(),
                self.logger.clone(),
            )),
            None => {
                *super::lock(&self.backend_status) = BackendStatus::Local {
                    model_path: self.params.model_path.clone(),
                };
                let thread = engine_backend::spawn(
                    self.backend_config(),
                    self.model_state.clone(),
                    jobs,
                    self.logger.clone(),
                )
                .map_err(|e| format!("starting the inference thread: {e}"))?;
                RunningBackend::Engine(thread)
            }
        };
        self.running.lock().await.backend = Some(started);
        loop {
            let now = super::lock(&self.model_state).clone();
            match now {
                ModelState::Loading { .. } if !self.shutting_down.load(Ordering::Relaxed) => {
                    tokio::time::sleep(LOAD_POLL).await;
                }
                ModelState::Loading { .. } => return Err("the node is shutting down".into()),
                ModelState::Unavailable { model_path, reason } => {
                    self.stop_backend().await;
                    // The reason stays on the Model status while the node is unconfigured.
                    *super::lock(&self.model_state) = ModelState::Unavailable {
                        model_path,
                        reason: reason.clone(),
                    };
                    return Err(format!("the model could not be loaded: {reason}"));
                }
                _ => return Ok(()),
            }
        }
    }

    /// Stops the backend (it answers what was queued first) and waits for it to end, so that
    /// the model's memory is free when this returns.
    async fn stop_backend(&self) {
        self.backend.close();
        let backend = self.running.lock().await.backend.take();
        match backend {
            Some(RunningBackend::Engine(thread)) => {
                let joined = tokio::task::spawn_blocking(move || thread.join()).await;
                if !matches!(joined, Ok(Ok(()))) {
                    log_warn!(&self.logger, "the inference thread ended with a panic");
                }
            }
            Some(RunningBackend::Remote(task)) => {
                let _ = task.await;
            }
            None => {}
        }
        crate::measure::host_memory::release_freed_heap();
        *super::lock(&self.model_state) = ModelState::Released {
            model_path: self.params.model_path.clone(),
        };
    }

    async fn activate(&self) -> Result<(), String> {
        let qos = self.params.image_qos;
        let subscribed = self.node.with(|node| {
            let mut tasks = cameras::subscribe_all(node, &self.cameras, qos)?;
            tasks.extend(spatial::subscribe_all(node, &self.spatial, qos)?);
            anyhow::Ok(tasks)
        });
        let tasks = subscribed.map_err(|e| format!("{e:#}"))?;
        self.running.lock().await.subscriptions = tasks.into_iter().map(tokio::spawn).collect();
        Ok(())
    }

    async fn deactivate(&self) {
        for subscription in self.running.lock().await.subscriptions.drain(..) {
            subscription.abort();
        }
        self.cameras.forget_frames();
        self.spatial.forget_frames();
    }
}

/// Answers `~/change_state`: each request in a task of its own, so that a long configure never
/// keeps the others (refused while it runs) waiting.
pub async fn serve_change_state(
    managed: Arc<Managed>,
    mut requests: mpsc::UnboundedReceiver<r2r::ServiceRequest<ChangeState::Service>>,
) {
    while let Some(request) = requests.recv().await {
        let managed = managed.clone();
        tokio::spawn(async move {
            let transition = lifecycle::Request {
                id: request.message.transition.id,
                label: request.message.transition.label.clone(),
            };
            let success = managed.change(&transition).await.is_ok();
            let logger = managed.logger.clone();
            super::send_reply(
                request,
                ChangeState::Response { success },
                "~/change_state",
                &logger,
            )
            .await;
        });
    }
}

/// The four read-only lifecycle services, answered from the state machine.
pub struct Queries {
    pub get_state: mpsc::UnboundedReceiver<r2r::ServiceRequest<GetState::Service>>,
    pub available_states: mpsc::UnboundedReceiver<r2r::ServiceRequest<GetAvailableStates::Service>>,
    pub available_transitions:
        mpsc::UnboundedReceiver<r2r::ServiceRequest<GetAvailableTransitions::Service>>,
    pub transition_graph:
        mpsc::UnboundedReceiver<r2r::ServiceRequest<GetAvailableTransitions::Service>>,
}

pub async fn serve_queries(managed: Arc<Managed>, queries: Queries) {
    let Queries {
        mut get_state,
        mut available_states,
        mut available_transitions,
        mut transition_graph,
    } = queries;
    let logger = managed.logger.clone();
    loop {
        tokio::select! {
            Some(request) = get_state.recv() => {
                let response = GetState::Response { current_state: state_msg(managed.state()) };
                super::send_reply(request, response, "~/get_state", &logger).await;
            }
            Some(request) = available_states.recv() => {
                let response = GetAvailableStates::Response {
                    available_states: State::ALL.into_iter().map(state_msg).collect(),
                };
                super::send_reply(request, response, "~/get_available_states", &logger).await;
            }
            Some(request) = available_transitions.recv() => {
                let response = GetAvailableTransitions::Response {
                    available_transitions: lifecycle::available(managed.state()).map(description).collect(),
                };
                super::send_reply(request, response, "~/get_available_transitions", &logger).await;
            }
            Some(request) = transition_graph.recv() => {
                let response = GetAvailableTransitions::Response {
                    available_transitions: lifecycle::GRAPH.iter().map(description).collect(),
                };
                super::send_reply(request, response, "~/get_transition_graph", &logger).await;
            }
            else => return,
        }
    }
}
