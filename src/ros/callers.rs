// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Whether the caller of a `~/query` request or a `~/query_stream` goal is still there, from the
//! ROS graph, so that a query whose caller died stops instead of holding the engine until its
//! deadline. (An action client sends its goal through the action's `send_goal` service: the
//! same reading applies.)
//!
//! ROS tells a service nothing when a client goes away, and r2r 0.9 does not say which client
//! sent a request (rmw's request id is private to `ServiceRequest`). The graph does list every
//! client's request writer: the publishers of the service's request topic (`rq/<service>Request`
//! in DDS, read unmangled). So a query keeps the set of writers present when it arrived, one of
//! which is its caller's (DDS delivers nothing from a writer it has not discovered), and when
//! none of them is left its caller is certainly gone: a client that appeared later cannot have
//! sent it. This never cancels a live caller, but it misses a dead one while another client that
//! was there at its arrival lives on (two planners sharing the node); the query's deadline
//! bounds that case, as before.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::sync::watch;

/// The endpoint GIDs of the service's clients, as last read from the graph.
type Clients = Arc<HashSet<Vec<u8>>>;

/// Reads the graph in the spin thread (r2r's node lives there) and shares what it found.
pub struct ClientGraph {
    request_topic: String,
    clients: watch::Sender<Clients>,
}

/// What the query tasks see of the service's clients.
#[derive(Clone)]
pub struct ClientWatch(watch::Receiver<Clients>);

impl ClientGraph {
    /// For the service `service` (fully qualified, e.g. `/robobrain/query`).
    pub fn new(service: &str) -> (Self, ClientWatch) {
        let (clients, receiver) = watch::channel(Clients::default());
        let graph = Self {
            request_topic: format!("rq{service}Request"),
            clients,
        };
        (graph, ClientWatch(receiver))
    }

    /// Reads the clients from the graph; called after each spin and before its requests are
    /// handed on, so that a request's arrival snapshot holds its sender. A graph error keeps
    /// the last reading (it only means a dead caller is noticed later).
    pub fn refresh(&self, node: &r2r::Node) {
        let Ok(writers) = node.get_publishers_info_by_topic(&self.request_topic, true) else {
            return;
        };
        let now: HashSet<Vec<u8>> = writers
            .into_iter()
            .map(|writer| writer.endpoint_gid.to_vec())
            .collect();
        self.clients.send_if_modified(|clients| {
            if **clients == now {
                false
            } else {
                *clients = Arc::new(now);
                true
            }
        });
    }
}

impl ClientWatch {
    /// For a query arriving now: resolves once every client present now has left the graph;
    /// never when none is known (the graph not read yet), which proves nothing.
    pub fn caller_gone(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut clients = self.0.clone();
        let at_arrival = clients.borrow_and_update().clone();
        async move {
            let gone = !at_arrival.is_empty()
                && clients
                    .wait_for(|now| at_arrival.is_disjoint(now))
                    .await
                    .is_ok();
            if !gone {
                std::future::pending::<()>().await;
            }
        }
    }

    /// [`ClientWatch::caller_gone`] as a receiver that turns true, with `cancel` set and
    /// `on_gone` called, when it resolves (for a service query's [`super::query::Streaming`]).
    pub fn watch_caller(
        &self,
        cancel: Arc<AtomicBool>,
        on_gone: impl FnOnce() + Send + 'static,
    ) -> watch::Receiver<bool> {
        let (gone, receiver) = watch::channel(false);
        let caller_gone = self.caller_gone();
        tokio::spawn(async move {
            tokio::select! {
                // Ends with the query: its receiver is dropped with it.
                _ = gone.closed() => {}
                _ = caller_gone => {
                    cancel.store(true, Ordering::Relaxed);
                    let _ = gone.send(true);
                    on_gone();
                }
            }
        });
        receiver
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn clients(ids: &[u8]) -> Clients {
        Arc::new(ids.iter().map(|&id| vec![id; 16]).collect())
    }

    #[tokio::test]
    async fn a_query_is_cancelled_only_when_every_client_of_its_arrival_is_gone() {
        let (sender, receiver) = watch::channel(clients(&[1, 2]));
        let watch = ClientWatch(receiver);
        let cancel = Arc::new(AtomicBool::new(false));
        let mut gone = watch.watch_caller(cancel.clone(), || {});
        // A newcomer cannot have sent it; one of the first two is still there.
        sender.send(clients(&[2, 3])).unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!*gone.borrow() && !cancel.load(Ordering::Relaxed));
        sender.send(clients(&[3])).unwrap();
        tokio::time::timeout(Duration::from_secs(1), gone.wait_for(|g| *g))
            .await
            .expect("noticed")
            .unwrap();
        assert!(cancel.load(Ordering::Relaxed));
    }

    #[tokio::test]
    async fn an_empty_reading_proves_nothing() {
        let (sender, receiver) = watch::channel(Clients::default());
        let watch = ClientWatch(receiver);
        let cancel = Arc::new(AtomicBool::new(false));
        let gone = watch.watch_caller(cancel.clone(), || {});
        sender.send(clients(&[4])).unwrap();
        sender.send(Clients::default()).unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!*gone.borrow() && !cancel.load(Ordering::Relaxed));
    }
}
