use leptos::html::{Canvas, Div, P};
use leptos::prelude::*;

use crate::components::use_text;
use wasm_bindgen::JsCast;

use crate::charts::axes::NARROW;
use crate::charts::{canvas, tornado, ChartStyle, Figure, Palette, Scale, View};
use crate::format::{money_b, percent, plain_number};
use crate::hooks::{use_element_width, UseElementWidthReturn};
use crate::i18n::fill;
use crate::markup::{
    band_words, companies_text, company_text, crossover_words, poster_notes, sensitivity_text,
    sensitivity_words, year_text, BandUnit, ShownBand,
};
use crate::model::{
    monte_carlo, project, sensitivity, Company, Projection, Scenario, SensitivityBar, Uncertainty,
    MONTE_CARLO_PATHS, N_YEARS, YEARS,
};

/// What the chart draws from: the widget's state, passed down as one value.
#[derive(Clone, Copy)]
pub struct ChartInputs {
    /// The projection to draw.
    pub projection: Signal<Projection>,
    /// The scenario: the tornado's bars and the downloaded picture's notes.
    pub scenario: Signal<Scenario>,
    /// A projection pinned for comparison: its path replaces the report's as the dashed line.
    pub pinned: RwSignal<Option<Projection>>,
    /// Whether to draw in the dark palette.
    pub dark: Signal<bool>,
}

