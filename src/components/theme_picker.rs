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
    view! {
        <label class="theme-picker">
            "Theme "
            <select
                data-testid="theme"
                on:change=move |ev| {
                    on_pick.set(match event_target_value(&ev).as_str() {
                        "dark" => Some(DARK),
                        "light" => Some(LIGHT),
                        _ => None,
                    })
                }
            >
                <option value="auto">"Automatic"</option>
                <option value="light">"Light"</option>
                <option value="dark">"Dark"</option>
            </select>
        </label>
    }
}
