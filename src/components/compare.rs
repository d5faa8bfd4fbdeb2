use leptos::prelude::*;

use crate::markup::compare_html;
use crate::model::{project, Projection, Scenario};

/// Pin the current scenario, change things, and see both: the pinned path stays on the
/// chart (as rings) and a table sets the headline numbers side by side with the change.
#[component]
pub fn Compare(
    /// The current scenario (what gets pinned).
    #[prop(into)]
    scenario: Signal<Scenario>,
    /// The current projection.
    #[prop(into)]
    projection: Signal<Projection>,
    /// The pinned scenario, if any.
    pinned: RwSignal<Option<Scenario>>,
) -> impl IntoView {
    let table = move || {
        pinned
            .get()
            .map(|p| {
                compare_html(
                    &project(&p).summary(),
                    &projection.with(Projection::summary),
                )
            })
            .unwrap_or_default()
    };
    view! {
        <div class="compare">
            <button
                type="button"
                class="button"
                data-testid="pin"
                aria-pressed=move || if pinned.with(Option::is_some) { "true" } else { "false" }
                on:click=move |_| {
                    let next = match pinned.get_untracked() {
                        Some(_) => None,
                        None => Some(scenario.get_untracked()),
                    };
                    pinned.set(next);
                }
            >
                "Pin to compare"
            </button>
            <div class="compare-box" data-testid="compare" aria-live="polite" inner_html=table></div>
        </div>
    }
}
