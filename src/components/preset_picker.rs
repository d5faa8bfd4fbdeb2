use leptos::prelude::*;

use crate::components::use_text;

use crate::markup::preset_options;
use crate::model::{Preset, Scenario};
use crate::state::preset_of;

/// Picks a named scenario, and says what the current one is.

#[component]
pub fn PresetPicker(
    /// The current scenario.
    #[prop(into)]
    scenario: Signal<Scenario>,
    /// Called with the preset the reader picked.
    on_pick: Callback<Preset>,
) -> impl IntoView {
    let t = use_text();
    let mut options = preset_options(t, &Preset::ALL);
    let [label, custom, custom_help] = t.preset;
    options.push_str(&format!(
        r#"<option value="custom" disabled>{custom}</option>"#
    ));
    let current = move || scenario.with(preset_of);

    view! {
        <div class="control preset-picker">
            <label for="capex-preset">{label}</label>
            <select
                id="capex-preset"
                data-testid="preset"
                aria-describedby="capex-preset-help"
                inner_html=options
                prop:value=move || current().map_or("custom", Preset::id)
                on:change=move |ev| {
                    if let Some(preset) = Preset::from_id(&event_target_value(&ev)) {
                        on_pick.run(preset);
                    }
                }
            ></select>
            <p class="control-help" id="capex-preset-help" data-testid="preset-description">
                {move || {
                    current()
                        .map_or(custom_help, |p| t.preset(p).description)
                }}
            </p>
        </div>
    }
}
