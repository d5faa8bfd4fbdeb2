use leptos::html::Div;
use leptos::prelude::*;

use crate::components::use_text;

/// Plain notes about what the widget adjusted in the reader's input, dismissible.
/// The live region is always in the page (a region that appears together with its
/// text is often not announced); only its content comes and goes.
#[component]
pub fn Notices(
    /// The current notes, newest last.
    #[prop(into)]
    messages: Signal<Vec<String>>,
    /// Called when the reader dismisses them.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    let t = use_text();
    let region = NodeRef::<Div>::new();
    view! {
        <div class="notices" role="status" tabindex="-1" data-testid="notices" node_ref=region>
            <div class="notices-box" hidden=move || messages.with(Vec::is_empty)>
                <ul data-testid="notice-list">
                    <For
                        each=move || messages.get().into_iter().enumerate()
                        key=|note| note.clone()
                        let((_, message))
                    >
                        <li>{message}</li>
                    </For>
                </ul>
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| {
                        on_dismiss.run(());
                        // The button disappears; keep keyboard focus in the widget.
                        if let Some(region) = region.get_untracked() {
                            _ = region.focus();
                        }
                    }
                >
                    {t.dismiss}
                </button>
            </div>
        </div>
    }
}
