//! Entry point: mounts the widget. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    ai_capex_explorer::app::mount_into_page();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("AI Capex Explorer runs in the browser: see the README to serve or build it.");
}
