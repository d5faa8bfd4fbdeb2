//! The README documents every assumption and preset the model has.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::model::{Assumption, Preset};

const README: &str = include_str!("../README.md");

#[test]
fn readme_lists_every_assumption_key() {
    for a in Assumption::ALL {
        let key = format!("`{}`", a.spec().key);
        assert!(
            README.contains(&key),
            "README's model table is missing {key}"
        );
    }
}

#[test]
fn readme_lists_every_preset() {
    for p in Preset::ALL {
        let id = format!(
            "| `{}` | {} |",
            p.id(),
            ai_capex_explorer::i18n::EN.preset(p).title
        );
        assert!(
            README.contains(&id),
            "README's preset table is missing {id}"
        );
    }
}
