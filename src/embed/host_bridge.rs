//! The host API: a page that embeds the widget can read and set its state with
//! postMessage. Only messages from the parent window are read (and, when the embed
//! URL names `origins`, only from those origins).

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageEvent;

use crate::components::ChartChoice;
use crate::hooks::use_debounce_fn;
use crate::i18n::Lang;
use crate::markup::adjustment;
use crate::model::{Adjustment, Projection, Scenario, Validated, N_YEARS};
use crate::state::host::{
    check_field, check_size, interpret, AdjustmentOut, ChartOut, HostCommand, RawHostMessage,
    StateOut,
};

/// How long after the last change the host hears about it.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// What [`use_host_bridge`] needs.
pub struct UseHostBridgeOptions {
    /// The reader's scenario.
    pub scenario: RwSignal<Scenario>,
    /// The projection of it.
    pub projection: Memo<Projection>,
    /// Applies a validated scenario (and shows its adjustments to the reader).
    pub apply: Callback<Validated>,
    /// The reader's language: the adjustments' sentences are written in it.
    pub lang: RwSignal<Lang>,
    /// The chart shown, its likely range and its note: a step sets them.
    pub choice: ChartChoice,
    /// Origins allowed to talk to the widget; empty: any origin of the parent window.
    pub origins: Vec<String>,
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn post(message: &JsValue) {
    if let Ok(Some(parent)) = window().parent() {
        // The state is public (it is what the reader sees), so any parent origin may read it.
        _ = parent.post_message(message, "*");
    }
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    message: &'a str,
}

fn post_error(message: &str) {
    post(&to_js(&ErrorOut {
        kind: "capex:error",
        message,
    }));
}

fn post_state(
    scenario: &Scenario,
    projection: &Projection,
    adjustments: &[Adjustment],
    lang: Lang,
    choice: ChartChoice,
) {
    let t = lang.text();
    let adjustments: Vec<AdjustmentOut> = adjustments
        .iter()
        .map(|a| AdjustmentOut {
            code: a.code(),
            key: a.assumption().spec().key,
            message: adjustment(t, a),
        })
        .collect();
    choice.note.with_untracked(|note| {
        let chart = ChartOut {
            view: choice.view.get_untracked().key(),
            range: choice.band.get_untracked(),
            note: note.as_deref(),
        };
        post(&to_js(&StateOut::new(
            scenario,
            projection,
            &adjustments,
            lang.tag(),
            chart,
        )));
    });
}

/// Whether `value` is a plain object (`{…}`), not an array, Map, Date or class instance.
fn is_plain_object(value: &JsValue) -> bool {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return false;
    }
    let proto = js_sys::Object::get_prototype_of(value);
    proto.is_null()
        || js_sys::Object::is(
            &proto,
            &js_sys::Object::get_prototype_of(&js_sys::Object::new()),
        )
}

/// Reads one message's data into a command (`Ok(None)`: not for us), or the reason it
/// was refused.
fn decode(data: JsValue) -> Result<Option<HostCommand>, String> {
    if let Some(text) = data.as_string() {
        // Pym.js parents talk to their children in strings; those are not for us.
        if text.starts_with("pym") {
            return Ok(None);
        }
        return Err("messages must be objects like {\"type\":\"capex:get\"}".to_owned());
    }
    if !is_plain_object(&data) {
        return Err("messages must be plain objects like {\"type\":\"capex:get\"}".to_owned());
    }
    // What the widget itself sends (a host may echo it back, or a top-level page may
    // hear itself): never an error, never acted on.
    let kind = js_sys::Reflect::get(&data, &"type".into())
        .ok()
        .and_then(|t| t.as_string());
    if matches!(
        kind.as_deref(),
        Some("capex:ready" | "capex:state" | "capex:error" | "capex:height")
    ) || js_sys::Reflect::has(&data, &"datawrapper-height".into()).unwrap_or(false)
    {
        return Ok(None);
    }
    let size = js_sys::JSON::stringify(&data)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| "the message could not be read (cyclic, too deep, or not JSON)".to_owned())?
        .chars()
        .count();
    check_size(size)?;
    // serde-wasm-bindgen reads only a struct's own fields from an object, so the
    // strict "no unknown fields" rule is checked here, on the object's own keys.
    for key in js_sys::Object::keys(data.unchecked_ref::<js_sys::Object>()).iter() {
        check_field(&key.as_string().unwrap_or_default())?;
    }
    let scenario = js_sys::Reflect::get(&data, &"scenario".into()).unwrap_or(JsValue::UNDEFINED);
    if !scenario.is_undefined() && !is_plain_object(&scenario) {
        return Err("\"scenario\" must be a plain object of numbers".to_owned());
    }
    let raw: RawHostMessage = serde_wasm_bindgen::from_value(data).map_err(|e| {
        let detail: String = e.to_string().chars().take(80).collect();
        format!("the message is malformed: {detail}")
    })?;
    interpret(raw).map(Some)
}

