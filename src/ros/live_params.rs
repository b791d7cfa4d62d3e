//! The standard parameter services (`ros2 param list/get/set/describe/dump`, rqt_reconfigure)
//! through r2r's parameter handler, with the node's own checks.
//!
//! A parameter that only changes how queries are answered or reported takes effect at once:
//! the new values go out on a watch channel that the query handler and the diagnostics task read
//! ([`LiveParameters::subscribe`]). One that decides how the model is loaded or what the node
//! subscribes to (not [`params::Declared::live`]) is refused at set time with the reason, and so is every
//! value [`params::resolve`] would refuse at start. `max_new_tokens` may change but not above its
//! value at start: the memory plan was made for that.

use r2r::indexmap::IndexMap;
use r2r::{Parameter, ParameterValue, RosParams};
use tokio::sync::watch;

use super::params::{self, NodeParams, ParamDefault, DECLARED};

/// The parameters' current values, checked on every change.
pub struct LiveParameters {
    values: IndexMap<String, ParameterValue>,
    at_start: NodeParams,
    updates: watch::Sender<NodeParams>,
}

fn default_value(default: ParamDefault) -> ParameterValue {
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
                    .unwrap_or_else(|| default_value(p.default));
                (p.name.to_string(), value)
            })
            .collect();
        let (updates, _) = watch::channel(at_start.clone());
        Self {
            values,
            at_start,
            updates,
        }
    }

    /// The parameters as they are now, and after every accepted change.
    pub fn subscribe(&self) -> watch::Receiver<NodeParams> {
        self.updates.subscribe()
    }

    /// The node's parameters with `name` set to `value`, or why that is refused.
    fn with(&self, name: &str, value: &ParameterValue) -> Result<NodeParams, String> {
        if !self.values.contains_key(name) {
            return Err(format!(
                "robobrain has no parameter '{name}' (robobrain_node --print-params lists them)"
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

fn refused(name: &str, reason: String) -> r2r::Error {
    // r2r's only error with a free text; its message reads "Parameter <name> conversion failed:
    // <reason>", which is what `ros2 param set` shows.
    r2r::Error::ParameterValueConv {
        name: name.to_string(),
        msg: reason,
    }
}

impl RosParams for LiveParameters {
    fn register_parameters(
        &mut self,
        _prefix: &str,
        _param: Option<Parameter>,
        params: &mut IndexMap<String, Parameter>,
    ) -> r2r::Result<()> {
        for declared in DECLARED {
            params.insert(
                declared.name.to_string(),
                Parameter {
                    value: self.values[declared.name].clone(),
                    description: declared.description,
                },
            );
        }
        Ok(())
    }

    fn get_parameter(&mut self, name: &str) -> r2r::Result<ParameterValue> {
        self.values
            .get(name)
            .cloned()
            .ok_or_else(|| r2r::Error::InvalidParameterName {
                name: name.to_string(),
            })
    }

    fn set_parameter(&mut self, name: &str, value: &ParameterValue) -> r2r::Result<()> {
        let value = &keep_double(name, value.clone());
        let params = self.with(name, value).map_err(|e| refused(name, e))?;
        self.values.insert(name.to_string(), value.clone());
        // Nobody listening only means the node is shutting down.
        let _ = self.updates.send(params);
        Ok(())
    }

    fn check_parameter(&self, name: &str, value: &ParameterValue) -> r2r::Result<()> {
        self.with(name, &keep_double(name, value.clone()))
            .map(|_| ())
            .map_err(|e| refused(name, e))
    }
}

/// rcl_interfaces/ParameterValue of `value`.
fn value_msg(value: ParameterValue) -> r2r::rcl_interfaces::msg::ParameterValue {
    use r2r::rcl_interfaces::msg::ParameterValue as Msg;
    let mut msg = Msg::default();
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
    mut changes: impl futures::Stream<Item = (String, ParameterValue)> + Unpin,
    events: r2r::Publisher<r2r::rcl_interfaces::msg::ParameterEvent>,
    node_path: String,
    clock: super::clock::RosClock,
    logger: String,
) {
    use futures::StreamExt as _;
    while let Some((name, value)) = changes.next().await {
        log_info!(
            &logger,
            "parameter {name} set to {}",
            describe_value(&value)
        );
        let event = r2r::rcl_interfaces::msg::ParameterEvent {
            stamp: clock.stamp(),
            node: node_path.clone(),
            changed_parameters: vec![r2r::rcl_interfaces::msg::Parameter {
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
