use leptos::html::Button;
use leptos::prelude::*;

use crate::components::{use_id, use_text, ChartData, Methodology, ProjectionTable};
use crate::model::Assumption;

/// The views of the projection beside the chart (which stands on its own, first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The yearly table.
    #[default]
    Table,
    /// How it is all made: methodology, defaults and sources.
    Method,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 2] = [Tab::Table, Tab::Method];

    /// Its key: element ids and test ids.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Table => "table",
            Tab::Method => "method",
        }
    }

    /// The tab `step` places after this one, wrapping around.
    fn step(self, step: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[(self as isize + step).rem_euclid(n) as usize]
    }
}

/// The yearly table and how it is all made (methodology and sources), as ARIA tabs
/// under the chart and the controls.
#[component]
pub fn ExplorerTabs(
    /// The assumptions whose defaults the methodology lists.
    shown: Vec<Assumption>,
    /// The open tab; it outlives a change of language.
    current: RwSignal<Tab>,
) -> impl IntoView {
    let t = use_text();
    let projection = expect_context::<ChartData>().inputs.projection;
    let buttons = Tab::ALL.map(|_| NodeRef::<Button>::new());
    let [_, _, table_tab, method_tab] = t.tabs;
    let names = [table_tab, method_tab];

    // Arrow keys move the selection and the focus together (the ARIA tabs pattern with
    // automatic activation); Tab leaves the tab list for the open panel.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let now = current.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" => now.step(1),
            "ArrowLeft" => now.step(-1),
            "Home" => Tab::Table,
            "End" => Tab::Method,
            _ => return,
        };
        ev.prevent_default();
        current.set(next);
        if let Some(button) = buttons[next as usize].get_untracked() {
            _ = button.focus();
        }
    };
    let tab_id = |tab: Tab| use_id(&format!("tab-{}", tab.key()));
    let panel_id = |tab: Tab| use_id(&format!("panel-{}", tab.key()));
    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| {
            let selected = move || current.get() == tab;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id=tab_id(tab)
                    aria-controls=panel_id(tab)
                    aria-selected=move || if selected() { "true" } else { "false" }
                    tabindex=move || if selected() { "0" } else { "-1" }
                    data-testid=format!("tab-{}", tab.key())
                    node_ref=buttons[tab as usize]
                    on:click=move |_| current.set(tab)
                >
                    {names[tab as usize]}
                </button>
            }
        })
        .collect_view();
    let hidden = move |tab: Tab| move || current.get() != tab;

    view! {
        <div class="tabs">
            <div class="tablist" role="tablist" aria-label=t.tabs[0] on:keydown=on_keydown>
                {tabs}
            </div>
            <div
                role="tabpanel"
                id=panel_id(Tab::Table)
                aria-labelledby=tab_id(Tab::Table)
                data-testid="panel-table"
                hidden=hidden(Tab::Table)
            >
                <ProjectionTable projection />
            </div>
            <div
                role="tabpanel"
                id=panel_id(Tab::Method)
                class="methodology"
                aria-labelledby=tab_id(Tab::Method)
                tabindex="0"
                data-testid="panel-method"
                hidden=hidden(Tab::Method)
            >
                <Methodology shown />
            </div>
        </div>
    }
}
