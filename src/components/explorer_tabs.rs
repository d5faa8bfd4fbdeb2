use leptos::html::Div;
use leptos::prelude::*;

use crate::components::use_text;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::components::{ChartFigure, ChartInputs, ProjectionTable};

/// The tabs' keys, in order: element ids are `capex-tab-<key>` and `capex-panel-<key>`.
const TABS: [&str; 3] = ["chart", "table", "method"];

/// The three views of the projection, as ARIA tabs: the chart, the yearly table, and
/// how it is all made (methodology and sources).

#[component]
pub fn ExplorerTabs(
    /// What the chart draws from (the table shows the same projection).
    chart: ChartInputs,
    /// The methodology panel's markup (`markup::methodology`).
    methodology: String,
) -> impl IntoView {
    let t = use_text();
    let projection = chart.projection;
    let (current, set_current) = signal(0usize);
    let root = NodeRef::<Div>::new();
    let element = |prefix: &str, i: usize| {
        document()
            .get_element_by_id(&format!("capex-{prefix}-{}", TABS[i]))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    };

    Effect::new(move |_| {
        let open = current.get();
        root.track();
        for i in 0..TABS.len() {
            let selected = i == open;
            if let Some(tab) = element("tab", i) {
                _ = tab.set_attribute("aria-selected", if selected { "true" } else { "false" });
                tab.set_tab_index(if selected { 0 } else { -1 });
            }
            if let Some(panel) = element("panel", i) {
                panel.set_hidden(!selected);
            }
        }
    });

    // Which tab an event came from: its `data-tab` index.
    let tab_of = |ev: &web_sys::Event| -> Option<usize> {
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let index = target
            .closest("[data-tab]")
            .ok()??
            .get_attribute("data-tab")?;
        index.parse().ok().filter(|&i: &usize| i < TABS.len())
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(i) = tab_of(&ev) {
            set_current.set(i);
        }
    };
    // Arrow keys move the selection and the focus together (the ARIA tabs pattern with
    // automatic activation); Tab leaves the tab list for the open panel.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let Some(i) = tab_of(&ev) else { return };
        let last = TABS.len() - 1;
        let next = match ev.key().as_str() {
            "ArrowRight" => {
                if i == last {
                    0
                } else {
                    i + 1
                }
            }
            "ArrowLeft" => {
                if i == 0 {
                    last
                } else {
                    i - 1
                }
            }
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        set_current.set(next);
        if let Some(tab) = element("tab", next) {
            _ = tab.focus();
        }
    };

    // The tab buttons as one piece of markup (their text is the language's): far less
    // wasm than a view per button. Clicks and keys are handled on the tab list.
    let [_, chart_tab, table_tab, method_tab] = t.tabs;
    let tabs = format!(
        r#"<button type="button" role="tab" class="tab" id="capex-tab-chart" data-tab="0" aria-controls="capex-panel-chart" aria-selected="true" data-testid="tab-chart">{chart_tab}</button><button type="button" role="tab" class="tab" id="capex-tab-table" data-tab="1" aria-controls="capex-panel-table" aria-selected="false" tabindex="-1" data-testid="tab-table">{table_tab}</button><button type="button" role="tab" class="tab" id="capex-tab-method" data-tab="2" aria-controls="capex-panel-method" aria-selected="false" tabindex="-1" data-testid="tab-method">{method_tab}</button>"#
    );
    view! {
        <div class="tabs" node_ref=root>
            <div
                class="tablist"
                role="tablist"
                aria-label=t.tabs[0]
                on:click=on_click
                on:keydown=on_keydown
                inner_html=tabs
            ></div>
            <div role="tabpanel" id="capex-panel-chart" aria-labelledby="capex-tab-chart"
                data-testid="panel-chart">
                <ChartFigure inputs=chart />
            </div>
            <div role="tabpanel" id="capex-panel-table" aria-labelledby="capex-tab-table"
                data-testid="panel-table" hidden>
                <ProjectionTable projection />
            </div>
            <div role="tabpanel" id="capex-panel-method" class="methodology"
                aria-labelledby="capex-tab-method" tabindex="0" data-testid="panel-method" hidden
                inner_html=methodology></div>
        </div>
    }
}
