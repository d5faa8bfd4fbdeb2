use leptos::prelude::*;

use crate::format::{number_1, percent};
use crate::model::{Projection, YEARS};

/// Every yearly figure of the projection, years as rows.
#[component]
pub fn ProjectionTable(
    /// The projection to list.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    let cell = move |i: usize, pick: fn(&Projection, usize) -> String| {
        move || projection.with(|p| pick(p, i))
    };
    let rows = YEARS
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            view! {
                <tr data-testid=format!("row-{year}")>
                    <th scope="row">{year}</th>
                    <td data-testid=format!("total-{year}")>{cell(i, |p, i| number_1(p.total[i]))}</td>
                    <td>{cell(i, |p, i| number_1(p.training[i]))}</td>
                    <td>{cell(i, |p, i| number_1(p.inference[i]))}</td>
                    <td>{cell(i, |p, i| number_1(p.other[i]))}</td>
                    <td>{cell(i, |p, i| percent(p.inference_share[i]))}</td>
                </tr>
            }
        })
        .collect_view();

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
                <tbody>{rows}</tbody>
            </table>
            <p class="table-note">
                "2025 is the report's total and 2024 follows from its +44 %. Later years follow the growth "
                "assumptions; by default they land on the report's $525B in 2032. The split "
                "moves smoothly from the 2025 shares to the 2032 shares. "
                <span class="assumption-mark">"*"</span>
                " \"Other\" (neither training nor inference) is our own assumption: no source names it."
            </p>
        </div>
    }
}
