//! The widget: one scenario signal, one projection memo, thin views around them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    AssumptionControl, ChartInputs, Compare, ExplorerTabs, GuessFirst, Notices, SummarySentence,
    ThemePicker, DARK, LIGHT,
};
use crate::hooks::use_preferred_dark;
use crate::i18n::T;
use crate::markup::methodology;
use crate::model::{project, Assumption, Group, Projection, Scenario, Validated};
use crate::state::ViewState;

/// The controls the widget shows, grouped as the model groups them, most-asked first
/// within each group.
pub const CONTROL_GROUPS: [(Group, &[Assumption]); 5] = [
    (
        Group::Growth,
        &[
            Assumption::NearGrowth,
            Assumption::LongRunGrowth,
            Assumption::GrowthFade,
            Assumption::Growth2025,
            Assumption::Base2024,
        ],
    ),
    (
        Group::WorkloadMix,
        &[
            Assumption::InferenceShare2032,
            Assumption::TrainingShare2032,
            Assumption::ShiftMidpoint,
            Assumption::InferenceShare2025,
            Assumption::TrainingShare2025,
        ],
    ),
    (
        Group::Efficiency,
        &[Assumption::ExtraEfficiency, Assumption::Elasticity],
    ),
    (
        Group::CompaniesAndChips,
        &[
            Assumption::InHouseAlphabet2032,
            Assumption::InHouseMicrosoft2032,
            Assumption::InHouseMeta2032,
            Assumption::InHouseAmazon2032,
            Assumption::InHouseOthers2032,
            Assumption::InHouseAlphabet2025,
            Assumption::InHouseMicrosoft2025,
            Assumption::InHouseMeta2025,
            Assumption::InHouseAmazon2025,
            Assumption::InHouseOthers2025,
            Assumption::ShareMicrosoft,
            Assumption::ShareAmazon,
            Assumption::ShareAlphabet,
            Assumption::ShareMeta,
        ],
    ),
    (
        Group::Uncertainty,
        &[Assumption::GrowthSpread, Assumption::MixSpread],
    ),
];

/// The whole widget.
#[component]
pub fn App(
    /// Where to start: the state read from a share link, or the report baseline.
    #[prop(optional)]
    initial: ViewState,
    /// Sentences about what had to be adjusted to read `initial`.
    #[prop(optional)]
    notes: Vec<String>,
    /// Whether to talk to the page: keep the address current, answer a host page,
    /// report the height to a parent frame. Off for widgets mounted by tests.
    #[prop(optional)]
    connected: bool,
) -> impl IntoView {
    let ViewState {
        scenario: start,
        embed,
        origins,
        ..
    } = initial;
    let scenario = RwSignal::new(start);
    // The projection the reader pinned to compare with, kept as it was computed: the
    // table and the chart read it, nothing computes it again.
    let pinned = RwSignal::new(None::<Projection>);
    let projection = Memo::new(move |_| project(&scenario.get()));
    let notices = RwSignal::new(notes);
    let view_state = Memo::new(move |_| {
        // `preset` stays empty here: the picker, the link and the host work it out from
        // the scenario when they need it.
        ViewState {
            scenario: scenario.get(),
            preset: None,
            embed,
            origins: origins.clone(),
        }
    });

    let apply = Callback::new(move |validated: Validated| {
        notices.set(validated.adjustments.iter().map(|a| a.message()).collect());
        scenario.set(validated.scenario);
    });
    let set_assumption = move |assumption: Assumption, raw: f64| {
        apply.run(scenario.get_untracked().with(assumption, raw));
    };
    let reset = move |_| {
        apply.run(Validated {
            scenario: Scenario::default(),
            adjustments: Vec::new(),
        })
    };

    if connected {
        connect(view_state, scenario, projection, apply);
    }
    // The theme: the reader's choice, else the system's. The page's colours follow a
    // class on <html>; the chart follows `dark`.
    let (theme, set_theme) = signal(None::<usize>);
    let system_dark = use_preferred_dark();
    let dark = Signal::derive(move || theme.get().map_or_else(|| system_dark.get(), |t| t == DARK));
    Effect::new(move |_| {
        let choice = theme.get();
        if let Some(html) = document().document_element() {
            let classes = html.class_list();
            _ = classes.toggle_with_force("theme-dark", choice == Some(DARK));
            _ = classes.toggle_with_force("theme-light", choice == Some(LIGHT));
        }
    });
    // On a phone only the first group starts open, so the chart stays within reach; on
    // wider screens the first three, and the companies' fourteen controls and the
    // uncertainty spreads are one tap away. Done once after mounting: a per-group `open` attribute would turn the
    // controls' static markup into per-element view code (≈ 1 KB).
    Effect::new(move |_| {
        let wide = window().inner_width().ok().and_then(|w| w.as_f64()) >= Some(860.0);
        let closed = if wide {
            ".capex details.group ~ details.group ~ details.group ~ details.group"
        } else {
            ".capex details.group ~ details.group"
        };
        if let Ok(groups) = document().query_selector_all(closed) {
            for i in 0..groups.length() {
                if let Some(group) = groups
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    _ = group.remove_attribute("open");
                }
            }
        }
    });

    let chart = ChartInputs {
        projection: projection.into(),
        scenario: scenario.into(),
        pinned,
        dark,
    };
    let shown: Vec<Assumption> = CONTROL_GROUPS
        .iter()
        .flat_map(|(_, assumptions)| assumptions.iter().copied())
        .collect();
    let groups = CONTROL_GROUPS
        .into_iter()
        .map(|(group, assumptions)| {
            let controls = assumptions
                .iter()
                .map(|&assumption| {
                    view! {
                        <AssumptionControl
                            assumption
                            value=Signal::derive(move || scenario.with(|s| s.get(assumption)))
                            on_change=Callback::new(move |raw| set_assumption(assumption, raw))
                        />
                    }
                })
                .collect_view();
            view! {
                <details class="group" open>
                    <summary>{group.title()}</summary>
                    {controls}
                </details>
            }
        })
        .collect_view();

    view! {
        <div class="capex" data-testid="widget">
            <Notices messages=notices on_dismiss=Callback::new(move |()| notices.set(Vec::new())) />
            <SummarySentence projection />
            <Compare projection pinned />
            <GuessFirst apply />
            <div class="capex-grid">
                <ExplorerTabs chart methodology=methodology(&shown) />
                <section class="controls" aria-labelledby="capex-controls-title">
                    <h3 id="capex-controls-title">{T.controls_title}</h3>
                    {preset_picker(scenario, apply)}
                    {groups}
                    <div class="actions">
                        <button type="button" class="button" data-testid="reset" on:click=reset>
                            {T.reset_all}
                        </button>
                        {share_bar(view_state)}
                        <ThemePicker on_pick=set_theme />
                        <a
                            class="button language-link"
                            href=T.other_language[2]
                            hreflang=T.other_language[1]
                            lang=T.other_language[1]
                            data-testid="language"
                        >
                            {T.other_language[0]}
                        </a>
                    </div>
                </section>
            </div>
            {embed_source(embed, view_state)}
        </div>
    }
}

