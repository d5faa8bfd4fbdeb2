//! The widget's connections to the page around it: the address bar (share links),
//! the host page (postMessage API) and the iframe's height. Browser-only glue around
//! the pure codecs in `crate::state`.

mod height;
mod host_bridge;
mod location;

pub use height::use_height_reporter;
pub use host_bridge::{use_host_bridge, UseHostBridgeOptions};
pub use location::{full_link, read_location, use_url_sync};

/// Whether the widget runs inside a frame (an embed).
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}
