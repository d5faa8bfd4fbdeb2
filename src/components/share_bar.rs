use leptos::prelude::*;

use crate::components::{use_id, use_lang};
use wasm_bindgen::{JsCast, JsValue};

use crate::embed::full_link;
use crate::format::escape_html;
use crate::i18n::EmbedText;
use crate::state::{url, ViewState};

/// The resize listener pasted with the iframe: follows `capex:height` messages.
const RESIZE_LISTENER: &str =
    "<script>window.addEventListener(\"message\",function(e){var d=e.data;\
if(!d||d.type!==\"capex:height\"||typeof d.height!==\"number\")return;\
document.querySelectorAll(\"iframe[data-capex-embed]\").forEach(function(f){\
if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+\"px\"})});</script>";

/// The one-paste embed snippet for `state`.
pub fn embed_snippet(x: &EmbedText, state: &ViewState) -> String {
    let link = full_link(state);
    let base = link.split('?').next().unwrap_or(&link).to_owned();
    let query = url::encode(&ViewState {
        embed: true,
        ..state.clone()
    });
    let src = escape_html(&format!("{base}?{query}"));
    let title = escape_html(x.iframe_title);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" allow=\"clipboard-write\" width=\"100%\" \
         height=\"880\" style=\"width:100%;min-width:280px;border:0\" data-capex-embed></iframe>\n\
         {RESIZE_LISTENER}"
    )
}

/// Tries to copy `text` with the Clipboard API, else with the selection in `field`.
/// Calls `done` with whether it worked.
fn copy(text: String, field: Option<web_sys::HtmlElement>, done: impl Fn(bool) + 'static) {
    let select = move || {
        if let Some(field) = &field {
            _ = field.focus();
            _ = js_sys::Reflect::get(field, &"select".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .map(|f| f.call0(field));
        }
    };
    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    select();
    let fallback = move || {
        // execCommand("copy") still works where the Clipboard API is missing or denied.
        let exec = js_sys::Reflect::get(&document(), &"execCommand".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        exec.and_then(|f| f.call1(&document(), &JsValue::from_str("copy")).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    };
    match (clipboard, write) {
        (Some(clipboard), Some(write)) => {
            match write.call1(&clipboard, &JsValue::from_str(&text)) {
                Ok(promise) => {
                    let promise = js_sys::Promise::from(promise);
                    leptos::task::spawn_local(async move {
                        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                        done(ok || fallback());
                    });
                }
                Err(_) => done(fallback()),
            }
        }
        _ => done(fallback()),
    }
}

/// "Share" (copy a link to this view) and "Embed" (copy an iframe snippet).
#[component]
pub fn ShareBar(
    /// The view to share.
    #[prop(into)]
    state: Signal<ViewState>,
) -> impl IntoView {
    let x = use_lang().extras();
    let open = RwSignal::new(None::<&'static str>);
    let status = RwSignal::new(String::new());
    let link_field = NodeRef::<leptos::html::Input>::new();
    let snippet_field = NodeRef::<leptos::html::Textarea>::new();
    let link = Memo::new(move |_| full_link(&state.get()));
    let snippet = Memo::new(move |_| embed_snippet(x, &state.get()));

    let copy_now = move |which: &'static str| {
        let (text, field): (String, Option<web_sys::HtmlElement>) = match which {
            "share" => (
                link.get_untracked(),
                link_field.get_untracked().map(|f| f.unchecked_into()),
            ),
            _ => (
                snippet.get_untracked(),
                snippet_field.get_untracked().map(|f| f.unchecked_into()),
            ),
        };
        copy(text, field, move |ok| {
            status.set(x.copied[usize::from(!ok)].to_owned());
        });
    };
    let toggle = move |which: &'static str| {
        status.set(String::new());
        if open.get_untracked() == Some(which) {
            open.set(None);
        } else {
            open.set(Some(which));
            // The field exists after this render; copy on the next tick.
            leptos::task::spawn_local(async move {
                leptos::task::tick().await;
                copy_now(which);
            });
        }
    };

    let [panel_id, link_id, code_id] = ["share-panel", "share-link", "embed-code"].map(use_id);
    let toggle_button = |which: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                class="button"
                data-testid=which
                aria-expanded=move || (open.get() == Some(which)).to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| toggle(which)
            >
                {label}
            </button>
        }
    };

    view! {
        <div class="share-bar">
            {toggle_button("share", x.buttons[0])}
            {toggle_button("embed", x.buttons[1])}
            <div
                id=panel_id.clone()
                class="share-panel"
                hidden=move || open.get().is_none()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        open.set(None);
                    }
                }
            >
                <Show when=move || open.get() == Some("share")>
                    <label for=link_id.clone()>{x.fields[0]}</label>
                    <input
                        id=link_id.clone()
                        data-testid="share-link"
                        type="text"
                        readonly
                        node_ref=link_field
                        prop:value=move || link.get()
                    />
                </Show>
                <Show when=move || open.get() == Some("embed")>
                    <label for=code_id.clone()>{x.fields[1]}</label>
                    <textarea
                        id=code_id.clone()
                        data-testid="embed-code"
                        readonly
                        rows="5"
                        node_ref=snippet_field
                        prop:value=move || snippet.get()
                    ></textarea>
                </Show>
                <p class="share-status" role="status" data-testid="share-status">{move || status.get()}</p>
            </div>
        </div>
    }
}
