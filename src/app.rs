//! The widget: one scenario signal, one projection memo, thin views around them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::View;
use crate::components::{
    AssumptionControl, ChartChoice, ChartData, ChartFigure, ChartInputs, Compare, ExplorerTabs,
    GuessState, KeyNumber, Locale, Notices, PresetPicker, ShareBar, Stage, SummarySentence, Tab,
    Theme, ThemePicker, WidgetId,
};
use crate::embed::{
    full_link, in_frame, read_location, use_height_reporter, use_host_bridge, use_url_sync,
    UseHostBridgeOptions,
};
use crate::hooks::use_preferred_dark;
use crate::i18n::Lang;
use crate::markup::notice;
use crate::model::{project, Assumption, Group, Preset, Projection, Scenario, Validated};
use crate::state::{Notice, ViewState};

/// The few controls that matter most, right under the chart: how fast spending grows
/// next year and after, how much of it goes to inference, and efficiency.
pub const PRIMARY: [Assumption; 4] = [
    Assumption::NearGrowth,
    Assumption::LongRunGrowth,
    Assumption::InferenceShare2032,
    Assumption::ExtraEfficiency,
];

/// Every other control, under "More assumptions", grouped as the model groups them,
/// most-asked first within each group.
pub const CONTROL_GROUPS: [(Group, &[Assumption]); 5] = [
    (
        Group::Growth,
        &[
            Assumption::GrowthFade,
            Assumption::Growth2025,
            Assumption::Base2024,
        ],
    ),
    (
        Group::WorkloadMix,
        &[
            Assumption::TrainingShare2032,
            Assumption::ShiftMidpoint,
            Assumption::InferenceShare2025,
            Assumption::TrainingShare2025,
        ],
    ),
    (Group::Efficiency, &[Assumption::Elasticity]),
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
        &[
            Assumption::GrowthSpread,
            Assumption::LongRunSpread,
            Assumption::MixSpread,
        ],
    ),
];

