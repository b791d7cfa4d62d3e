// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The standard parameter services (`ros2 param list/get/set/describe/dump/load`,
//! rqt_reconfigure), served here rather than by r2r's handler, which describes no ranges or
//! read-only flags and words every refusal "Parameter <name> conversion failed: ...".
//!
//! A parameter that only changes how queries are answered or reported takes effect at once:
//! the new values go out on a watch channel that the query handler and the diagnostics task read
//! ([`LiveParameters::subscribe`]). One that decides how the model is loaded or what the node
//! subscribes to (not [`params::Declared::live`]) is read-only: described so, and refused at set
//! time with the reason unless the value is the one it has. Every value [`params::resolve`]
//! would refuse at start is refused. `max_new_tokens` may change but not above its value at
//! start: the memory plan was made for that.

use std::sync::{Arc, Mutex};

use r2r::indexmap::IndexMap;
use r2r::rcl_interfaces::msg::{
    FloatingPointRange, IntegerRange, ListParametersResult, Parameter as ParameterMsg,
    ParameterDescriptor, ParameterEvent, ParameterValue as ValueMsg, SetParametersResult,
};
use r2r::rcl_interfaces::srv::{
    DescribeParameters, GetParameterTypes, GetParameters, ListParameters, SetParameters,
    SetParametersAtomically,
};
use r2r::ParameterValue;
use tokio::sync::{mpsc, watch};

use super::params::{self, NodeParams, ParamDefault, Range, DECLARED};

/// The parameters' current values, checked on every change.
pub struct LiveParameters {
    values: IndexMap<String, ParameterValue>,
    at_start: NodeParams,
    updates: watch::Sender<NodeParams>,
    /// Every accepted change, for /parameter_events and the log.
    changes: Option<mpsc::UnboundedSender<(String, ParameterValue)>>,
}

pub fn default_value(default: ParamDefault) -> ParameterValue {
    match default {
        ParamDefault::Str(s) => ParameterValue::String(s.to_string()),
        ParamDefault::StrList(list) => {
            ParameterValue::StringArray(list.iter().map(|s| s.to_string()).collect())
        }
        ParamDefault::Int(i) => ParameterValue::Integer(i),
        ParamDefault::Float(f) => ParameterValue::Double(f),
        ParamDefault::Bool(b) => ParameterValue::Bool(b),
    }
}

impl LiveParameters {
    /// From the values given at start (`given`: what `--ros-args` and the parameter file set),
    /// the declared defaults for the rest, and the parameters they resolved to.
    pub fn new(given: &dyn Fn(&str) -> Option<ParameterValue>, at_start: NodeParams) -> Self {
        let values = DECLARED
            .iter()
            .map(|p| {
                let value = given(p.name)
                    .filter(|v| !matches!(v, ParameterValue::NotSet))
                    .map(|v| keep_double(p.name, v))
                    .unwrap_or_else(|| default_value(p.default));
                (p.name.to_string(), value)
            })
            .collect();
        let (updates, _) = watch::channel(at_start.clone());
        Self {
            values,
            at_start,
            updates,
            changes: None,
        }
    }

    /// The parameters as they are now, and after every accepted change.
    pub fn subscribe(&self) -> watch::Receiver<NodeParams> {
        self.updates.subscribe()
    }

    /// Accepted changes from now on, as (name, value).
    pub fn changes(&mut self) -> mpsc::UnboundedReceiver<(String, ParameterValue)> {
        let (sender, receiver) = mpsc::unbounded_channel();
        self.changes = Some(sender);
        receiver
    }

    pub fn get(&self, name: &str) -> Option<&ParameterValue> {
        self.values.get(name)
    }

    /// Checks `value` for `name` without setting it.
    pub fn check(&self, name: &str, value: ParameterValue) -> Result<(), String> {
        self.with(name, &keep_double(name, value)).map(|_| ())
    }

