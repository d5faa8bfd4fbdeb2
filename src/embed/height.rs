//! Auto-height for embeds: report the content height to the host page on load and on
//! every size change, in the three protocols hosts already listen to.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;

use crate::state::url;

/// The Pym.js child id the parent gave us in the URL, if any.
fn pym_child_id() -> Option<String> {
    let search = window().location().search().ok()?;
    url::param(&search, "childId")
        // Pym.js ids are element ids; anything else could forge other Pym messages.
        .filter(|id| {
            !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Posts the document's height to the parent window whenever it changes:
/// `{"type":"capex:height","height":N}` (our snippet), the Pym.js child message
/// `pymxPYMx<id>xPYMxheightxPYMx<N>` (newsrooms using Pym.js), and
/// `{"datawrapper-height":{"capex":N}}` (CMSs that carry Datawrapper's listener).
pub fn use_height_reporter() {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let Some(body) = document().body() else {
        return;
    };
    let child_id = pym_child_id();
    let last = std::cell::Cell::new(-1.0);
    let report = move |body: &web_sys::HtmlElement| {
        let height = body.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let own = js_sys::Object::new();
        _ = js_sys::Reflect::set(&own, &"type".into(), &"capex:height".into());
        _ = js_sys::Reflect::set(&own, &"height".into(), &height.into());
        _ = parent.post_message(&own, "*");
        if let Some(id) = &child_id {
            // A whole number of pixels.
            let pym = format!("pymxPYMx{id}xPYMxheightxPYMx{}", height as i64);
            _ = parent.post_message(&pym.into(), "*");
        }
        let inner = js_sys::Object::new();
        _ = js_sys::Reflect::set(&inner, &"capex".into(), &height.into());
        let datawrapper = js_sys::Object::new();
        _ = js_sys::Reflect::set(&datawrapper, &"datawrapper-height".into(), &inner);
        _ = parent.post_message(&datawrapper, "*");
    };
    let report = std::rc::Rc::new(report);
    // Once as soon as the widget is in the page: a frame below the fold is not
    // rendered, so its ResizeObserver stays silent until the reader scrolls to it.
    let first = (report.clone(), body.clone());
    set_timeout(move || (first.0)(&first.1), std::time::Duration::ZERO);
    let observed = body.clone();
    let callback = Closure::<dyn FnMut()>::new(move || report(&observed));
    let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&body);
    let handles = SendWrapper::new((observer, callback));
    on_cleanup(move || handles.0.disconnect());
}
