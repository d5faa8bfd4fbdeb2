use leptos::prelude::*;

use crate::components::use_text;

use wasm_bindgen::JsCast;

use crate::export::csv;
use crate::markup::table_rows;
use crate::model::Projection;

/// Every yearly figure of the projection, years as rows.
#[component]
pub fn ProjectionTable(
    /// The projection to list.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    let t = use_text();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="capex-table-caption">
            <table class="projection-table" data-testid="table">
                <caption id="capex-table-caption">{t.table_head[0]}</caption>
                <thead inner_html=t.table_head[1]></thead>
                <tbody inner_html=move || projection.with(|p| table_rows(t, p))></tbody>
            </table>
            <p class="table-note" inner_html=t.table_note></p>
            <a
                class="button"
                href="#"
                download="ai-capex-projection.csv"
                data-testid="download-csv"
                on:click=move |ev| {
                    // The file is made when asked for, as a data: URL (no request, and
                    // allowed by a strict CSP), from the projection on screen.
                    let data = js_sys::encode_uri_component(&projection.with_untracked(|p| csv(t, p)));
                    if let Some(link) = ev.current_target() {
                        let link: web_sys::Element = link.unchecked_into();
                        _ = link.set_attribute(
                            "href",
                            &format!("data:text/csv;charset=utf-8,{}", String::from(data)),
                        );
                    }
                }
            >
                {t.download_csv}
            </a>
        </div>
    }
}
