//! `~/query_stream` (robobrain_msgs/action/Query): the service's query as an action, for long answers.
//! Feedback carries the text generated so far; a cancel request stops generation after the
//! current token, which frees the engine for the next query.
//!
//! Each goal runs in a task of its own: the query (shared with the service), a feedback task that
//! publishes the latest progress whenever it changes (a slow subscriber sees fewer, newer
//! messages, never a backlog), and the goal's cancel requests.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::{Stream, StreamExt};
use r2r::robobrain_msgs::action::Query as QueryAction;
use r2r::robobrain_msgs::srv::Query;
use r2r::{ActionServerGoal, ActionServerGoalRequest};
use tokio::sync::watch;

use super::backend::GenerationProgress;
use super::callers::ClientWatch;
use super::query::{QueryHandler, QueryOutcome, Streaming};

/// How long a finished goal waits for its last feedback message to go out.
const FEEDBACK_DRAIN: Duration = Duration::from_secs(1);

/// Serves every goal sent to the action server until the node shuts down.
/// `clients`: the action's clients in the graph, to notice a goal whose client died.
pub async fn serve(
    handler: QueryHandler,
    mut goals: impl Stream<Item = ActionServerGoalRequest<QueryAction::Action>> + Unpin,
    clients: ClientWatch,
    logger: String,
) {
    while let Some(goal) = goals.next().await {
        let caller_gone = clients.caller_gone();
        tokio::spawn(run_goal(handler.clone(), goal, caller_gone, logger.clone()));
    }
}

/// The goal's fields are the service request's, one for one.
fn as_request(goal: QueryAction::Goal) -> Query::Request {
    Query::Request {
        task: goal.task,
        prompt: goal.prompt,
        camera: goal.camera,
        cameras: goal.cameras,
        image: goal.image,
        thinking: goal.thinking,
        max_new_tokens: goal.max_new_tokens,
        temperature: goal.temperature,
        top_k: goal.top_k,
        top_p: goal.top_p,
        repetition_penalty: goal.repetition_penalty,
        seed: goal.seed,
        max_image_age: goal.max_image_age,
        timeout_ms: goal.timeout_ms,
    }
}

async fn run_goal(
    handler: QueryHandler,
    request: ActionServerGoalRequest<QueryAction::Action>,
    caller_gone: impl std::future::Future<Output = ()>,
    logger: String,
) {
    // Every goal is accepted: validation errors come back as a result with `error` set, exactly
    // as the service reports them.
    let (mut goal, mut cancel_requests) = match request.accept() {
        Ok(accepted) => accepted,
        Err(e) => {
            log_warn!(&logger, "accepting a ~/query_stream goal failed: {e}");
            return;
        }
    };
    let (progress, progress_updates) = watch::channel(GenerationProgress::default());
    let mut feedback = tokio::spawn(publish_feedback(goal.clone(), progress_updates));
    let cancel = Arc::new(AtomicBool::new(false));
    let (cancelled_sender, cancelled_receiver) = watch::channel(false);
    let answering = handler.answer_streaming(
        as_request(goal.goal.clone()),
        Streaming {
            progress: Some(progress),
            cancel: cancel.clone(),
            cancelled: Some(cancelled_receiver),
        },
    );
    tokio::pin!(answering);
    tokio::pin!(caller_gone);
    let (mut cancelled, mut abandoned) = (false, false);
    let outcome = loop {
        tokio::select! {
            outcome = &mut answering => break outcome,
            // Nobody is left to read the result: stop as a cancel does (answered "aborted").
            _ = &mut caller_gone, if !cancelled && !abandoned => {
                log_warn!(
                    &logger,
                    "a ~/query_stream goal's client left: every client of the action present when the goal arrived is gone; the goal is stopped"
                );
                cancel.store(true, Ordering::Relaxed);
                let _ = cancelled_sender.send(true);
                abandoned = true;
            }
            Some(cancel_request) = cancel_requests.next(), if !cancelled => {
                cancel_request.accept();
                // The flag stops a running generation after its current step; the watch ends
                // the wait at once, queued or running (the engine then skips or stops the job).
                cancel.store(true, Ordering::Relaxed);
                let _ = cancelled_sender.send(true);
                cancelled = true;
            }
        }
    };
    // The last feedback goes out before the result: the engine drops its progress sender as it
    // answers, which ends the feedback task. A query that timed out while queued holds it until
    // the engine reaches it, so stop waiting after a moment.
    // A cancelled goal is answered at once: its caller asked to stop hearing about it, and a
    // queued one would hold its progress sender until the engine skips it.
    if cancelled
        || abandoned
        || tokio::time::timeout(FEEDBACK_DRAIN, &mut feedback)
            .await
            .is_err()
    {
        feedback.abort();
    }
    let QueryOutcome {
        success,
        error,
        result,
    } = outcome;
    let result = QueryAction::Result {
        success,
        error,
        result,
    };
    // Once a cancel request is accepted, the goal can only end as cancelled (even when the
    // answer was complete by then: `success` says so).
    let sent = if cancelled {
        goal.cancel(result)
    } else if success {
        goal.succeed(result)
    } else {
        goal.abort(result)
    };
    if let Err(e) = sent {
        log_warn!(&logger, "sending a ~/query_stream result failed: {e}");
    }
}

async fn publish_feedback(
    goal: ActionServerGoal<QueryAction::Action>,
    mut progress: watch::Receiver<GenerationProgress>,
) {
    while progress.changed().await.is_ok() {
        let GenerationProgress { mut text, tokens } = progress.borrow_and_update().clone();
        crate::tasks::limits::make_ros_safe(&mut text);
        // Fails only when the action server is gone (shutdown).
        let _ = goal.publish_feedback(QueryAction::Feedback {
            text_so_far: text,
            tokens_generated: tokens,
        });
    }
}
