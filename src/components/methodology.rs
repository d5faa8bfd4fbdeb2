use leptos::prelude::*;

use crate::components::{use_id, use_text};
use crate::markup::{default_rows, later_list};
use crate::model::Assumption;

/// How the projection is made: each part of the model, every default of `shown` with
/// its source (our own assumptions marked apart), and the sources with their dates.
/// Each part folds under its title, so a phone reader sees the list of parts first
/// (the first open) and opens the one they want.
#[component]
pub fn Methodology(
    /// The assumptions on the page, in the order the page shows them.
    shown: Vec<Assumption>,
) -> impl IntoView {
    let t = use_text();
    let m = &t.methodology;
    let caption_id = use_id("defaults-title");
    let [caption, assumption, default, source, plausible, _] = m.defaults;
    let sections = m
        .sections
        .iter()
        .enumerate()
        .map(|(i, [lead, body])| {
            view! {
                <details class="method-part" open=i == 0>
                    <summary>{*lead}</summary>
                    <p>{*body}</p>
                </details>
            }
        })
        .collect_view();
    let rows = default_rows(t, &shown)
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                    <td>
                        <span class="tag" class:tag-ours=row.ours>{row.tag}</span>
                        " "
                        {row.source}
                    </td>
                    <td>{row.plausible}</td>
                </tr>
            }
        })
        .collect_view();
    let sources = m.sources.map(|s| view! { <li>{s}</li> });
    let [later_title, later_intro] = t.later.title;
    let later = later_list(t)
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();

    view! {
        <h3 class="panel-title">{m.title}</h3>
        {sections}
        <details class="method-part">
        <summary>
            <h4 class="method-title" id=caption_id.clone()>{caption}</h4>
        </summary>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=caption_id>
            <table class="defaults-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{assumption}</th>
                        <th scope="col">{default}</th>
                        <th scope="col">{source}</th>
                        <th scope="col">{plausible}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        </details>
        <details class="method-part">
            <summary>
                <h4 class="method-title">{later_title}</h4>
            </summary>
            <p>{later_intro}</p>
            <ul class="sources" data-testid="later-figures">{later}</ul>
        </details>
        <details class="method-part">
            <summary>
                <h4 class="method-title">{m.sources_title}</h4>
            </summary>
            <ul class="sources">{sources}</ul>
        </details>
    }
}