    /// Sets `name` to `value` when the node accepts it; why not otherwise.
    pub fn set(&mut self, name: &str, value: ParameterValue) -> Result<(), String> {
        let value = keep_double(name, value);
        let changed = self.values.get(name) != Some(&value);
        let params = self.with(name, &value)?;
        self.values.insert(name.to_string(), value.clone());
        // Nobody listening only means the node is shutting down.
        let _ = self.updates.send(params);
        if changed {
            if let Some(changes) = &self.changes {
                let _ = changes.send((name.to_string(), value));
            }
        }
        Ok(())
    }

    /// The node's parameters with `name` set to `value`, or why that is refused.
    fn with(&self, name: &str, value: &ParameterValue) -> Result<NodeParams, String> {
        if !self.values.contains_key(name) {
            return Err(format!(
                "robobrain has no parameter '{name}' (robobrain_node --print-params lists them)"
            ));
        }
        if value_type(value) != value_type(&self.values[name]) {
            return Err(format!(
                "{name} is {}, not {}",
                type_name(value_type(&self.values[name])),
                type_name(value_type(value))
            ));
        }
        // Setting a load-time parameter to the value it has changes nothing: accepted, so that
        // `ros2 param dump` loads back without a failure.
        if self.values.get(name) == Some(value) {
            return Ok(self.updates.borrow().clone());
        }
        if params::declared(name).is_some_and(|p| !p.live) {
            return Err(format!(
                "{name} cannot change while the node runs (it decides how the model is loaded or what the node subscribes to): restart the node with the new value"
            ));
        }
        let given = |n: &str| {
            if n == name {
                Some(value.clone())
            } else {
                self.values.get(n).cloned()
            }
        };
        let (params, _) = params::resolve(&given, &[]).map_err(|e| format!("{e:#}"))?;
        if params.max_new_tokens > self.at_start.max_new_tokens {
            return Err(format!(
                "max_new_tokens {} is above {}, the value the memory plan was made for at start: restart the node to plan for more",
                params.max_new_tokens, self.at_start.max_new_tokens
            ));
        }
        Ok(params)
    }
}

/// A whole number given for a double parameter (`top_p := 1`) stays a double: the parameter
/// keeps its type, as a YAML `1` for a double does in rclcpp.
fn keep_double(name: &str, value: ParameterValue) -> ParameterValue {
    match (params::declared(name).map(|p| p.default), value) {
        (Some(ParamDefault::Float(_)), ParameterValue::Integer(i)) => {
            ParameterValue::Double(i as f64)
        }
        (_, value) => value,
    }
}

/// rcl_interfaces/ParameterType of `value`.
/// rcl_interfaces/ParameterType of a value.
fn value_type(value: &ParameterValue) -> u8 {
    match value {
        ParameterValue::NotSet => 0,
        ParameterValue::Bool(_) => 1,
        ParameterValue::Integer(_) => 2,
        ParameterValue::Double(_) => 3,
        ParameterValue::String(_) => 4,
        ParameterValue::ByteArray(_) => 5,
        ParameterValue::BoolArray(_) => 6,
        ParameterValue::IntegerArray(_) => 7,
        ParameterValue::DoubleArray(_) => 8,
        ParameterValue::StringArray(_) => 9,
    }
}

fn type_name(parameter_type: u8) -> &'static str {
    match parameter_type {
        1 => "a bool",
        2 => "an integer",
        3 => "a double",
        4 => "a string",
        5 => "a byte array",
        6 => "a bool array",
        7 => "an integer array",
        8 => "a double array",
        9 => "a string array",
        _ => "unset",
    }
}

/// The value of a parameter message; None for a type that does not exist.
fn from_msg(msg: &ValueMsg) -> Option<ParameterValue> {
    Some(match msg.type_ {
        0 => ParameterValue::NotSet,
        1 => ParameterValue::Bool(msg.bool_value),
        2 => ParameterValue::Integer(msg.integer_value),
        3 => ParameterValue::Double(msg.double_value),
        4 => ParameterValue::String(msg.string_value.clone()),
        5 => ParameterValue::ByteArray(msg.byte_array_value.clone()),
        6 => ParameterValue::BoolArray(msg.bool_array_value.clone()),
        7 => ParameterValue::IntegerArray(msg.integer_array_value.clone()),
        8 => ParameterValue::DoubleArray(msg.double_array_value.clone()),
        9 => ParameterValue::StringArray(msg.string_array_value.clone()),
        _ => return None,
    })
}

