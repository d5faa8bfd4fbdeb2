use leptos::html::Input;
use leptos::prelude::*;

use crate::components::{use_id, use_text};

use crate::format::{number, plain_number, with_unit};
use crate::i18n::fill;
use crate::model::Assumption;

/// One assumption: a slider and a number field that stay in sync, its unit and range,
/// a reset to the report's value, and an "about" note with its source.
#[component]
pub fn AssumptionControl(
    /// Which assumption this controls.
    assumption: Assumption,
    /// Its current value, in the assumption's unit.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with the raw number the reader chose; validation happens upstream.
    on_change: Callback<f64>,
    /// What had to be adjusted after the reader's last change here, as sentences.
    #[prop(optional, into)]
    notes: Signal<Vec<String>>,
    /// Why moving it shows nothing yet, if it does not.
    #[prop(optional, into)]
    inactive: Signal<Option<&'static str>>,
) -> impl IntoView {
    let t = use_text();
    // The model's units, and what readers see: the same, except billions of dollars
    // shown in 億 (×10) in Chinese.
    let model = assumption.spec();
    let k = t.unit_scale(model.unit);
    let spec = model.scaled(k);
    let text = t.assumption(assumption);
    let decimals = spec.decimals();
    let shown = move || value.get() * k;
    let id = use_id(spec.key);
    let field_id = format!("{id}-field");
    let help_id = format!("{id}-help");
    let unit = t.unit(spec.unit);
    let spoken = move || with_unit(number(shown(), decimals), t.spoken(spec.unit));
    let at_default = move || value.get() == model.default;
    let [min, max, step] = [spec.min, spec.max, spec.step].map(|v| plain_number(v, decimals));
    let field = NodeRef::<Input>::new();
    let [about, reset, reset_label, field_label] = t.control;
    let tag = t.provenance(spec.provenance);

    view! {
        <div class="control">
            <div class="control-head">
                <label for=id.clone()>{text.label}</label>
                <span class="control-value">
                    <input
                        type="number"
                        class="control-field"
                        id=field_id
                        node_ref=field
                        data-testid=format!("field-{}", spec.key)
                        inputmode="decimal"
                        min=min.clone()
                        max=max.clone()
                        step=step.clone()
                        aria-label=match t.spoken(spec.unit) {
                            "" => text.label.to_owned(),
                            unit => fill(field_label, &[("label", text.label), ("unit", unit)]),
                        }
                        aria-describedby=help_id.clone()
                        prop:value=move || plain_number(shown(), decimals)
                        on:change=move |ev| {
                            // Anything unparsable is NaN; the model keeps the last good
                            // value and says so. Either way the field then shows the value
                            // in force, not what was typed.
                            let input = event_target::<web_sys::HtmlInputElement>(&ev);
                            on_change.run(parse(&input.value()) / k);
                            input.set_value(&plain_number(value.get_untracked() * k, decimals));
                        }
                    />
                    <span class="control-unit" data-testid=format!("value-{}", spec.key)>
                        {unit}
                    </span>
                </span>
            </div>
            <input
                type="range"
                id=id
                data-testid=format!("slider-{}", spec.key)
                min=min
                max=max
                step=step
                prop:value=shown
                aria-valuetext=spoken
                aria-describedby=help_id.clone()
                on:input=move |ev| {
                    let raw = parse(&event_target_value(&ev));
                    on_change.run(snap_to_default(raw / k, model.default, model.step));
                }
            />
            <p
                class="control-inactive"
                data-testid=format!("inactive-{}", spec.key)
                hidden=move || inactive.with(Option::is_none)
            >
                {move || inactive.get().unwrap_or_default()}
            </p>
            // Always in the page, so that a note appearing in it is announced.
            <div class="control-notes" role="status" data-testid=format!("notes-{}", spec.key)>
                <ul class="notices-box" hidden=move || notes.with(Vec::is_empty)>
                    {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            </div>
            <div class="control-foot">
                <div class="control-static">
                    <div class="control-range" aria-hidden="true">
                        <span>{number(spec.min, decimals)}</span>
                        <span>{with_unit(number(spec.max, decimals), unit)}</span>
                    </div>
                    <details class="control-about">
                        <summary>
                            {about}
                            <span class="visually-hidden">" " {text.label}</span>
                        </summary>
                        <p id=help_id.clone()>
                            {text.explanation}
                            " "
                            <span class="control-source">
                                <span class="tag">{tag}</span>
                                " "
                                {text.source}
                            </span>
                        </p>
                    </details>
                </div>
                <button
                    type="button"
                    class="link-button"
                    data-testid=format!("reset-{}", spec.key)
                    aria-label=fill(
                        reset_label,
                        &[
                            ("label", text.label),
                            ("value", &with_unit(number(spec.default, decimals), t.spoken(spec.unit))),
                        ],
                    )
                    prop:disabled=at_default
                    on:click=move |_| {
                        on_change.run(model.default);
                        if let Some(field) = field.get_untracked() {
                            _ = field.focus();
                        }
                    }
                >
                    {reset}
                </button>
            </div>
        </div>
    }
}

/// A number as typed or slid, or NaN.
fn parse(text: &str) -> f64 {
    text.trim().parse().unwrap_or(f64::NAN)
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
