// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `~/query_stream` (robobrain_msgs/action/Query): the service's query as an action, for long
//! answers. Feedback carries the text that is new since the previous feedback, at most every
//! [`FEEDBACK_PERIOD`]; a cancel request stops generation after the current token, which frees the
//! engine for the next query. A goal that ends without its answer (timeout, cancel, abort,
//! shutdown) returns the text generated until then.
//!
//! Each goal runs in a task of its own: the query (shared with the service), a feedback task, and
//! the goal's cancel requests.

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

/// Feedback messages of a goal are at most this frequent; each carries only what is new, so a
/// stream costs bytes in proportion to its text whatever its token rate (when every message
/// carried the whole text, 3,236 tokens gave 3,228 messages of up to the whole answer each).
const FEEDBACK_PERIOD: Duration = Duration::from_millis(50);

/// Bytes at the end of the text a new decode may still change (an incomplete UTF-8 sequence
/// decodes to U+FFFD until its next token arrives): compared again before each delta.
const UNSTABLE_TAIL: usize = 64;

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
        compressed_image: goal.compressed_image,
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
    // Until its result is sent: shutdown waits for it, so a stopped goal keeps its partial text.
    let _in_flight = handler.in_flight();
    let (mut goal, mut cancel_requests) = match request.accept() {
        Ok(accepted) => accepted,
        Err(e) => {
            log_warn!(&logger, "accepting a ~/query_stream goal failed: {e}");
            return;
        }
    };
    let (progress, progress_updates) = watch::channel(GenerationProgress::default());
    // What was generated, for a result that ends without its answer.
    let generated = progress.subscribe();
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
    // At shutdown, too: the engine may hold it until its next step.
    if cancelled
        || abandoned
        || handler.shutting_down()
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
    let (partial_text, partial_tokens) = if success {
        (String::new(), 0)
    } else {
        let so_far = generated.borrow();
        let mut text = so_far.text.clone();
        crate::tasks::limits::make_ros_safe(&mut text);
        (text, so_far.tokens)
    };
    let result = QueryAction::Result {
        success,
        error,
        result,
        partial_text,
        partial_tokens,
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

/// The next feedback: what `text` holds past what was sent (`sent_len` bytes, of which
/// `sent_tail` are the last), from the first byte that differs. Compares only the unstable tail,
/// so each delta costs its own length.
fn next_delta(text: &str, sent_len: usize, sent_tail: &str) -> (usize, String) {
    let tail_start = sent_len - sent_tail.len();
    let mut common = tail_start.min(text.len());
    while !text.is_char_boundary(common) {
        common -= 1;
    }
    if common == tail_start {
        let same: usize = text[tail_start..]
            .chars()
            .zip(sent_tail.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        common += same;
    }
    (common, text[common..].to_string())
}

/// The last [`UNSTABLE_TAIL`] bytes (at most) of `text`, on a character boundary.
fn tail_of(text: &str) -> &str {
    let mut start = text.len().saturating_sub(UNSTABLE_TAIL);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

async fn publish_feedback(
    goal: ActionServerGoal<QueryAction::Action>,
    mut progress: watch::Receiver<GenerationProgress>,
) {
    let (mut sent_len, mut sent_tail) = (0usize, String::new());
    while progress.changed().await.is_ok() {
        let (offset, mut text_new, tokens) = {
            let now = progress.borrow_and_update();
            let (offset, new) = next_delta(&now.text, sent_len, &sent_tail);
            sent_len = now.text.len();
            sent_tail = tail_of(&now.text).to_string();
            (offset, new, now.tokens)
        };
        crate::tasks::limits::make_ros_safe(&mut text_new);
        // Fails only when the action server is gone (shutdown).
        let _ = goal.publish_feedback(QueryAction::Feedback {
            text_new,
            text_offset: offset as u64,
            tokens_generated: tokens,
        });
        tokio::time::sleep(FEEDBACK_PERIOD).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Replays a sequence of decoded texts through the deltas, as a client rebuilds the text.
    fn replay(texts: &[&str]) -> (String, usize) {
        let (mut sent_len, mut sent_tail, mut client) = (0, String::new(), String::new());
        let mut bytes = 0;
        for text in texts {
            let (offset, new) = next_delta(text, sent_len, &sent_tail);
            bytes += new.len();
            client.truncate(offset);
            client.push_str(&new);
            sent_len = text.len();
            sent_tail = tail_of(text).to_string();
        }
        (client, bytes)
    }

    #[test]
    fn deltas_rebuild_the_text_in_linear_bytes() {
        let texts: Vec<String> = (1..=3000).map(|n| "token ".repeat(n)).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (rebuilt, bytes) = replay(&refs);
        assert_eq!(rebuilt, texts[2999]);
        assert_eq!(bytes, texts[2999].len());
    }

    #[test]
    fn a_tail_that_decodes_differently_later_is_sent_again() {
        // An incomplete character decodes to U+FFFD until its last byte arrives.
        let (rebuilt, _) = replay(&["ab", "ab\u{fffd}", "abé", "abéc"]);
        assert_eq!(rebuilt, "abéc");
        let (offset, new) = next_delta("abé", "ab\u{fffd}".len(), "ab\u{fffd}");
        assert_eq!((offset, new.as_str()), (2, "é"));
    }
}
