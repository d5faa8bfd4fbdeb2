use leptos::prelude::*;

use crate::components::use_text;
use crate::markup::key_number;
use crate::model::Projection;

/// The key number above the chart: the 2032 total in large type, its change on 2025,
/// and the report's total when it differs. On phones it stays in view while the reader
/// works down the controls, so every change shows where they are looking.
#[component]
pub fn KeyNumber(
    /// The projection to sum up.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    let t = use_text();
    let parts = Memo::new(move |_| projection.with(|p| key_number(t, &p.summary())));
    let part = move |i: usize| move || parts.with(|p| p[i].clone());
    view! {
        <p class="key-number" data-testid="key-number">
            <strong class="key-total" data-testid="key-total">{part(0)}</strong>
            <span class="key-change" data-testid="key-change">{part(1)}</span>
            <span class="key-report" data-testid="key-report" hidden=move || parts.with(|p| p[2].is_empty())>
                {part(2)}
            </span>
        </p>
    }
}
