//! Messages between the widget and the page that embeds it (postMessage).
//!
//! In: `{"type":"capex:get"}`, `{"type":"capex:set","scenario":{…some keys…}}`,
//! `{"type":"capex:preset","id":"…"}`, and `capex:step` (a whole state at once: scenario
//! or preset, chart, likely range and a note; a story page sends one per step). Out:
//! `capex:ready`, `capex:state`, `capex:error`.
//! Decoding is strict: unknown fields, unknown keys, wrong types and non-finite numbers
//! are errors, and an erroneous message changes nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::charts::View;
use crate::model::{Assumption, Preset, Projection, Scenario, Summary, Validated, N_ASSUMPTIONS};

/// Largest message accepted, in characters of its JSON form.
pub const MAX_MESSAGE_CHARS: usize = 16 * 1024;

/// Longest note a `capex:step` may show on the chart, in characters.
pub const MAX_NOTE_CHARS: usize = 280;

/// A message from the host as decoded (serde-wasm-bindgen in the browser).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHostMessage {
    /// `capex:get`, `capex:set`, `capex:preset` or `capex:step`.
    #[serde(rename = "type")]
    pub kind: String,
    /// For `capex:set` and `capex:step`: assumption key → value, any subset.
    #[serde(default)]
    pub scenario: Option<BTreeMap<String, f64>>,
    /// For `capex:preset`: the preset's id.
    #[serde(default)]
    pub id: Option<String>,
    /// For `capex:step`: the preset to start from.
    #[serde(default)]
    pub preset: Option<String>,
    /// For `capex:step`: the chart's key (`investment`, `shares`, `companies`,
    /// `sensitivity`).
    #[serde(default)]
    pub view: Option<String>,
    /// For `capex:step`: whether the likely range is shown.
    #[serde(default)]
    pub range: Option<bool>,
    /// For `capex:step`: plain text shown on the chart.
    #[serde(default)]
    pub note: Option<String>,
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

/// Refuses a top-level field that no message has.
pub fn check_field(key: &str) -> Result<(), String> {
    match key {
        "type" | "scenario" | "id" | "preset" | "view" | "range" | "note" => Ok(()),
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
    /// Move to a whole state (a story's step).
    Step(Step),
}

/// A story's step: everything the reader sees, so that the same step always shows the
/// same picture, whatever came before.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The preset to start from; `None`: the report's baseline.
    pub preset: Option<Preset>,
    /// Assumptions set on top of it (validated and clamped like a reader's input).
    pub values: Vec<(Assumption, f64)>,
    /// The chart shown.
    pub view: View,
    /// Whether the likely range is shown.
    pub range: bool,
    /// What the chart says beside the data: plain text, at most [`MAX_NOTE_CHARS`].
    pub note: Option<String>,
}

impl Step {
    /// The step's scenario, with what had to be adjusted to make it.
    pub fn scenario(&self) -> Validated {
        self.preset
            .map(Preset::scenario)
            .unwrap_or_default()
            .with_all(&self.values)
    }
}

/// Checks a decoded message; the error is the `capex:error` message's text.
pub fn interpret(raw: RawHostMessage) -> Result<HostCommand, String> {
    let RawHostMessage {
        kind,
        scenario,
        id,
        preset,
        view,
        range,
        note,
    } = raw;
    let step_fields = preset.is_some() || view.is_some() || range.is_some() || note.is_some();
    match (kind.as_str(), scenario, id) {
        ("capex:step", scenario, None) => {
            step(scenario, preset, view, range, note).map(HostCommand::Step)
        }
        ("capex:get" | "capex:set" | "capex:preset", _, _) if step_fields => {
            Err(format!("wrong fields for {kind}"))
        }
        ("capex:get", None, None) => Ok(HostCommand::Get),
        ("capex:set", Some(scenario), None) => {
            if scenario.is_empty() {
                return Err(format!(
                    "capex:set needs between 1 and {N_ASSUMPTIONS} assumptions in \"scenario\""
                ));
            }
            assumptions(scenario).map(HostCommand::Set)
        }
        ("capex:preset", None, Some(id)) => preset_named(&id).map(HostCommand::Preset),
        ("capex:get" | "capex:set" | "capex:preset" | "capex:step", _, _) => {
            Err(format!("wrong fields for {kind}"))
        }
        (kind, _, _) => Err(format!("unknown message type \"{}\"", shorten(kind))),
    }
}

/// A `capex:step`'s fields, checked.
fn step(
    scenario: Option<BTreeMap<String, f64>>,
    preset: Option<String>,
    view: Option<String>,
    range: Option<bool>,
    note: Option<String>,
) -> Result<Step, String> {
    if scenario.is_some() && preset.is_some() {
        return Err("capex:step takes \"scenario\" or \"preset\", not both".to_owned());
    }
    let view = match view {
        None => View::Investment,
        Some(key) => View::from_key(&key).ok_or_else(|| {
            format!(
                "unknown view \"{}\" (investment, shares, companies or sensitivity)",
                shorten(&key)
            )
        })?,
    };
    let note = match note {
        Some(text) if text.chars().count() > MAX_NOTE_CHARS => {
            return Err(format!(
                "the note is too long (at most {MAX_NOTE_CHARS} characters)"
            ))
        }
        // Plain text on one line: control characters (line breaks too) become spaces.
        Some(text) => {
            let text: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            Some(text.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty())
        }
        None => None,
    };
    Ok(Step {
        preset: preset.as_deref().map(preset_named).transpose()?,
        values: scenario.map(assumptions).transpose()?.unwrap_or_default(),
        view,
        range: range.unwrap_or(false),
        note,
    })
}

/// Assumption key → value, checked: known keys, finite values, not too many.
fn assumptions(scenario: BTreeMap<String, f64>) -> Result<Vec<(Assumption, f64)>, String> {
    if scenario.len() > N_ASSUMPTIONS {
        return Err(format!(
            "at most {N_ASSUMPTIONS} assumptions in \"scenario\""
        ));
    }
    let mut values = Vec::with_capacity(scenario.len());
    for (key, value) in scenario {
        let assumption = Assumption::from_key(&key)
            .ok_or_else(|| format!("unknown assumption key \"{}\"", shorten(&key)))?;
        if !value.is_finite() {
            return Err(format!("\"{}\" must be a finite number", shorten(&key)));
        }
        values.push((assumption, value));
    }
    Ok(values)
}

fn preset_named(id: &str) -> Result<Preset, String> {
    Preset::from_id(id).ok_or_else(|| format!("unknown preset \"{}\"", shorten(id)))
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
    /// The chart shown, its likely range and its note.
    #[serde(flatten)]
    pub chart: ChartOut<'a>,
}

/// What the chart shows, as a host receives it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ChartOut<'a> {
    /// The chart's key: `investment`, `shares`, `companies` or `sensitivity`.
    pub view: &'static str,
    /// Whether the likely range is shown.
    pub range: bool,
    /// The note a `capex:step` put on the chart, if it is still there.
    pub note: Option<&'a str>,
}

impl Default for ChartOut<'_> {
    fn default() -> Self {
        ChartOut {
            view: View::Investment.key(),
            range: false,
            note: None,
        }
    }
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
        chart: ChartOut<'a>,
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
            chart,
        }
    }
}
