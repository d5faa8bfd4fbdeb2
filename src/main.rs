//! Entry point: mounts the widget. Everything else lives in the library.

/// Talc, a small binning allocator for wasm: the standard library's dlmalloc costs the
/// page ≈ 0.7 KB gzip more.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    ai_capex_explorer::app::mount_into_page();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("AI Capex Explorer runs in the browser: see the README to serve or build it.");
}
