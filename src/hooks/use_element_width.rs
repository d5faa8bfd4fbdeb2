//! The CSS width of an element and the device pixel ratio, kept current with a
//! ResizeObserver. (leptos-use has `use_element_size`; this is the 40-line subset we
//! need, without adding its dependency tree to a 2-core build.)

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// What [`use_element_width`] returns.
#[derive(Clone, Copy)]
pub struct UseElementWidthReturn {
    /// The element's content width in CSS pixels (0 until it is laid out).
    pub width: Signal<f64>,
    /// Device pixels per CSS pixel, read whenever the width changes (a zoom changes both).
    pub pixel_ratio: Signal<f64>,
}

/// Observes `target`'s width.
pub fn use_element_width(target: NodeRef<Div>) -> UseElementWidthReturn {
    let (width, set_width) = signal(0.0);
    let (pixel_ratio, set_pixel_ratio) = signal(1.0);

    Effect::new(move |_| {
        let Some(el) = target.get() else { return };
        // Only a change is news: the observer also reports when the height alone
        // changes (the canvas being sized), which would redraw the chart for nothing.
        let update = move |w: f64| {
            if width.get_untracked() != w {
                set_width.set(w);
            }
            let dpr = window().device_pixel_ratio();
            let dpr = if dpr.is_finite() && dpr > 0.0 {
                dpr
            } else {
                1.0
            };
            if pixel_ratio.get_untracked() != dpr {
                set_pixel_ratio.set(dpr);
            }
        };
        // No synchronous read here: the observer reports the initial size itself.
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                update(entry.content_rect().width());
            }
        });
        let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        let handles = SendWrapper::new((observer, callback));
        on_cleanup(move || handles.0.disconnect());
    });

    UseElementWidthReturn {
        width: width.into(),
        pixel_ratio: pixel_ratio.into(),
    }
}
