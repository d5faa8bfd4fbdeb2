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

/// The parts of the widget a host may want to frame, top to bottom: the key number, the
/// chart's title, its checkboxes, its key, the note and the chart's box.
const CHART_PARTS: [&str; 6] = [
    ".capex .key-number",
    ".capex .chart-title",
    ".capex .chart-band",
    ".capex .legend",
    ".capex .chart-stage",
    ".capex .chart-box",
];

/// Where the chart is in the document, in CSS pixels from its top: the tops of the
/// parts shown (`CHART_PARTS`) and the bottom of the chart's box. Read from the
/// document, which holds the one widget that talks to its host.
fn chart_extent() -> Option<(Vec<f64>, f64)> {
    let doc = document();
    let scrolled = window().scroll_y().unwrap_or(0.0);
    let rect = |selector: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .map(|el| el.get_bounding_client_rect())
            // Hidden parts have no box.
            .filter(|r| r.width() > 0.0 || r.height() > 0.0)
    };
    let bottom = rect(".capex .chart-box")?.bottom() + scrolled;
    let tops = CHART_PARTS
        .iter()
        .filter_map(|part| rect(part))
        .map(|r| (r.top() + scrolled).round())
        .collect();
    Some((tops, bottom.round()))
}

/// Posts the document's height to the parent window whenever it changes:
/// `{"type":"capex:height","height":N,"chart":{"tops":[…],"bottom":B}}` (our snippet;
/// `chart` says where the chart is, for a host that frames only it), the Pym.js child message
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
    let last = std::cell::RefCell::new(None);
    let report = move |body: &web_sys::HtmlElement| {
        let height = body.get_bounding_client_rect().height().ceil();
        let extent = chart_extent();
        let now = Some((height, extent.clone()));
        if *last.borrow() == now {
            return;
        }
        let height_changed = last.borrow().as_ref().map(|(h, _)| *h) != Some(height);
        *last.borrow_mut() = now;
        let own = js_sys::Object::new();
        _ = js_sys::Reflect::set(&own, &"type".into(), &"capex:height".into());
        _ = js_sys::Reflect::set(&own, &"height".into(), &height.into());
        if let Some((tops, bottom)) = extent {
            let chart = js_sys::Object::new();
            let list: js_sys::Array = tops.into_iter().map(JsValue::from).collect();
            _ = js_sys::Reflect::set(&chart, &"tops".into(), &list);
            _ = js_sys::Reflect::set(&chart, &"bottom".into(), &bottom.into());
            _ = js_sys::Reflect::set(&own, &"chart".into(), &chart);
        }
        _ = parent.post_message(&own, "*");
        // The other protocols carry the height only.
        if !height_changed {
            return;
        }
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
