use std::time::Duration;

use leptos::html::P;
use leptos::prelude::*;

use crate::format::{money_b, money_delta_b, percent};
use crate::hooks::use_debounce_fn;
use crate::model::{Projection, LAST_YEAR, REPORT_TOTAL_2032};

/// The sentence whose numbers and words follow the inputs.
#[component]
pub fn SummarySentence(
    /// The projection to describe.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    // Every part of the sentence from one reading of the summary.
    let parts = move || {
        let s = projection.with(Projection::summary);
        let crossover = match s.crossover_year {
            Some(year) => format!("Inference spending overtakes training in {year}."),
            None if s.inference_ahead_from_start => {
                "Inference spending is ahead of training from the start.".to_owned()
            }
            None => format!(
                "Inference spending does not overtake training before {}.",
                LAST_YEAR + 1
            ),
        };
        let versus = if s.vs_report_2032.abs() < 0.05 {
            "That matches the report's projection.".to_owned()
        } else {
            let side = if s.vs_report_2032_pct > 0.0 {
                "above"
            } else {
                "below"
            };
            format!(
                "That is {} ({} {side}) compared with the report's {}.",
                money_delta_b(s.vs_report_2032),
                percent(s.vs_report_2032_pct.abs()),
                money_b(REPORT_TOTAL_2032)
            )
        };
        view! {
            "Under these assumptions, AI investment reaches "
            <strong data-testid="sentence-total">{money_b(s.total_2032)}</strong>
            " in " {LAST_YEAR} "; "
            <strong data-testid="sentence-inference">{percent(s.inference_share_2032)}</strong>
            " of it goes to inference. "
            {crossover}
            " "
            {versus}
        }
    };

    // Screen readers hear the new result once the reader pauses, not on every slider
    // tick: a hidden live region, written straight to the DOM after a short quiet spell.
    let sentence = NodeRef::<P>::new();
    let announcer = NodeRef::<P>::new();
    let debounce = use_debounce_fn(Duration::from_millis(700));
    Effect::new(move |first: Option<()>| {
        projection.track();
        if first.is_none() {
            return;
        }
        debounce.run(move || {
            if let (Some(from), Some(to)) = (sentence.get_untracked(), announcer.get_untracked()) {
                to.set_text_content(from.text_content().as_deref());
            }
        });
    });

    view! {
        <p class="visually-hidden" aria-live="polite" data-testid="announcer" node_ref=announcer></p>
        <p class="sentence" data-testid="sentence" node_ref=sentence>
            {parts}
        </p>
    }
}
