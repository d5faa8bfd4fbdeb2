//! The layers point one way: the model knows nothing of words, charts, the page's
//! state or the browser, so it can be tested and reused on its own.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Every path a file of `dir` names with `use` or inline, as written.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("reads the folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("reads the file");
            out.push((path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn the_model_imports_no_other_layer_and_no_web_crate() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let forbidden = [
        "crate::i18n",
        "crate::format",
        "crate::markup",
        "crate::export",
        "crate::charts",
        "crate::state",
        "crate::components",
        "crate::embed",
        "crate::app",
        "leptos",
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "plotters",
        // A grouped import (`use crate::{i18n, …}`) would hide a name from the list.
        "crate::{",
    ];
    let files = sources(&model);
    assert!(files.len() >= 10, "found the model's files");
    let found: Vec<String> = files
        .iter()
        .flat_map(|(path, text)| {
            forbidden
                .iter()
                .filter(|name| text.contains(*name))
                .map(move |name| format!("{path} names {name}"))
        })
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}