/// What `ros2 param describe` shows: the description, the range, and read-only for the
/// parameters that need a restart.
pub fn descriptor(name: &str) -> ParameterDescriptor {
    let Some(declared) = params::declared(name) else {
        return ParameterDescriptor {
            name: name.to_string(),
            ..Default::default()
        };
    };
    let default = super::live_params::default_value(declared.default);
    let mut descriptor = ParameterDescriptor {
        name: name.to_string(),
        type_: value_type(&default),
        description: declared.description.to_string(),
        read_only: !declared.live,
        additional_constraints: if declared.live {
            String::new()
        } else {
            "set at start (parameter file or -p); a change needs a restart".to_string()
        },
        ..Default::default()
    };
    match declared.range {
        Range::Any => {}
        Range::Int(from_value, to_value) => {
            descriptor.integer_range = vec![IntegerRange {
                from_value,
                to_value,
                step: 0,
            }]
        }
        Range::Float(from_value, to_value) => {
            descriptor.floating_point_range = vec![FloatingPointRange {
                from_value,
                to_value,
                step: 0.0,
            }]
        }
        // A descriptor has no length range for strings: the bound goes into its text.
        Range::Chars(max) => {
            let bound = format!("at most {max} characters");
            descriptor.additional_constraints = if descriptor.additional_constraints.is_empty() {
                bound
            } else {
                format!("{bound}; {}", descriptor.additional_constraints)
            };
        }
    }
    descriptor
}

/// rcl_interfaces/ParameterValue of `value`.
fn value_msg(value: ParameterValue) -> ValueMsg {
    let mut msg = ValueMsg::default();
    match value {
        ParameterValue::NotSet => {}
        ParameterValue::Bool(b) => (msg.type_, msg.bool_value) = (1, b),
        ParameterValue::Integer(i) => (msg.type_, msg.integer_value) = (2, i),
        ParameterValue::Double(d) => (msg.type_, msg.double_value) = (3, d),
        ParameterValue::String(s) => (msg.type_, msg.string_value) = (4, s),
        ParameterValue::ByteArray(b) => (msg.type_, msg.byte_array_value) = (5, b),
        ParameterValue::BoolArray(b) => (msg.type_, msg.bool_array_value) = (6, b),
        ParameterValue::IntegerArray(i) => (msg.type_, msg.integer_array_value) = (7, i),
        ParameterValue::DoubleArray(d) => (msg.type_, msg.double_array_value) = (8, d),
        ParameterValue::StringArray(s) => (msg.type_, msg.string_array_value) = (9, s),
    }
    msg
}

/// Logs every accepted change and publishes it on /parameter_events (r2r's handler publishes
/// none), so rqt_reconfigure and `ros2 param` watchers see changes made by others.
pub async fn publish_events(
    mut changes: mpsc::UnboundedReceiver<(String, ParameterValue)>,
    events: r2r::Publisher<ParameterEvent>,
    node_path: String,
    clock: super::clock::RosClock,
    logger: String,
) {
    while let Some((name, value)) = changes.recv().await {
        log_info!(
            &logger,
            "parameter {name} set to {}",
            describe_value(&value)
        );
        let event = ParameterEvent {
            stamp: clock.stamp(),
            node: node_path.clone(),
            changed_parameters: vec![ParameterMsg {
                name,
                value: value_msg(value),
            }],
            ..Default::default()
        };
        if let Err(e) = events.publish(&event) {
            log_warn!(&logger, "publishing /parameter_events failed: {e}");
        }
    }
}