/// Answers the host page: `capex:ready` once mounted, `capex:state` in reply to
/// `capex:get` and (debounced) after every change of the scenario, the language, the
/// chart, its range or its note; `capex:error` for anything refused. `capex:step` sets
/// the whole state a story's step shows.
pub fn use_host_bridge(options: UseHostBridgeOptions) {
    let UseHostBridgeOptions {
        scenario,
        projection,
        apply,
        lang,
        choice,
        origins,
    } = options;
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let last_adjustments = StoredValue::new(Vec::<Adjustment>::new());

    let handle = window_event_listener(ev::message, move |event: MessageEvent| {
        let from_parent = event
            .source()
            .is_some_and(|s| js_sys::Object::is(&s, &parent));
        if !from_parent
            || (!origins.is_empty() && !origins.contains(&event.origin().to_ascii_lowercase()))
        {
            return;
        }
        match decode(event.data()) {
            Ok(None) => {}
            Ok(Some(HostCommand::Get)) => {
                projection.with_untracked(|p| {
                    post_state(
                        &scenario.get_untracked(),
                        p,
                        &[],
                        lang.get_untracked(),
                        choice,
                    )
                });
            }
            Ok(Some(HostCommand::Set(values))) => {
                let validated = scenario.get_untracked().with_all(&values);
                last_adjustments.set_value(validated.adjustments.clone());
                apply.run(validated);
            }
            Ok(Some(HostCommand::Preset(preset))) => {
                last_adjustments.set_value(Vec::new());
                apply.run(Validated {
                    scenario: preset.scenario(),
                    adjustments: Vec::new(),
                });
            }
            Ok(Some(HostCommand::Step(step))) => {
                let validated = step.scenario();
                last_adjustments.set_value(validated.adjustments.clone());
                apply.run(validated);
                if choice.view.get_untracked() != step.view {
                    choice.view.set(step.view);
                }
                if choice.band.get_untracked() != step.range {
                    choice.band.set(step.range);
                }
                // The rest of the chart as a fresh page shows it: no other forecasts,
                // the companies in the last year.
                if choice.forecasts.get_untracked() {
                    choice.forecasts.set(false);
                }
                if choice.year.get_untracked() != N_YEARS - 1 {
                    choice.year.set(N_YEARS - 1);
                }
                choice.note.set(step.note);
            }
            Err(message) => post_error(&message),
        }
    });
    on_cleanup(move || handle.remove());

    let debounce = use_debounce_fn(DEBOUNCE);
    // After every change of the scenario or of the language (the state carries both).
    Effect::new(move |previous: Option<()>| {
        let current = scenario.get();
        lang.track();
        choice.view.track();
        choice.band.track();
        choice.note.track();
        if previous.is_none() {
            post(&to_js(&ReadyOut {
                kind: "capex:ready",
            }));
            return;
        }
        debounce.run(move || {
            let adjustments = last_adjustments.get_value();
            last_adjustments.set_value(Vec::new());
            projection.with_untracked(|p| {
                post_state(&current, p, &adjustments, lang.get_untracked(), choice)
            });
        });
    });
}

#[derive(Serialize)]
struct ReadyOut {
    #[serde(rename = "type")]
    kind: &'static str,
}
