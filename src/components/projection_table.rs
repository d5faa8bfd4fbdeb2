use leptos::prelude::*;

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
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="capex-table-caption">
            <table class="projection-table" data-testid="table">
                <caption id="capex-table-caption">
                    "AI investment by year, in billions of US dollars"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        <th scope="col">"Total " <abbr title="billions of US dollars">"$B"</abbr></th>
                        <th scope="col">"Training"</th>
                        <th scope="col">"Inference"</th>
                        <th scope="col">"Other" <span class="assumption-mark">"*"</span></th>
                        <th scope="col">"Inference share"</th>
                    </tr>
                </thead>
                <tbody inner_html=move || projection.with(table_rows)></tbody>
            </table>
            <p class="table-note">
                "2025 is the report's total and 2024 follows from its +44 %. Later years follow the growth "
                "assumptions; by default they land on the report's $525B in 2032. The split "
                "moves smoothly from the 2025 shares to the 2032 shares. "
                <span class="assumption-mark">"*"</span>
                " \"Other\" (neither training nor inference) is our own assumption: no source names it."
            </p>
            <a
                class="button"
                href="#"
                download="ai-capex-projection.csv"
                data-testid="download-csv"
                on:click=move |ev| {
                    // The file is made when asked for, as a data: URL (no request, and
                    // allowed by a strict CSP), from the projection on screen.
                    let data = js_sys::encode_uri_component(&projection.with_untracked(csv));
                    if let Some(link) = ev.current_target() {
                        let link: web_sys::Element = link.unchecked_into();
                        _ = link.set_attribute(
                            "href",
                            &format!("data:text/csv;charset=utf-8,{}", String::from(data)),
                        );
                    }
                }
            >
                "Download the table (CSV)"
            </a>
        </div>
    }
}
