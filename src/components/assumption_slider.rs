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
        Provenance::Derived => "Derived from the report",
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
                    // valueAsNumber: NaN for anything unparsable, which the model rejects.
                    let raw = event_target::<web_sys::HtmlInputElement>(&ev).value_as_number();
                    on_change.run(snap_to_default(raw, spec.default, spec.step));
                }
            />
            <p class="control-help" id=help_id>
                {spec.explanation}
                " "
                <span class="control-source">
                    <span class="tag">{tag}</span>
                    " "
                    {spec.source}
                </span>
            </p>
        </div>
    }
}

/// The slider's grid rarely contains the default (5.085 %/yr on a 0.1 grid), so the
/// grid point nearest to it stands for it: sliding back to "5.1" restores the report.
fn snap_to_default(raw: f64, default: f64, step: f64) -> f64 {
    if (raw - default).abs() <= step / 2.0 {
        default
    } else {
        raw
    }
}
