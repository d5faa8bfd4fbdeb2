use leptos::prelude::*;

use crate::components::use_text;

use crate::markup::compare_rows;
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
    let [caption, headline, was, now, change] = t.compare_head;
    let table = move || {
        let rows = pinned.with(|pinned| {
            pinned
                .as_ref()
                .map(|p| compare_rows(t, &p.summary(), &projection.with(Projection::summary)))
        })?;
        let rows = rows
            .into_iter()
            .map(|[label, a, b, delta]| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{a}</td>
                        <td>{b}</td>
                        <td>{delta}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <table class="compare-table" data-testid="compare-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{headline}</th>
                        <th scope="col">{was}</th>
                        <th scope="col">{now}</th>
                        <th scope="col">{change}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
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
                {move || t.pin[usize::from(pinned.with(Option::is_some))]}
            </button>
            <div class="compare-box" data-testid="compare" aria-live="polite">
                {table}
            </div>
        </div>
    }
}
