//! Share links: read the view state from the address, keep the address current.

use std::time::Duration;

use leptos::prelude::*;

use crate::hooks::use_debounce_fn;
use crate::state::{url, LinkNote, ViewState};

/// How long the address waits after the last change before it is rewritten.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// The view state in the page's address, and what had to be adjusted to read it.
pub fn read_location() -> (ViewState, Vec<LinkNote>) {
    let query = window().location().search().unwrap_or_default();
    url::decode(&query)
}

/// A full link to `state` on this page, for sharing (never in embed mode).
pub fn full_link(state: &ViewState) -> String {
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let query = url::encode(&ViewState {
        embed: false,
        origins: Vec::new(),
        ..state.clone()
    });
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// Keeps our part of the address's query equal to `state`, with
/// `history.replaceState` (no history entry per slider tick, no scrolling), debounced.
/// Other parameters and the history state are left as they were. The first run
/// rewrites the address only if reading it adjusted anything.
pub fn use_url_sync(state: Signal<ViewState>) {
    let debounce = use_debounce_fn(DEBOUNCE);
    Effect::new(move |previous: Option<()>| {
        let state = state.get();
        let write = move || {
            let location = window().location();
            let search = location.search().unwrap_or_default();
            let query = url::merge(&search, &url::encode(&state));
            if query == search.trim_start_matches('?') {
                return;
            }
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let url = if query.is_empty() {
                format!("{path}{hash}")
            } else {
                format!("{path}?{query}{hash}")
            };
            if let Ok(history) = window().history() {
                let kept = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                _ = history.replace_state_with_url(&kept, "", Some(&url));
            }
        };
        if previous.is_none() {
            write();
            return;
        }
        debounce.run(write);
    });
}