/// The whole widget.
#[component]
pub fn App(
    /// Where to start: the state read from a share link, or the report baseline.
    #[prop(optional)]
    initial: ViewState,
    /// The language to start in when the link does not name one.
    #[prop(optional)]
    lang: Lang,
    /// Notes about what had to be adjusted to read `initial`.
    #[prop(optional)]
    notes: Vec<Notice>,
    /// Whether to talk to the page: keep the address current, answer a host page,
    /// report the height to a parent frame, set the document's language and title.
    /// Off for widgets mounted by tests, and for every widget but the first in a page.
    #[prop(optional)]
    connected: bool,
) -> impl IntoView {
    let ViewState {
        scenario: start,
        lang: asked,
        embed,
        origins,
        guess: guessed,
        ..
    } = initial;
    // The reader's guess: a link's line (or `guess=1`) opens the widget drawing it, on
    // the report's chart; a whole line sent with a scenario of its own is kept on that
    // scenario's chart, as the sender saw it. A line not finished opens drawing.
    let playing = guessed.is_some_and(|g| !g.is_complete()) || start == Scenario::default();
    let guess = GuessState::new(guessed, playing);
    let scenario = RwSignal::new(start);
    // The language: the link's, else the page's or the browser's. `chosen` is whether
    // the link or the reader named it, so the address keeps it.
    let lang = RwSignal::new(asked.unwrap_or(lang));
    let chosen = RwSignal::new(asked.is_some());
    provide_context(Locale(lang));
    provide_context(WidgetId::next());
    let tab = RwSignal::new(Tab::default());
    // The projection the reader pinned to compare with, kept as it was computed: the
    // table and the chart read it, nothing computes it again.
    let pinned = RwSignal::new(None::<Projection>);
    let projection = Memo::new(move |_| project(&scenario.get()));
    let notices = RwSignal::new(notes);
    // The control whose change the notices are about (they show beside it), or none
    // for a link, a preset or a host page (they show above the chart).
    let noted = RwSignal::new(None::<Assumption>);
    let view_state = Memo::new(move |_| {
        // `preset` stays empty here: the picker, the link and the host work it out from
        // the scenario when they need it.
        ViewState {
            scenario: scenario.get(),
            preset: None,
            lang: chosen.get().then(|| lang.get()),
            embed,
            origins: origins.clone(),
            // Drawing (the years drawn so far), or a whole line on the chart: a link
            // opens it again.
            guess: (guess.stage.get() != Stage::Off || guess.line.with(|l| l.is_complete()))
                .then(|| guess.line.get()),
        }
    });
    // What a share link carries: always the language the reader sees.
    let shared = Memo::new(move |_| ViewState {
        lang: Some(lang.get()),
        ..view_state.get()
    });

    // The reader's choices on the chart: they outlive a change of language, and a host
    // page's step sets them.
    let choice = ChartChoice::new();
    let apply = Callback::new(move |validated: Validated| {
        noted.set(None);
        // A story's note is about the step's scenario: any other change takes it away
        // (a step sets its own after this). A new scenario ends a guess being played.
        if choice.note.with_untracked(Option::is_some) {
            choice.note.set(None);
        }
        guess.stop();
        notices.set(
            validated
                .adjustments
                .into_iter()
                .map(Notice::Input)
                .collect(),
        );
        scenario.set(validated.scenario);
    });

    if connected {
        connect(view_state, scenario, projection, apply, lang, choice);
    }
    // The theme: the reader's choice, else the system's. The page's colours follow a
    // class on <html> (set by the widget connected to the page); the chart follows
    // `dark`.
    let theme = RwSignal::new(Theme::Auto);
    let system_dark = use_preferred_dark();
    let dark = Signal::derive(move || match theme.get() {
        Theme::Auto => system_dark.get(),
        Theme::Dark => true,
        Theme::Light => false,
    });
    if connected {
        Effect::new(move |_| {
            let choice = theme.get();
            if let Some(html) = document().document_element() {
                let classes = html.class_list();
                _ = classes.toggle_with_force("theme-dark", choice == Theme::Dark);
                _ = classes.toggle_with_force("theme-light", choice == Theme::Light);
            }
        });
    }
    // On a phone only the first group starts open, so the chart stays within reach; on
    // wider screens the first three. The reader's opening and closing outlives a
    // change of language, as does the reader's guess.
    let wide = window().inner_width().ok().and_then(|w| w.as_f64()) >= Some(860.0);
    let opened = if wide { 3 } else { 1 };
    let open_groups = RwSignal::new(std::array::from_fn::<bool, 5, _>(|i| i < opened));
    // Whether the language link had the focus when the reader switched: the new one
    // takes it.
    let refocus = StoredValue::new(false);

    let chart = ChartInputs {
        projection: projection.into(),
        scenario: scenario.into(),
        pinned,
        dark,
        choice,
        compact: embed,
        guess,
    };
    provide_context(chart);
    // The chart's memos (the tornado's sweep, the likely ranges) live with the widget,
    // not with its language: a switch does not work them out again.
    provide_context(ChartData::new(chart));
    let shown: Vec<Assumption> = PRIMARY
        .into_iter()
        .chain(
            CONTROL_GROUPS
                .iter()
                .flat_map(|(_, assumptions)| assumptions.iter().copied()),
        )
        .collect();
    // A reader's change: applied, its notes shown beside the control, and the chart
    // switched to where the change shows (the companies' chart for a company, the
    // likely range for a spread).
    let set_assumption = move |assumption: Assumption, raw: f64| {
        apply.run(scenario.get_untracked().with(assumption, raw));
        noted.set(Some(assumption));
        match assumption.spec().group {
            Group::CompaniesAndChips if choice.view.get_untracked() != View::Companies => {
                choice.view.set(View::Companies)
            }
            Group::Uncertainty => {
                if !choice.view.get_untracked().by_year() {
                    choice.view.set(View::Investment);
                }
                if !choice.band.get_untracked() {
                    choice.band.set(true);
                }
            }
            _ => {}
        }
    };
    // Why a control shows nothing yet.
    let inactive = move |assumption: Assumption| {
        Signal::derive(move || {
            scenario.with(|s| match assumption {
                Assumption::GrowthFade
                    if s.get(Assumption::NearGrowth) == s.get(Assumption::LongRunGrowth) =>
                {
                    Some(lang.get_untracked().text().inactive[0])
                }
                Assumption::Elasticity if s.get(Assumption::ExtraEfficiency) == 0.0 => {
                    Some(lang.get_untracked().text().inactive[1])
                }
                _ => None,
            })
        })
    };
    let more_open = RwSignal::new(false);
    // Whether "More assumptions" was ever opened: its controls stay built once they are.
    let more_opened =
        Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || more_open.get());

    // Everything the reader reads, in their language: built anew when the language
    // changes, from state that lives above it (scenario, pin, notices, theme, tab,
    // chart), keyed by the language so that a change replaces it whole.
    let widget = move |l: Lang| {
        untrack(|| {
            let t = l.text();
            let control = move |assumption: Assumption| {
                view! {
                    <AssumptionControl
                        assumption
                        value=Signal::derive(move || scenario.with(|s| s.get(assumption)))
                        on_change=Callback::new(move |raw| set_assumption(assumption, raw))
                        notes=Signal::derive(move || {
                            if noted.get() == Some(assumption) {
                                notices.with(|all| all.iter().map(|n| notice(l, n)).collect())
                            } else {
                                Vec::new()
                            }
                        })
                        inactive=inactive(assumption)
                    />
                }
            };
            // Built when "More assumptions" is first opened, not with the page: two thirds
            // of the widget's elements are in it, and the chart comes first.
            let groups = move || {
                CONTROL_GROUPS
                .into_iter()
                .enumerate()
                .map(|(i, (group, assumptions))| {
                    let controls = assumptions.iter().map(|&a| control(a)).collect_view();
                    // Each group follows its own entry only: a change to another's must not
                    // set this one back (several can open at once, before their toggle
                    // events are handled).
                    let open = Memo::new(move |_| open_groups.with(|o| o[i]));
                    view! {
                        <details
                            class="group"
                            prop:open=move || open.get()
                            on:toggle=move |ev| {
                                let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                                if open_groups.with_untracked(|o| o[i]) != open {
                                    open_groups.update(|o| o[i] = open);
                                }
                            }
                        >
                            <summary>{t.group(group)}</summary>
                            {controls}
                        </details>
                    }
                })
                .collect_view()
            };
            let other = l.other();
            let language_link = NodeRef::<leptos::html::A>::new();
            Effect::new(move |_| {
                if let Some(link) = language_link.get() {
                    if refocus.get_value() {
                        refocus.set_value(false);
                        _ = link.focus();
                    }
                }
            });
            let primary = PRIMARY.map(control);
            let title = l.extras().iframe_title;
            view! {
                {embed.then(|| view! { <h1 class="embed-title">{title}</h1> })}
                <KeyNumber projection />
                <Notices
                    messages=Signal::derive(move || {
                        if noted.get().is_some() {
                            return Vec::new();
                        }
                        notices.with(|all| all.iter().map(|n| notice(l, n)).collect::<Vec<_>>())
                    })
                    on_dismiss=Callback::new(move |()| notices.set(Vec::new()))
                />
                <div class="capex-grid">
                    <div class="chart-column">
                        <ChartFigure />
                    </div>
                    <section class="controls" aria-label=t.controls_title>
                        <h3>{t.controls_title}</h3>
                        {primary}
                        {embed.then(|| {
                            view! {
                                <a
                                    class="more-link"
                                    href=move || full_link(&shared.get())
                                    target="_blank"
                                    rel="noopener"
                                    data-testid="more-link"
                                >
                                    {l.extras().more}
                                </a>
                            }
                        })}
                        {(!embed).then(|| {
                            view! {
                                <PresetPicker
                                    scenario
                                    on_pick=Callback::new(move |preset: Preset| {
                                        apply.run(Validated { scenario: preset.scenario(), adjustments: Vec::new() })
                                    })
                                />
                                <details
                                    class="more"
                                    data-testid="more"
                                    prop:open=move || more_open.get()
                                    on:toggle=move |ev| {
                                        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                                        if more_open.get_untracked() != open {
                                            more_open.set(open);
                                        }
                                    }
                                >
                                    <summary>{t.more_assumptions}</summary>
                                    <Show when=move || more_opened.get()>{groups}</Show>
                                </details>
                                <div class="actions">
                                    <button
                                        type="button"
                                        class="button"
                                        data-testid="reset"
                                        on:click=move |_| apply.run(Validated {
                                            scenario: Scenario::default(),
                                            adjustments: Vec::new(),
                                        })
                                    >
                                        {t.reset_all}
                                    </button>
                                    <ShareBar state=shared />
                                    <ThemePicker theme />
                                    <a
                                        class="button language-link"
                                        href=move || full_link(&ViewState { lang: Some(other), ..view_state.get() })
                                        hreflang=other.tag()
                                        lang=other.tag()
                                        data-testid="language"
                                        node_ref=language_link
                                        on:click=move |ev| {
                                            // In place: the state stays, the words change.
                                            ev.prevent_default();
                                            refocus.set_value(true);
                                            chosen.set(true);
                                            lang.set(other);
                                        }
                                    >
                                        {other.text().language_name}
                                    </a>
                                </div>
                            }
                        })}
                    </section>
                </div>
                <SummarySentence projection />
                {(!embed).then(|| view! {
                    <Compare projection pinned />
                    <ExplorerTabs shown=shown.clone() current=tab />
                })}
                {embed.then(|| {
                    let [source, open_full] = l.extras().source;
                    view! {
                        <p class="embed-source" data-testid="embed-source">
                            {source} " "
                            <a href=move || full_link(&shared.get()) target="_blank" rel="noopener" data-testid="open-full">
                                {open_full}
                            </a>
                        </p>
                    }
                })}
            }
        })
    };

    view! {
        <div class="capex" lang=move || lang.get().tag() data-testid="widget">
            <For each=move || [lang.get()] key=|l| *l children=widget />
        </div>
    }
}

