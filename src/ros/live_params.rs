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
        let params = self.with(name, value).map_err(|e| refused(name, e))?;
        self.values.insert(name.to_string(), value.clone());
        // Nobody listening only means the node is shutting down.
        let _ = self.updates.send(params);
        Ok(())
    }

    fn check_parameter(&self, name: &str, value: &ParameterValue) -> r2r::Result<()> {
        self.with(name, value)
            .map(|_| ())
            .map_err(|e| refused(name, e))
    }
}
