//! Messages between the widget and the page that embeds it (postMessage).
//!
//! In: `{"type":"capex:get"}`, `{"type":"capex:set","scenario":{…some keys…}}`,
//! `{"type":"capex:preset","id":"…"}`. Out: `capex:ready`, `capex:state`, `capex:error`.
//! Decoding is strict: unknown fields, unknown keys, wrong types and non-finite numbers
//! are errors, and an erroneous message changes nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Assumption, Preset, Projection, Scenario, Summary, N_ASSUMPTIONS};

/// Largest message accepted, in characters of its JSON form.
pub const MAX_MESSAGE_CHARS: usize = 16 * 1024;

/// A message from the host as decoded (serde-wasm-bindgen in the browser).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHostMessage {
    /// `capex:get`, `capex:set` or `capex:preset`.
    #[serde(rename = "type")]
    pub kind: String,
    /// For `capex:set`: assumption key → value, any subset.
    #[serde(default)]
    pub scenario: Option<BTreeMap<String, f64>>,
    /// For `capex:preset`: the preset's id.
    #[serde(default)]
    pub id: Option<String>,
}

/// Refuses a message whose JSON form has more than [`MAX_MESSAGE_CHARS`] characters.
pub fn check_size(chars: usize) -> Result<(), String> {
    if chars > MAX_MESSAGE_CHARS {
        Err(format!(
            "the message is too large ({chars} characters; at most {MAX_MESSAGE_CHARS})"
        ))
    } else {
        Ok(())
    }
}

/// Refuses a top-level field other than `type`, `scenario` and `id`.
pub fn check_field(key: &str) -> Result<(), String> {
    match key {
        "type" | "scenario" | "id" => Ok(()),
        other => Err(format!("unknown field \"{}\"", shorten(other))),
    }
}

/// What a valid host message asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum HostCommand {
    /// Reply with the current state.
    Get,
    /// Set these assumptions (validated and clamped like a reader's input).
    Set(Vec<(Assumption, f64)>),
    /// Switch to a preset.
    Preset(Preset),
}

/// Checks a decoded message; the error is the `capex:error` message's text.
pub fn interpret(raw: RawHostMessage) -> Result<HostCommand, String> {
    match (raw.kind.as_str(), raw.scenario, raw.id) {
        ("capex:get", None, None) => Ok(HostCommand::Get),
        ("capex:set", Some(scenario), None) => {
            if scenario.is_empty() || scenario.len() > N_ASSUMPTIONS {
                return Err(format!(
                    "capex:set needs between 1 and {N_ASSUMPTIONS} assumptions in \"scenario\""
                ));
            }
            let mut values = Vec::with_capacity(scenario.len());
            for (key, value) in scenario {
                let assumption = Assumption::from_key(&key)
                    .ok_or_else(|| format!("unknown assumption key \"{}\"", shorten(&key)))?;
                if !value.is_finite() {
                    return Err(format!("\"{key}\" must be a finite number"));
                }
                values.push((assumption, value));
            }
            Ok(HostCommand::Set(values))
        }
        ("capex:preset", None, Some(id)) => Preset::from_id(&id)
            .map(HostCommand::Preset)
            .ok_or_else(|| format!("unknown preset \"{}\"", shorten(&id))),
        ("capex:get" | "capex:set" | "capex:preset", _, _) => {
            Err(format!("wrong fields for {}", raw.kind))
        }
        (kind, _, _) => Err(format!("unknown message type \"{}\"", shorten(kind))),
    }
}

/// At most 40 characters of untrusted text, for error messages.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).filter(|c| !c.is_control()).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// The yearly series a host receives.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectionOut<'a> {
    /// 2024–2032.
    pub years: &'a [i32],
    /// Total AI investment, billions of US dollars.
    pub total: &'a [f64],
    /// Training.
    pub training: &'a [f64],
    /// Inference.
    pub inference: &'a [f64],
    /// Other (our assumption).
    pub other: &'a [f64],
}

/// `capex:state`: the scenario, its summary and its yearly series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StateOut<'a> {
    /// Always `capex:state`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Every assumption by key.
    pub scenario: &'a Scenario,
    /// The preset the scenario is exactly, if any.
    pub preset: Option<&'static str>,
    /// Headline numbers.
    pub summary: Summary,
    /// Yearly series.
    pub projection: ProjectionOut<'a>,
    /// What was clamped or adjusted in the last `capex:set`.
    pub adjustments: &'a [AdjustmentOut],
    /// The language the widget speaks, as a BCP 47 tag (`en`, `zh-Hant`).
    pub lang: &'static str,
}

/// One adjustment as a host receives it: a stable code, the assumption's key, and a
/// sentence in the widget's current language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AdjustmentOut {
    /// `not-a-number`, `clamped`, `made-room` or `capped`.
    pub code: &'static str,
    /// The assumption's short key.
    pub key: &'static str,
    /// The sentence the reader would read.
    pub message: String,
}

impl<'a> StateOut<'a> {
    /// The state message for a scenario and its projection.
    pub fn new(
        scenario: &'a Scenario,
        projection: &'a Projection,
        adjustments: &'a [AdjustmentOut],
        lang: &'static str,
    ) -> Self {
        StateOut {
            kind: "capex:state",
            scenario,
            preset: super::preset_of(scenario).map(Preset::id),
            summary: projection.summary(),
            projection: ProjectionOut {
                years: &projection.years,
                total: &projection.total,
                training: &projection.training,
                inference: &projection.inference,
                other: &projection.other,
            },
            adjustments,
            lang,
        }
    }
}
