use leptos::prelude::*;

use crate::components::use_text;

use wasm_bindgen::JsCast;

use crate::export::csv;
use crate::markup::table_row;
use crate::model::{Projection, YEARS};

/// Every yearly figure of the projection, years as rows.
#[component]
pub fn ProjectionTable(
    /// The projection to list.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    let t = use_text();
    let [caption, year, total, training, inference, other, share] = t.table_head;
    let [note, other_note] = t.table_note;
    // Every cell's text, written once per change of the projection; each cell reads its own.
    let cells = Memo::new(move |_| {
        projection.with(|p| {
            (0..YEARS.len())
                .map(|i| table_row(t, p, i))
                .collect::<Vec<_>>()
        })
    });
    let rows = YEARS
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let cell = move |c: usize| move || cells.with(|rows| rows[i][c].clone());
            view! {
                <tr data-testid=format!("row-{year}")>
                    <th scope="row">{year}</th>
                    <td data-testid=format!("total-{year}")>{cell(0)}</td>
                    <td>{cell(1)}</td>
                    <td>{cell(2)}</td>
                    <td>{cell(3)}</td>
                    <td>{cell(4)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table class="projection-table" data-testid="table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{year}</th>
                        <th scope="col">{total}</th>
                        <th scope="col">{training}</th>
                        <th scope="col">{inference}</th>
                        <th scope="col">{other} <span class="assumption-mark">"*"</span></th>
                        <th scope="col">{share}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="table-note">
                {note} " " <span class="assumption-mark">"*"</span> " " {other_note}
            </p>
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