/// A value as people write it (`2.5`, `8`, `['a', 'b']`), not Rust's debug text.
pub fn describe_value(value: &ParameterValue) -> String {
    match value {
        ParameterValue::NotSet => "(not set)".into(),
        ParameterValue::Bool(b) => b.to_string(),
        ParameterValue::Integer(i) => i.to_string(),
        ParameterValue::Double(d) => format!("{d:?}"),
        ParameterValue::String(s) => format!("'{s}'"),
        ParameterValue::ByteArray(b) => format!("{b:?}"),
        ParameterValue::BoolArray(b) => format!("{b:?}"),
        ParameterValue::IntegerArray(i) => format!("{i:?}"),
        ParameterValue::DoubleArray(d) => format!("{d:?}"),
        ParameterValue::StringArray(s) => format!("{s:?}"),
    }
}

/// The requests of the six parameter services, drained by the spin thread.
pub struct Requests {
    pub list: mpsc::UnboundedReceiver<r2r::ServiceRequest<ListParameters::Service>>,
    pub describe: mpsc::UnboundedReceiver<r2r::ServiceRequest<DescribeParameters::Service>>,
    pub types: mpsc::UnboundedReceiver<r2r::ServiceRequest<GetParameterTypes::Service>>,
    pub get: mpsc::UnboundedReceiver<r2r::ServiceRequest<GetParameters::Service>>,
    pub set: mpsc::UnboundedReceiver<r2r::ServiceRequest<SetParameters::Service>>,
    pub set_atomically:
        mpsc::UnboundedReceiver<r2r::ServiceRequest<SetParametersAtomically::Service>>,
}

fn result(outcome: Result<(), String>) -> SetParametersResult {
    SetParametersResult {
        successful: outcome.is_ok(),
        reason: outcome.err().unwrap_or_default(),
    }
}

fn set_one(live: &mut LiveParameters, parameter: &ParameterMsg) -> Result<(), String> {
    let value = from_msg(&parameter.value)
        .ok_or_else(|| format!("parameter type {} does not exist", parameter.value.type_))?;
    live.set(&parameter.name, value)
}