// Share links, the Share/Embed buttons, the host API and auto-height are built
// behind the `embed` feature: with them the page is over its
// 120 KB gzip budget (see ARCHITECTURE.md), so the default build leaves them out.

#[cfg(feature = "embed")]
fn initial_view() -> (ViewState, Vec<String>) {
    crate::embed::read_location()
}

#[cfg(not(feature = "embed"))]
fn initial_view() -> (ViewState, Vec<String>) {
    (ViewState::default(), Vec::new())
}

#[cfg(feature = "embed")]
fn connect(
    view_state: Memo<ViewState>,
    scenario: RwSignal<Scenario>,
    projection: Memo<Projection>,
    apply: Callback<Validated>,
) {
    use crate::embed::{
        in_frame, use_height_reporter, use_host_bridge, use_url_sync, UseHostBridgeOptions,
    };
    use_url_sync(view_state.into());
    let state = view_state.get_untracked();
    // The rule of record for embed mode is the decoded link; mode.js only got there first.
    if let Some(html) = document().document_element() {
        _ = html.class_list().toggle_with_force("embed", state.embed);
    }
    // Only inside a frame is there a host to talk to: at the top level, "parent" is the
    // page itself.
    if in_frame() {
        use_height_reporter();
        use_host_bridge(UseHostBridgeOptions {
            scenario,
            projection,
            apply,
            origins: state.origins,
        });
    }
}

#[cfg(not(feature = "embed"))]
fn connect(_: Memo<ViewState>, _: RwSignal<Scenario>, _: Memo<Projection>, _: Callback<Validated>) {
}

fn preset_picker(scenario: RwSignal<Scenario>, apply: Callback<Validated>) -> impl IntoView {
    use crate::components::PresetPicker;
    use crate::model::Preset;
    view! {
        <PresetPicker
            scenario
            on_pick=Callback::new(move |preset: Preset| {
                apply.run(Validated { scenario: preset.scenario(), adjustments: Vec::new() })
            })
        />
    }
}

#[cfg(feature = "embed")]
fn share_bar(view_state: Memo<ViewState>) -> impl IntoView {
    use crate::components::ShareBar;
    view! { <ShareBar state=view_state /> }
}

#[cfg(not(feature = "embed"))]
fn share_bar(_: Memo<ViewState>) -> impl IntoView {}

#[cfg(feature = "embed")]
fn embed_source(embed: bool, view_state: Memo<ViewState>) -> impl IntoView {
    use crate::embed::full_link;
    embed.then(|| {
        view! {
            <p class="embed-source" data-testid="embed-source">
                {crate::i18n::E.source[0]} " "
                <a href=move || full_link(&view_state.get()) target="_blank" rel="noopener" data-testid="open-full">
                    {crate::i18n::E.source[1]}
                </a>
            </p>
        }
    })
}

#[cfg(not(feature = "embed"))]
fn embed_source(_: bool, _: Memo<ViewState>) -> impl IntoView {}

/// Where the page expects the widget.
pub const ROOT_ID: &str = "capex-explorer";
/// The page's hidden note shown if the widget crashes.
pub const ERROR_ID: &str = "capex-error";

/// Mounts the widget into the page's `#capex-explorer`, replacing the static baseline,
/// starting from the view in the page's address.
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
    let (initial, notes) = initial_view();
    root.set_inner_html("");
    root.set_attribute("aria-busy", "false").ok();
    leptos::mount::mount_to(root, move || view! { <App initial notes connected=true /> }).forget();
}

/// Logs panics to the console and shows the page's error note, so a crash never
/// leaves a silently blank widget.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // Payload and location by hand: formatting `info` itself pulls in a few KB.
        let message = info.payload_as_str().unwrap_or("(no message)");
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        web_sys::console::error_1(
            &format!("AI Capex Explorer crashed at {place}: {message}").into(),
        );
        if let Some(note) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ERROR_ID))
        {
            _ = note.remove_attribute("hidden");
        }
    }));
}
