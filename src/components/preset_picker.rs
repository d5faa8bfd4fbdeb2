use leptos::prelude::*;

use crate::components::{use_id, use_text};
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
    let [label, custom, custom_help] = t.preset;
    let current = Memo::new(move |_| scenario.with(preset_of));
    let [id, help_id] = ["preset", "preset-help"].map(use_id);
    let options = Preset::ALL
        .into_iter()
        .map(|p| {
            view! {
                <option value=p.id() prop:selected=move || current.get() == Some(p)>
                    {t.preset(p).title}
                </option>
            }
        })
        .collect_view();

    view! {
        <div class="control preset-picker">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                data-testid="preset"
                aria-describedby=help_id.clone()
                on:change=move |ev| {
                    if let Some(preset) = Preset::from_id(&event_target_value(&ev)) {
                        on_pick.run(preset);
                    }
                }
            >
                {options}
                <option value="custom" disabled prop:selected=move || current.get().is_none()>
                    {custom}
                </option>
            </select>
            <p class="control-help" id=help_id data-testid="preset-description">
                {move || current.get().map_or(custom_help, |p| t.preset(p).description)}
            </p>
        </div>
    }
}
