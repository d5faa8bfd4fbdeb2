//! AI Capex Explorer: a what-if explorer for Big Tech's AI investment, 2024–2032.
//!
//! `model` and `charts` are target-independent and tested natively; everything that
//! touches the browser lives behind `cfg(target_arch = "wasm32")`.

pub mod charts;
pub mod export;
pub mod format;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
