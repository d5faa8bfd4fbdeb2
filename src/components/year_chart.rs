use leptos::html::{Canvas, Div, P};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{canvas, poster, ChartStyle, Palette, YearScale};
use crate::format::{money_b, percent};
use crate::hooks::{use_element_width, UseElementWidthReturn};
use crate::i18n::{fill, T};
use crate::markup::{crossover_words, poster_notes, year_text};
use crate::model::{project, Projection, Scenario, N_YEARS};

/// What the chart draws from: the widget's state, passed down as one value.
#[derive(Clone, Copy)]
pub struct ChartInputs {
    /// The projection to draw.
    pub projection: Signal<Projection>,
    /// The scenario, for the downloaded picture's notes.
    pub scenario: Signal<Scenario>,
    /// A projection pinned for comparison: its path replaces the report's as the rings.
    pub pinned: RwSignal<Option<Projection>>,
    /// Whether to draw in the dark palette.
    pub dark: Signal<bool>,
}

/// The year charts, one at a time on one canvas that follows its container's width and
/// the screen's pixel density: AI investment 2024–2032 stacked by workload, or each
/// workload's share with the crossover marked. Both are explored alike (pointer, touch,
/// keyboard) and download alike.
#[component]
pub fn YearChart(
    /// The state to draw.
    inputs: ChartInputs,
) -> impl IntoView {
    let ChartInputs {
        projection,
        scenario,
        pinned,
        dark,
    } = inputs;
    let container = NodeRef::<Div>::new();
    let canvas_ref = NodeRef::<Canvas>::new();
    let announcer = NodeRef::<P>::new();
    // Where the years are on the drawn chart (CSS pixels), and the year being explored.
    let scale = StoredValue::new(None::<YearScale>);
    let (pointed, set_pointed) = signal(None::<usize>);
    // Which chart: `None` for the investment, `Some(SHARES)` for the workload shares
    // (the signal type the year and the theme already use: a new one costs ≈ 0.5 KB).
    let (chart, set_chart) = signal(None::<usize>);
    let shares = move || chart.get() == Some(SHARES);
    // The report's own path, drawn behind any other scenario.
    let report = project(&Scenario::default()).total;

    let UseElementWidthReturn { width, pixel_ratio } = use_element_width(container);

    Effect::new(move |_| {
        let (Some(canvas), css_width, dpr) = (canvas_ref.get(), width.get(), pixel_ratio.get())
        else {
            return;
        };
        if css_width < 1.0 {
            return;
        }
        let css_height = chart_height(css_width);
        // Backing store in device pixels; CSS size set per property (allowed by a
        // strict style-src, unlike a style attribute).
        canvas.set_width((css_width * dpr).round() as u32);
        canvas.set_height((css_height * dpr).round() as u32);
        let style = web_sys::HtmlElement::style(&canvas);
        _ = style.set_property("width", &format!("{css_width}px"));
        _ = style.set_property("height", &format!("{css_height}px"));
        let chart_style = ChartStyle {
            palette: if dark.get() {
                Palette::DARK
            } else {
                Palette::LIGHT
            },
            scale: dpr,
        };
        // The year being explored is drawn in: a redraw takes well under a millisecond.
        let focus = pointed.get();
        let reference = pinned.with(|p| p.as_ref().map_or(report, |p| p.total));
        let shares = shares();
        match projection
            .with(|p| canvas::draw_year_chart(&canvas, p, &reference, &chart_style, focus, shares))
        {
            Ok(drawn) => scale.set_value(Some(drawn.shrunk(dpr))),
            Err(message) => {
                web_sys::console::error_1(&format!("chart not drawn: {message}").into())
            }
        }
    });

    let point_at = move |ev: web_sys::PointerEvent| {
        if let Some(scale) = scale.get_value() {
            set_pointed.set(Some(scale.index_at(f64::from(ev.offset_x()))));
        }
    };
    // Arrow keys step through the years; each step is announced.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let last = N_YEARS - 1;
        let now = pointed.get_untracked();
        let next = match (ev.key().as_str(), now) {
            ("ArrowRight", Some(i)) => (i + 1).min(last),
            ("ArrowLeft", Some(i)) => i.saturating_sub(1),
            ("ArrowRight" | "ArrowLeft", None) | ("Home", _) => 0,
            ("End", _) => last,
            ("Escape", _) => {
                set_pointed.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        set_pointed.set(Some(next));
        if let Some(announcer) = announcer.get_untracked() {
            announcer.set_text_content(Some(&projection.with_untracked(|p| year_text(p, next))));
        }
    };

    let description = move || {
        projection.with(|p| {
            let s = p.summary();
            let [investment, shares_chart] = T.chart_descriptions;
            if shares() {
                return fill(
                    shares_chart,
                    &[
                        ("training_from", &percent(p.training_share[0])),
                        ("training_to", &percent(s.training_share_2032)),
                        ("inference_from", &percent(p.inference_share[0])),
                        ("inference_to", &percent(s.inference_share_2032)),
                        ("crossover", &crossover_words(&s)),
                    ],
                );
            }
            fill(
                investment,
                &[
                    ("first", &money_b(p.total[0])),
                    ("second", &money_b(p.total[1])),
                    ("last", &money_b(s.total_2032)),
                    ("training", &percent(s.training_share_2032)),
                    ("inference", &percent(s.inference_share_2032)),
                ],
            )
        })
    };
    let [investment_title, investment_unit, shares_title, shares_unit] = T.chart_titles;
    let title = format!(
        r#"<span class="only-investment">{investment_title}<span class="chart-unit">{investment_unit}</span></span><span class="only-shares">{shares_title}<span class="chart-unit">{shares_unit}</span></span>"#
    );
    let [switch_legend, investment_choice, shares_choice] = T.chart_switch;
    let switch = format!(
        r#"<legend class="visually-hidden">{switch_legend}</legend><label><input type="radio" name="capex-chart" value="investment" checked data-testid="show-investment">{investment_choice}</label><label><input type="radio" name="capex-chart" value="shares" data-testid="show-shares">{shares_choice}</label>"#
    );
    let [training, inference, other, mark, path, later] = T.legend;
    let legend = format!(
        r#"<li><span class="swatch swatch-training"></span>{training}</li><li><span class="swatch swatch-inference"></span>{inference}</li><li><span class="swatch swatch-other"></span>{other}</li><li class="only-investment"><span class="swatch swatch-mark"></span>{mark}</li><li class="only-investment"><span class="swatch swatch-ring"></span>{path}</li><li class="only-investment"><span class="swatch-cross">×</span>{later}</li>"#
    );
    let notes = format!(
        r#"<p class="chart-marks only-shares">{}</p><p class="chart-marks only-investment" data-testid="report-marks">{}</p>"#,
        T.chart_notes[0], T.chart_notes[1]
    );

    view! {
        <figure class="chart">
            // Static parts as markup: one string each costs far less wasm than a view
            // tree per element.
            <figcaption class="chart-title" id="capex-chart-title" inner_html=title></figcaption>
            <fieldset
                class="chart-switch"
                on:change=move |ev| {
                    let shares = event_target_value(&ev) == "shares";
                    set_chart.set(shares.then_some(SHARES));
                    // The figure's title, key and notes follow the chart through one
                    // class, set here once per choice rather than on every redraw.
                    if let Some(figure) = ev
                        .current_target()
                        .and_then(|t| t.unchecked_into::<web_sys::Element>().parent_element())
                    {
                        _ = figure.class_list().toggle_with_force("shares", shares);
                    }
                }
                inner_html=switch
            ></fieldset>
            <ul class="legend" aria-hidden="true" inner_html=legend></ul>
            <div class="chart-box" node_ref=container>
                <canvas
                    node_ref=canvas_ref
                    data-testid="chart-investment"
                    role="img"
                    tabindex="0"
                    aria-labelledby="capex-chart-title"
                    aria-describedby="capex-chart-desc"
                    on:pointermove=point_at
                    on:pointerdown=point_at
                    on:pointerleave=move |ev| {
                        // A finger lifting "leaves" too: a tapped year stays until the
                        // reader taps elsewhere (blur).
                        if ev.pointer_type() != "touch" {
                            set_pointed.set(None);
                        }
                    }
                    on:blur=move |_| set_pointed.set(None)
                    on:keydown=on_keydown
                ></canvas>
            </div>
            <p class="visually-hidden" id="capex-chart-desc">{description}</p>
            <p class="visually-hidden" aria-live="polite" data-testid="chart-announcer" node_ref=announcer></p>
            <a
                class="button"
                href="#"
                download="ai-capex-chart.png"
                data-testid="download-png"
                on:click=move |ev| {
                    // Drawn when asked for, light, at twice the size, with a title, the
                    // source and what the reader changed; handed over as a data: URL.
                    let (Some(link), Ok(canvas)) =
                        (ev.current_target(), document().create_element("canvas"))
                    else {
                        return;
                    };
                    let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
                    let style = ChartStyle { palette: Palette::LIGHT, scale: 2.0 };
                    canvas.set_width(poster::SIZE.0 * 2);
                    canvas.set_height(poster::SIZE.1 * 2);
                    let notes = scenario.with_untracked(poster_notes);
                    let reference =
                        pinned.with_untracked(|p| p.as_ref().map_or(report, |p| p.total));
                    let shares = chart.get_untracked() == Some(SHARES);
                    let drawn = projection.with_untracked(|p| {
                        canvas::draw_poster(&canvas, p, &reference, &style, &notes, shares)
                    })
                        .and_then(|()| canvas.to_data_url().map_err(|_| "no PNG".to_owned()));
                    match drawn {
                        Ok(url) => {
                            _ = link.unchecked_into::<web_sys::Element>().set_attribute("href", &url)
                        }
                        Err(message) => {
                            web_sys::console::error_1(&format!("picture not drawn: {message}").into())
                        }
                    }
                }
            >
                {T.download_png}
            </a>
            <div inner_html=notes></div>
        </figure>
    }
}

/// Chart height for a given width: wide on laptops, taller than wide-screen on phones.
fn chart_height(width: f64) -> f64 {
    (width * 0.6).clamp(220.0, 380.0).round()
}

/// The workload shares chart, as `chart` holds it.
const SHARES: usize = 1;
