use leptos::prelude::*;

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
    let current = Memo::new(move |_| preset_of(&scenario.get()));
    let options = Preset::ALL
        .into_iter()
        .map(|p| {
            view! {
                <option value=p.id() prop:selected=move || current.get() == Some(p)>
                    {p.title()}
                </option>
            }
        })
        .collect_view();
    let description = move || {
        current
            .get()
            .map(Preset::description)
            .unwrap_or("Your own assumptions. Pick a scenario to start again from it.")
    };

    view! {
        <div class="control preset-picker">
            <label for="capex-preset">"Scenario"</label>
            <select
                id="capex-preset"
                data-testid="preset"
                aria-describedby="capex-preset-help"
                on:change=move |ev| {
                    if let Some(preset) = Preset::from_id(&event_target_value(&ev)) {
                        on_pick.run(preset);
                    }
                }
            >
                {options}
                <option value="custom" disabled prop:selected=move || current.get().is_none()>
                    "Your own assumptions"
                </option>
            </select>
            <p class="control-help" id="capex-preset-help" data-testid="preset-description">
                {description}
            </p>
        </div>
    }
}