/// Serves the parameter services from `live` until the node shuts down.
pub async fn serve(live: Arc<Mutex<LiveParameters>>, requests: Requests, logger: String) {
    let Requests {
        mut list,
        mut describe,
        mut types,
        mut get,
        mut set,
        mut set_atomically,
    } = requests;
    let reply = |name: &'static str| (name, logger.clone());
    loop {
        tokio::select! {
            Some(request) = list.recv() => {
                let prefixes = request.message.prefixes.clone();
                let names = DECLARED
                    .iter()
                    .map(|p| p.name.to_string())
                    .filter(|n| prefixes.is_empty() || prefixes.iter().any(|p| n == p || n.starts_with(&format!("{p}."))))
                    .collect();
                let response = ListParameters::Response {
                    result: ListParametersResult { names, prefixes: vec![] },
                };
                let (service, logger) = reply("~/list_parameters");
                super::send_reply(request, response, service, &logger).await;
            }
            Some(request) = describe.recv() => {
                let descriptors = request.message.names.iter().map(|n| descriptor(n)).collect();
                let (service, logger) = reply("~/describe_parameters");
                super::send_reply(request, DescribeParameters::Response { descriptors }, service, &logger).await;
            }
            Some(request) = types.recv() => {
                let types = {
                    let live = super::lock(&live);
                    request.message.names.iter().map(|n| live.get(n).map_or(0, value_type)).collect()
                };
                let (service, logger) = reply("~/get_parameter_types");
                super::send_reply(request, GetParameterTypes::Response { types }, service, &logger).await;
            }
            Some(request) = get.recv() => {
                let values = {
                    let live = super::lock(&live);
                    request.message.names.iter()
                        .map(|n| live.get(n).cloned().map_or_else(ValueMsg::default, value_msg))
                        .collect()
                };
                let (service, logger) = reply("~/get_parameters");
                super::send_reply(request, GetParameters::Response { values }, service, &logger).await;
            }
            Some(request) = set.recv() => {
                let results = {
                    let mut live = super::lock(&live);
                    request.message.parameters.iter().map(|p| result(set_one(&mut live, p))).collect()
                };
                let (service, logger) = reply("~/set_parameters");
                super::send_reply(request, SetParameters::Response { results }, service, &logger).await;
            }
            Some(request) = set_atomically.recv() => {
                let outcome = {
                    let mut live = super::lock(&live);
                    let parameters = &request.message.parameters;
                    // All or none: every value checked before any is set.
                    let checked: Result<(), String> = parameters.iter().try_for_each(|p| {
                        let value = from_msg(&p.value)
                            .ok_or_else(|| format!("{}: parameter type {} does not exist", p.name, p.value.type_))?;
                        live.check(&p.name, value).map_err(|e| format!("{}: {e}", p.name))
                    });
                    checked.and_then(|()| parameters.iter().try_for_each(|p| set_one(&mut live, p)))
                };
                let (service, logger) = reply("~/set_parameters_atomically");
                let response = SetParametersAtomically::Response { result: result(outcome) };
                super::send_reply(request, response, service, &logger).await;
            }
            else => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live() -> LiveParameters {
        let (params, _) = params::resolve(&|_| None, &[]).unwrap();
        LiveParameters::new(&|_| None, params)
    }

    #[test]
    fn value_types_are_those_of_the_message() {
        for value in [
            ParameterValue::NotSet,
            ParameterValue::Bool(true),
            ParameterValue::Integer(1),
            ParameterValue::Double(1.0),
            ParameterValue::String("a".into()),
            ParameterValue::ByteArray(vec![1]),
            ParameterValue::BoolArray(vec![true]),
            ParameterValue::IntegerArray(vec![1]),
            ParameterValue::DoubleArray(vec![1.0]),
            ParameterValue::StringArray(vec!["a".into()]),
        ] {
            assert_eq!(
                value_type(&value),
                value_msg(value.clone()).type_,
                "{value:?}"
            );
        }
    }

    #[test]
    fn descriptions_carry_ranges_and_read_only() {
        let top_p = descriptor("top_p");
        assert!(!top_p.read_only);
        assert_eq!(top_p.type_, 3);
        assert_eq!(
            (
                top_p.floating_point_range[0].from_value,
                top_p.floating_point_range[0].to_value
            ),
            (-1.0, 1.0)
        );
        let model_path = descriptor("model_path");
        assert!(model_path.read_only && model_path.integer_range.is_empty());
        assert!(!descriptor("gpu_layers").integer_range.is_empty());
    }

    #[test]
    fn a_whole_number_for_a_double_stays_a_double_and_changes_are_reported() {
        let mut live = live();
        let mut changes = live.changes();
        live.set("top_p", ParameterValue::Integer(1)).unwrap();
        assert_eq!(live.get("top_p"), Some(&ParameterValue::Double(1.0)));
        assert_eq!(
            changes.try_recv().unwrap(),
            ("top_p".to_string(), ParameterValue::Double(1.0))
        );
    }

    #[test]
    fn load_time_values_load_back_and_refusals_read_plainly() {
        let mut live = live();
        let device = live.get("device").cloned().unwrap();
        live.set("device", device).unwrap(); // what `ros2 param load` of a dump does
        let refused = live
            .set("model_path", ParameterValue::String("/elsewhere".into()))
            .unwrap_err();
        assert!(refused.contains("restart"), "{refused}");
        let wrong_type = live
            .set("max_new_tokens", ParameterValue::Double(2.5))
            .unwrap_err();
        assert_eq!(wrong_type, "max_new_tokens is an integer, not a double");
        let out_of_range = live.set("top_p", ParameterValue::Double(2.5)).unwrap_err();
        assert!(!out_of_range.contains("Double("), "{out_of_range}");
        assert!(live.set("no_such", ParameterValue::Bool(true)).is_err());
    }
}
