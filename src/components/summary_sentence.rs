use std::time::Duration;

use leptos::html::P;
use leptos::prelude::*;

use crate::components::use_text;
use crate::hooks::use_debounce_fn;
use crate::i18n::{parts, Part};
use crate::markup::sentence_hole;
use crate::model::Projection;

/// The sentence whose numbers and words follow the inputs.
#[component]
pub fn SummarySentence(
    /// The projection to describe.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    let t = use_text();
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

    // The template's holes, each filled from the projection as it changes; the total
    // and the inference share in bold.
    let hole =
        move |name: &'static str| move || projection.with(|p| sentence_hole(t, &p.summary(), name));
    let words = parts(t.sentence)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Hole(name @ ("total" | "inference")) => {
                view! { <strong data-testid=format!("sentence-{name}")>{hole(name)}</strong> }
                    .into_any()
            }
            Part::Hole(name) => hole(name).into_any(),
        })
        .collect_view();

    view! {
        <p class="visually-hidden" aria-live="polite" data-testid="announcer" node_ref=announcer></p>
        <p class="sentence" data-testid="sentence" node_ref=sentence>
            {words}
        </p>
    }
}
