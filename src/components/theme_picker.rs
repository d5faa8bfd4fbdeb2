use crate::i18n::T;
use leptos::prelude::*;

/// The reader's theme choice is an `Option<usize>`: `None` follows the system, else
/// one of these. (The chart's explored year is already an `Option<usize>` signal; a
/// signal of a new type costs the page ≈ 0.5 KB of wasm.)
pub const LIGHT: usize = 0;
/// See [`LIGHT`].
pub const DARK: usize = 1;

/// Light, dark, or whatever the reader's system says.
#[component]
pub fn ThemePicker(
    /// Where the reader's choice goes: `Some(DARK)`, `Some(LIGHT)` or `None` (automatic).
    on_pick: WriteSignal<Option<usize>>,
) -> impl IntoView {
    let [_, automatic, light, dark] = T.theme;
    let options = format!(
        r#"<option value="auto">{automatic}</option><option value="light">{light}</option><option value="dark">{dark}</option>"#
    );
    view! {
        <label class="theme-picker">
            {T.theme[0]} " "
            <select
                data-testid="theme"
                on:change=move |ev| {
                    on_pick.set(match event_target_value(&ev).as_str() {
                        "dark" => Some(DARK),
                        "light" => Some(LIGHT),
                        _ => None,
                    })
                }
                inner_html=options
            ></select>
        </label>
    }
}
