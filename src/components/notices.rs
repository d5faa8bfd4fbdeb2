use leptos::html::Div;
use leptos::prelude::*;

use crate::format::escape_html;
use crate::i18n::T;

/// Plain notes about what the widget adjusted in the reader's input, dismissible.
/// The live region is always in the page (a region that appears together with its
/// text is often not announced); only its content comes and goes. The list is markup
/// and the box is hidden when empty: a `<Show>` and a view per note would cost the page
/// about a kilobyte more.
#[component]
pub fn Notices(
    /// The current notes, newest last.
    #[prop(into)]
    messages: Signal<Vec<String>>,
    /// Called when the reader dismisses them.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    let region = NodeRef::<Div>::new();
    let list = move || {
        messages.with(|all| {
            all.iter()
                .map(|m| format!("<li>{}</li>", escape_html(m)))
                .collect::<String>()
        })
    };
    view! {
        <div class="notices" role="status" tabindex="-1" data-testid="notices" node_ref=region>
            <div class="notices-box" hidden=move || messages.with(Vec::is_empty)>
                <ul data-testid="notice-list" inner_html=list></ul>
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
                    {T.dismiss}
                </button>
            </div>
        </div>
    }
}