/// The charts, one at a time on one canvas that follows its container's width and the
/// screen's pixel density: AI investment 2024–2032 stacked by workload, each
/// workload's share with the crossover marked, spend per company split by chip source
/// in a chosen year, and the tornado of what moves the 2032 total. All are explored
/// alike (pointer, touch, keyboard, announced) and download alike.
#[component]
pub fn ChartFigure(
    /// The state to draw.
    inputs: ChartInputs,
) -> impl IntoView {
    let t = use_text();
    let ChartInputs {
        projection,
        scenario,
        pinned,
        dark,
    } = inputs;
    let container = NodeRef::<Div>::new();
    let canvas_ref = NodeRef::<Canvas>::new();
    let announcer = NodeRef::<P>::new();
    // Where the years or rows are on the drawn chart (CSS pixels), and the one being
    // explored.
    let scale = StoredValue::new(None::<Scale>);
    let (pointed, set_pointed) = signal(None::<usize>);
    // Which chart, by its index in `View::ALL`, and the companies chart's year (an index
    // into the years).
    let (chosen, set_chosen) = signal(0usize);
    let view = move || View::at(chosen.get());
    let view_untracked = move || View::at(chosen.get_untracked());
    let (year, set_year) = signal(N_YEARS - 1);
    // The tornado's bars: worked out once per change, and only while it is shown (the
    // sweep projects the scenario 56 times), not on every redraw of any chart.
    let bars = Memo::new(move |_| {
        if view() == View::Sensitivity {
            scenario.with(sensitivity)
        } else {
            Vec::new()
        }
    });
    // The likely ranges, run only while the reader asks for them (10,000 paths, a few
    // ms).
    let (band_on, set_band) = signal(false);
    let uncertainty = Memo::new(move |_| {
        band_on
            .get()
            .then(|| scenario.with(|s| monte_carlo(s, MONTE_CARLO_PATHS)))
    });
    // The report's own path, drawn behind any other scenario.
    let report = project(&Scenario::default()).total;
    let reference = move || pinned.with(|p| p.as_ref().map_or(report, |p| p.total));

    let UseElementWidthReturn { width, pixel_ratio } = use_element_width(container);

    Effect::new(move |_| {
        let (Some(canvas), css_width, dpr) = (canvas_ref.get(), width.get(), pixel_ratio.get())
        else {
            return;
        };
        if css_width < 1.0 {
            return;
        }
        let view = view();
        let css_height = chart_height(css_width, view);
        // Backing store in device pixels; CSS size set per property (allowed by a
        // strict style-src, unlike a style attribute).
        canvas.set_width((css_width * dpr).round() as u32);
        canvas.set_height((css_height * dpr).round() as u32);
        let style = web_sys::HtmlElement::style(&canvas);
        _ = style.set_property("width", &format!("{}px", plain_number(css_width, 2)));
        _ = style.set_property("height", &format!("{}px", plain_number(css_height, 2)));
        let chart_style = ChartStyle {
            palette: if dark.get() {
                Palette::DARK
            } else {
                Palette::LIGHT
            },
            scale: dpr,
            text: t,
        };
        // The year or row being explored is drawn in: a redraw takes well under a
        // millisecond.
        let focus = pointed.get();
        let reference = reference();
        let drawn = bars.with(|bars| {
            uncertainty.with(|u| {
                let figure = figure(view, year.get(), &reference, bars, u.as_ref());
                projection.with(|p| canvas::draw_chart(&canvas, p, figure, &chart_style, focus))
            })
        });
        match drawn {
            Ok(drawn) => scale.set_value(Some(drawn.shrunk(dpr))),
            Err(message) => {
                web_sys::console::error_1(&format!("chart not drawn: {message}").into())
            }
        }
    });

    let announce = move |text: String| {
        if let Some(announcer) = announcer.get_untracked() {
            announcer.set_text_content(Some(&text));
        }
    };
    let point_at = move |ev: web_sys::PointerEvent| {
        if let Some(scale) = scale.get_value() {
            let at = if view_untracked().by_year() {
                ev.offset_x()
            } else {
                ev.offset_y()
            };
            set_pointed.set(Some(scale.index_at(f64::from(at))));
        }
    };
    // Arrow keys step through the years, or the bars of the bar charts; each step is
    // announced.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let view = view_untracked();
        let key = ev.key();
        let count = match view {
            View::Companies => Company::ALL.len(),
            View::Sensitivity => bars.with_untracked(|b| tornado::shown(b).count()),
            _ => N_YEARS,
        };
        let last = count.saturating_sub(1);
        if count == 0 {
            return;
        }
        // Left and right step through the years; through the bars (top to bottom), down
        // and right step on, up and left step back. Up and down are left to the page on
        // the year charts.
        let key = match key.as_str() {
            "ArrowDown" | "ArrowUp" if view.by_year() => return,
            "ArrowDown" => "ArrowRight",
            "ArrowUp" => "ArrowLeft",
            other => other,
        };
        let next = match (key, pointed.get_untracked()) {
            ("Escape", _) => {
                set_pointed.set(None);
                return;
            }
            ("ArrowRight", Some(i)) => (i + 1).min(last),
            ("ArrowLeft", Some(i)) => i.saturating_sub(1),
            ("ArrowRight" | "ArrowLeft", None) | ("Home", _) => 0,
            ("End", _) => last,
            _ => return,
        };
        ev.prevent_default();
        set_pointed.set(Some(next));
        announce(match view {
            View::Companies => {
                projection.with_untracked(|p| company_text(t, p, next, year.get_untracked()))
            }
            View::Sensitivity => bars.with_untracked(|b| {
                tornado::shown(b)
                    .nth(next)
                    .map(|bar| sensitivity_text(t, bar))
                    .unwrap_or_default()
            }),
            _ => uncertainty.with_untracked(|u| {
                projection.with_untracked(|p| year_text(t, p, shown_band(view, u.as_ref()), next))
            }),
        });
    };

    // The likely range in words, after a year chart's description, when it is shown.
    let band_sentence = move |view: View| {
        uncertainty.with(|u| {
            shown_band(view, u.as_ref())
                .map(|band| format!(" {}", band_words(t, band, MONTE_CARLO_PATHS)))
                .unwrap_or_default()
        })
    };
    let description = move || {
        projection.with(|p| {
            let s = p.summary();
            let [investment, shares, companies, _] = t.chart_descriptions;
            match view() {
                View::Investment => {
                    let text = fill(
                        investment,
                        &[
                            ("first", &money_b(t, p.total[0])),
                            ("second", &money_b(t, p.total[1])),
                            ("last", &money_b(t, s.total_2032)),
                            ("training", &percent(s.training_share_2032)),
                            ("inference", &percent(s.inference_share_2032)),
                        ],
                    );
                    text + &band_sentence(View::Investment)
                }
                View::Shares => {
                    fill(
                        shares,
                        &[
                            ("training_from", &percent(p.training_share[0])),
                            ("training_to", &percent(s.training_share_2032)),
                            ("inference_from", &percent(p.inference_share[0])),
                            ("inference_to", &percent(s.inference_share_2032)),
                            ("crossover", &crossover_words(t, &s)),
                        ],
                    ) + &band_sentence(View::Shares)
                }
                View::Companies => fill(
                    companies,
                    &[("companies", &companies_text(t, p, year.get()))],
                ),
                View::Sensitivity => bars.with(|b| sensitivity_words(t, b, s.total_2032)),
            }
        })
    };

    // Static parts as markup, one piece per view with an `only-<view>` class that the
    // figure's class shows or hides.
    let mut title = String::new();
    let mut switch = format!(
        r#"<legend class="visually-hidden">{}</legend>"#,
        t.chart_switch[0]
    );
    for v in View::ALL {
        let (i, key) = (v as usize, v.key());
        title += &format!(
            r#"<span class="only-{key}">{}<span class="chart-unit">{}</span></span>"#,
            t.chart_titles[2 * i],
            t.chart_titles[2 * i + 1]
        );
        switch += &format!(
            r#"<label><input type="radio" name="capex-chart" value="{key}"{} data-testid="show-{key}">{}</label>"#,
            if i == 0 { " checked" } else { "" },
            t.chart_switch[i + 1]
        );
    }
    let legend = [
        ("years", "training", 0),
        ("years", "inference", 1),
        ("years", "other", 2),
        ("investment", "mark", 3),
        ("investment", "ring", 4),
        ("investment", "cross", 5),
        ("companies", "training", 6),
        ("companies", "inference", 7),
        ("sensitivity", "training", 8),
        ("sensitivity", "inference", 9),
        ("sensitivity", "line", 10),
    ]
    .iter()
    .map(|&(only, swatch, i)| {
        let mark = if swatch == "cross" {
            r#"<span class="swatch-cross">×</span>"#.to_owned()
        } else {
            format!(r#"<span class="swatch swatch-{swatch}"></span>"#)
        };
        format!(r#"<li class="only-{only}">{mark}{}</li>"#, t.legend[i])
    })
    .collect::<String>()
        + &format!(
            r#"<li class="only-years only-band"><span class="swatch swatch-band"></span>{}</li>"#,
            t.band[1]
        );
    let [shares_note, investment_note, companies_note, sensitivity_note] = t.chart_notes;
    let notes = format!(
        r#"<p class="chart-marks only-shares">{shares_note}</p><p class="chart-marks only-investment" data-testid="report-marks">{investment_note}</p><p class="chart-marks only-companies">{companies_note}</p><p class="chart-marks only-sensitivity">{sensitivity_note}</p><p class="chart-source" data-testid="chart-source">{}</p>"#,
        t.poster_notes[0]
    );

    // The companies chart's year: a slider, native to keyboards and screen readers; the
    // investment chart's likely range: a checkbox.
    let year_slider = format!(
        r#"<label class="chart-band only-years"><input type="checkbox" name="capex-band" data-testid="show-band"> {}</label><label class="chart-year only-companies">{} <input type="range" name="capex-year" min="{}" max="{}" step="1" value="{}" data-testid="company-year"> <output aria-hidden="true" data-testid="company-year-value">{}</output></label>"#,
        t.band[0],
        t.year_label,
        YEARS[0],
        YEARS[N_YEARS - 1],
        YEARS[N_YEARS - 1],
        YEARS[N_YEARS - 1],
    );

    view! {
        <figure
            class="chart investment"
            // One delegated handler for the chart switch and the year slider.
            on:input=move |ev| {
                let Some(input) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                else {
                    return;
                };
                let figure = ev
                    .current_target()
                    .map(|t| t.unchecked_into::<web_sys::Element>());
                if input.name() == "capex-band" {
                    set_band.set(input.checked());
                    if let Some(figure) = figure {
                        _ = figure.class_list().toggle_with_force("band", input.checked());
                    }
                    return;
                }
                if input.name() == "capex-year" {
                    let chosen = input.value_as_number();
                    if let Some(i) = YEARS.iter().position(|&y| f64::from(y) == chosen) {
                        set_year.set(i);
                        if let Some(output) = input.next_element_sibling() {
                            output.set_text_content(Some(&YEARS[i].to_string()));
                        }
                    }
                    return;
                }
                let key = input.value();
                let v = View::ALL.into_iter().find(|v| v.key() == key).unwrap_or(View::Investment);
                set_pointed.set(None);
                set_chosen.set(v as usize);
                // The figure's title, key, notes and year slider follow the chart
                // through one class, set here once per choice rather than on every
                // redraw.
                if let Some(figure) = figure {
                    let band = if band_on.get_untracked() { " band" } else { "" };
                    figure.set_class_name(&format!("chart {key}{band}"));
                }
            }
        >
            <figcaption class="chart-title" id="capex-chart-title" inner_html=title></figcaption>
            <fieldset class="chart-switch" inner_html=switch></fieldset>
            <div inner_html=year_slider></div>
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
                    let style = ChartStyle { palette: Palette::LIGHT, scale: 2.0, text: t };
                    canvas.set_width(crate::charts::poster::SIZE.0 * 2);
                    canvas.set_height(crate::charts::poster::SIZE.1 * 2);
                    let view = view_untracked();
                    let notes = scenario
                        .with_untracked(|s| poster_notes(t, s, view, band_on.get_untracked()));
                    let reference = reference();
                    let drawn = bars
                        .with_untracked(|bars| {
                            uncertainty.with_untracked(|u| {
                                let figure =
                                    figure(view, year.get_untracked(), &reference, bars, u.as_ref());
                                projection.with_untracked(|p| {
                                    canvas::draw_poster(&canvas, p, figure, &style, &notes)
                                })
                            })
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
                {t.download_png}
            </a>
            <div inner_html=notes></div>
        </figure>
    }
}

/// The chart `view` as drawn: the investment against `reference`, the companies in
/// year index `year`, the tornado of `bars`; the likely ranges of `uncertainty` shaded
/// on the year charts.
fn figure<'a>(
    view: View,
    year: usize,
    reference: &'a [f64; N_YEARS],
    bars: &'a [SensitivityBar],
    uncertainty: Option<&'a Uncertainty>,
) -> Figure<'a> {
    match view {
        View::Investment => Figure::Investment(reference, uncertainty.map(|u| &u.total)),
        View::Shares => Figure::Shares(uncertainty.map(|u| &u.inference_share)),
        View::Companies => Figure::Companies(year),
        View::Sensitivity => Figure::Sensitivity(bars),
    }
}

/// The likely range a year chart shades, with how to write its values: the total's
/// in money on the investment chart, the inference share's in percent on the shares
/// chart.
fn shown_band(view: View, uncertainty: Option<&Uncertainty>) -> Option<ShownBand<'_>> {
    let u = uncertainty?;
    match view {
        View::Investment => Some((&u.total, BandUnit::Money)),
        View::Shares => Some((&u.inference_share, BandUnit::Share)),
        _ => None,
    }
}

/// Chart height for a given width: wide on laptops, taller than wide-screen on phones,
/// where the bar charts write each label above its bar and need the room.
fn chart_height(width: f64, view: View) -> f64 {
    let height = (width * 0.6).clamp(220.0, 380.0).round();
    if view.by_year() || width >= NARROW {
        height
    } else {
        340.0
    }
}
