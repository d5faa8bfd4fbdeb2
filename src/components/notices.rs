use leptos::prelude::*;

/// Plain notes about what the widget adjusted in the reader's input, dismissible.
#[component]
pub fn Notices(
    /// The current notes, newest last.
    #[prop(into)]
    messages: Signal<Vec<String>>,
    /// Called when the reader dismisses them.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="notices" role="status" data-testid="notices">
            <Show when=move || messages.with(|m| !m.is_empty())>
                <ul>
                    {move || messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
                <button type="button" class="link-button" on:click=move |_| on_dismiss.run(())>
                    "Dismiss"
                </button>
            </Show>
        </div>
    }
}
