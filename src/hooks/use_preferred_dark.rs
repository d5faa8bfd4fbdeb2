//! Whether the reader's system asks for a dark theme, kept current (leptos-use's
//! `use_preferred_dark`, reduced to what the widget needs).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

/// `true` while `(prefers-color-scheme: dark)` matches.
pub fn use_preferred_dark() -> Signal<bool> {
    let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") else {
        return Signal::from(false);
    };
    let (dark, set_dark) = signal(query.matches());
    let watched = query.clone();
    let listener = Closure::<dyn FnMut()>::new(move || set_dark.set(watched.matches()));
    _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    let handles = SendWrapper::new((query, listener));
    on_cleanup(move || {
        let (query, listener) = &*handles;
        _ = query.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    });
    dark.into()
}
