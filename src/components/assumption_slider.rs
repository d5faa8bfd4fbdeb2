use leptos::prelude::*;

use crate::format::number_1;
use crate::model::{Assumption, Provenance};

/// A labelled slider for one assumption, with its value in words, what it means and
/// where its default comes from.
#[component]
pub fn AssumptionSlider(
    /// Which assumption this controls.
    assumption: Assumption,
    /// Its current value, in the assumption's unit.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with the raw number the reader chose; validation happens upstream.
    on_change: Callback<f64>,
) -> impl IntoView {
    let spec = assumption.spec();
    let id = format!("capex-{}", spec.key);
    let help_id = format!("{id}-help");
    let shown = move || format!("{} {}", number_1(value.get()), spec.unit.suffix());
    let spoken = move || format!("{} {}", number_1(value.get()), spec.unit.spoken());
    let tag = match spec.provenance {
        Provenance::Report => "Report figure",
        Provenance::DerivedFromReport => "Derived from the report",
        Provenance::OurAssumption => "Our assumption",
    };

    view! {
        <div class="control">
            <div class="control-head">
                <label for=id.clone()>{spec.label}</label>
                <output for=id.clone() data-testid=format!("value-{}", spec.key)>{shown}</output>
            </div>
            <input
                type="range"
                id=id
                data-testid=format!("slider-{}", spec.key)
                min=spec.min
                max=spec.max
                step=spec.step
                prop:value=move || value.get()
                aria-valuetext=spoken
                aria-describedby=help_id.clone()
                on:input=move |ev| {
                    let raw = event_target_value(&ev);
                    on_change.run(raw.trim().parse::<f64>().unwrap_or(f64::NAN));
                }
            />
            <p class="control-help" id=help_id>
                {spec.explanation}
                " "
                <span class="control-source" title=spec.source>
                    {tag}
                    ": "
                    {spec.source}
                </span>
            </p>
        </div>
    }
}