/// Connects the widget to its page: the address, the document's language and title,
/// and, inside a frame, the host page and the frame's height.
fn connect(
    view_state: Memo<ViewState>,
    scenario: RwSignal<Scenario>,
    projection: Memo<Projection>,
    apply: Callback<Validated>,
    lang: RwSignal<Lang>,
    choice: ChartChoice,
) {
    use_url_sync(view_state.into());
    let state = view_state.get_untracked();
    // The rule of record for embed mode is the decoded link; mode.js only got there first.
    if let Some(html) = document().document_element() {
        _ = html.class_list().toggle_with_force("embed", state.embed);
    }
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(html) = document().document_element() {
            _ = html.set_attribute("lang", l.tag());
        }
        document().set_title(l.text().page_title);
    });
    // Only inside a frame is there a host to talk to: at the top level, "parent" is the
    // page itself.
    if in_frame() {
        use_height_reporter();
        use_host_bridge(UseHostBridgeOptions {
            scenario,
            projection,
            apply,
            lang,
            choice,
            origins: state.origins,
        });
    }
}

/// Marks the elements the widget mounts into.
pub const ROOT_CLASS: &str = "capex-root";
/// The page's hidden note shown if the widget crashes.
pub const ERROR_ID: &str = "capex-error";

/// Mounts a widget into every `.capex-root` element of the page, replacing its static
/// baseline. The first one starts from the page's address and keeps it current; every
/// one starts in the language its element's `data-lang` names (an entry page per
/// language), else the browser's.
pub fn mount_into_page() {
    install_panic_hook();
    let Ok(roots) = document()
        .get_elements_by_class_name(ROOT_CLASS)
        .dyn_into::<web_sys::HtmlCollection>()
    else {
        return;
    };
    let roots: Vec<web_sys::HtmlElement> = (0..roots.length())
        .filter_map(|i| roots.item(i))
        .filter_map(|el| el.dyn_into().ok())
        .collect();
    if roots.is_empty() {
        web_sys::console::error_1(
            &format!("AI Capex Explorer: no .{ROOT_CLASS} element on the page").into(),
        );
    }
    let browser = browser_language();
    for (i, root) in roots.into_iter().enumerate() {
        let first = i == 0;
        let lang = root
            .get_attribute("data-lang")
            .and_then(|tag| Lang::from_param(&tag))
            .unwrap_or(browser);
        let (initial, notes) = if first {
            read_location()
        } else {
            (ViewState::default(), Vec::new())
        };
        let notes: Vec<Notice> = notes.into_iter().map(Notice::Link).collect();
        root.set_inner_html("");
        root.set_attribute("aria-busy", "false").ok();
        leptos::mount::mount_to(
            root,
            move || view! { <App initial lang notes connected=first /> },
        )
        .forget();
    }
}

/// The first of the browser's languages that the widget speaks, else English.
fn browser_language() -> Lang {
    let navigator = window().navigator();
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// Logs panics to the console and shows the page's error note, so a crash never
/// leaves a silently blank widget.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(note) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ERROR_ID))
        {
            _ = note.remove_attribute("hidden");
        }
    }));
}
