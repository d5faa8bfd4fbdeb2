use leptos::prelude::*;

use crate::components::use_text;

use crate::markup::compare_html;
use crate::model::Projection;

/// Pin the current scenario, change things, and see both: the pinned path stays on the
/// chart (as a dashed line) and a table sets the headline numbers side by side with the change.
#[component]
pub fn Compare(
    /// The current projection (what gets pinned).
    #[prop(into)]
    projection: Signal<Projection>,
    /// The pinned projection, if any.
    pinned: RwSignal<Option<Projection>>,
) -> impl IntoView {
    let t = use_text();
    let table = move || {
        pinned.with(|pinned| {
            pinned
                .as_ref()
                .map(|p| compare_html(t, &p.summary(), &projection.with(Projection::summary)))
                .unwrap_or_default()
        })
    };
    view! {
        <div class="compare">
            <button
                type="button"
                class="button"
                data-testid="pin"
                aria-pressed=move || if pinned.with(Option::is_some) { "true" } else { "false" }
                on:click=move |_| {
                    let next = if pinned.with_untracked(Option::is_some) {
                        None
                    } else {
                        Some(projection.get_untracked())
                    };
                    pinned.set(next);
                }
            >
                {t.pin}
            </button>
            <div class="compare-box" data-testid="compare" aria-live="polite" inner_html=table></div>
        </div>
    }
}
