//! The widget: one scenario signal, one projection memo, thin views around them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    AssumptionSlider, InvestmentChart, Notices, ProjectionTable, SummarySentence,
};
use crate::model::{project, Assumption, Scenario};

/// The assumptions the widget shows controls for, in order.
pub const CONTROLS: [Assumption; 4] = [
    Assumption::NearGrowth,
    Assumption::LongRunGrowth,
    Assumption::TrainingShare2032,
    Assumption::InferenceShare2032,
];

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    let scenario = RwSignal::new(Scenario::default());
    let projection = Memo::new(move |_| project(&scenario.get()));
    let notices = RwSignal::new(Vec::<String>::new());

    let set_assumption = move |assumption: Assumption, raw: f64| {
        let validated = scenario.get_untracked().with(assumption, raw);
        notices.set(validated.adjustments.iter().map(|a| a.message()).collect());
        scenario.set(validated.scenario);
    };
    let reset = move |_| {
        notices.set(Vec::new());
        scenario.set(Scenario::default());
    };

    let sliders = CONTROLS
        .into_iter()
        .map(|assumption| {
            view! {
                <AssumptionSlider
                    assumption
                    value=Signal::derive(move || scenario.with(|s| s.get(assumption)))
                    on_change=Callback::new(move |raw| set_assumption(assumption, raw))
                />
            }
        })
        .collect_view();

    view! {
        <div class="capex" data-testid="widget">
            <SummarySentence projection />
            <div class="capex-grid">
                <InvestmentChart projection />
                <section class="controls" aria-labelledby="capex-controls-title">
                    <h3 id="capex-controls-title">"Your assumptions"</h3>
                    {sliders}
                    <Notices messages=notices on_dismiss=Callback::new(move |()| notices.set(Vec::new())) />
                    <button type="button" class="button" data-testid="reset" on:click=reset>
                        "Reset to the report"
                    </button>
                </section>
            </div>
            <ProjectionTable projection />
        </div>
    }
}

/// Where the page expects the widget.
pub const ROOT_ID: &str = "capex-explorer";
/// The page's hidden note shown if the widget crashes.
pub const ERROR_ID: &str = "capex-error";

/// Mounts the widget into the page's `#capex-explorer`, replacing the loading skeleton.
pub fn mount_into_page() {
    install_panic_hook();
    let Some(root) = document()
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        web_sys::console::error_1(
            &format!("AI Capex Explorer: no #{ROOT_ID} element on the page").into(),
        );
        return;
    };
    root.set_inner_html("");
    root.set_attribute("aria-busy", "false").ok();
    leptos::mount::mount_to(root, App).forget();
}

/// Logs panics to the console and shows the page's error note, so a crash never
/// leaves a silently blank widget.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("AI Capex Explorer crashed: {info}").into());
        if let Some(note) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ERROR_ID))
        {
            _ = note.remove_attribute("hidden");
        }
    }));
}
