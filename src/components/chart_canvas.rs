use leptos::html::{Canvas, Div, P};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::axes::NARROW;
use crate::charts::investment::GuessShown;
use crate::charts::{canvas, poster, tornado, value_top, ChartStyle, Palette, Scale, View};
use crate::components::{use_id, use_text, ChartChoice, ChartData, ChartInputs, Stage};
use crate::format::{money_b, percent};
use crate::hooks::{use_element_width, UseElementWidthReturn};
use crate::i18n::{fill, Text};
use crate::markup::{
    band_words, companies_text, company_text, crossover_words, guess_line_words, guess_year_words,
    poster_notes, poster_subtitle, sensitivity_text, sensitivity_words, year_text, BandUnit,
    ShownBand,
};
use crate::model::{
    Company, Preset, Projection, Scenario, SensitivityBar, Uncertainty, FIRST_GUESSED, GUESS_STEP,
    MONTE_CARLO_PATHS, N_YEARS, REPORT_TOTAL_2025,
};
use crate::state::preset_of;

/// The chart on a canvas that follows its container's width and the screen's pixel
/// density, explored by pointer, touch or keyboard (the explored year or bar is drawn
/// in and announced), with a description for screen readers.
#[component]
pub fn ChartCanvas(
    /// What to draw.
    data: ChartData,
    /// The id of the chart's title, which names the canvas.
    title_id: String,
) -> impl IntoView {
    let t = use_text();
    let ChartInputs {
        projection,
        dark,
        choice,
        compact,
        guess,
        ..
    } = data.inputs;
    let view = choice.view;
    // Whether the reader is drawing a guess on the chart: the pointer and the arrow
    // keys draw instead of exploring.
    let drawing = move || view.get() == View::Investment && guess.stage.get() == Stage::Drawing;
    // The year a pointer stroke is at, while the pointer is down.
    let stroke = StoredValue::new(None::<usize>);
    let container = NodeRef::<Div>::new();
    let canvas_ref = NodeRef::<Canvas>::new();
    let announcer = NodeRef::<P>::new();
    let description_id = use_id("chart-desc");
    // Where the years or rows are on the drawn chart (CSS pixels), and the one explored.
    let scale = StoredValue::new(None::<Scale>);
    // The explored year or bar, with the chart it was explored on: another chart
    // starts unexplored.
    let pointed = RwSignal::new(None::<(View, usize)>);
    let explored = move |shown: View| pointed.get().filter(|(v, _)| *v == shown).map(|(_, i)| i);

    // The value axis' top eases from where it was drawn to where the data puts it,
    // redrawn each frame, instead of jumping (a scenario picked, a value typed); at once
    // with reduced motion, on the first drawing, on a change of chart and while a slider
    // is dragged.
    let ease = StoredValue::new(None::<Ease<f64>>);
    // The data moves the same way: the drawn projection blends from the last one to
    // the new one (a scenario picked, a story's step).
    let tween = StoredValue::new(None::<Ease<Projection>>);
    let frame = RwSignal::new(0u32);
    // One frame asked for at a time: every drawing on the way asks for the next, and a
    // second request would start a second chain of redraws.
    let asked = StoredValue::new(false);

    let UseElementWidthReturn { width, pixel_ratio } = use_element_width(container);
    Effect::new(move |_| {
        frame.track();
        let (Some(canvas), css_width, dpr) = (canvas_ref.get(), width.get(), pixel_ratio.get())
        else {
            return;
        };
        if css_width < 1.0 {
            return;
        }
        let view = view.get();
        let css_height = if compact {
            // The embed card: a shorter chart, so the card fits an article column.
            (css_width * 0.45).clamp(200.0, 300.0).round()
        } else {
            chart_height(css_width, view)
        };
        // Backing store in device pixels; CSS size set per property (allowed by a
        // strict style-src, unlike a style attribute).
        canvas.set_width((css_width * dpr).round() as u32);
        canvas.set_height((css_height * dpr).round() as u32);
        let style = web_sys::HtmlElement::style(&canvas);
        _ = style.set_property("width", &format!("{css_width:.2}px"));
        _ = style.set_property("height", &format!("{css_height:.2}px"));
        let palette = if dark.get() {
            Palette::DARK
        } else {
            Palette::LIGHT
        };
        let focus = explored(view);
        let drawn = data.with_figure(view, |p, figure| {
            let now = window().performance().map_or(0.0, |p| p.now());
            let motion = !reduced_motion();
            let mut moving = false;
            let y_top = value_top(p, figure).map(|to| {
                let next = Ease::toward(ease.get_value(), view, &to, now, motion);
                let way = next.progress(now);
                moving |= way.is_some();
                let top = way.map_or(to, |f| next.from + (next.to - next.from) * f);
                ease.set_value(Some(next));
                top
            });
            let next = Ease::toward(tween.get_value(), view, p, now, motion);
            let way = next.progress(now);
            moving |= way.is_some();
            let blended = way.map(|f| next.from.toward(&next.to, f));
            tween.set_value(Some(next));
            if moving && !asked.get_value() {
                asked.set_value(true);
                request_animation_frame(move || {
                    asked.set_value(false);
                    frame.update(|f| *f = f.wrapping_add(1));
                });
            }
            let chart_style = ChartStyle {
                palette,
                scale: dpr,
                text: t,
                y_top,
            };
            canvas::draw_chart(
                &canvas,
                blended.as_ref().unwrap_or(p),
                figure,
                &chart_style,
                focus,
            )
        });
        match drawn {
            Ok(drawn) => scale.set_value(Some(drawn.shrunk(dpr))),
            Err(message) => {
                web_sys::console::error_1(&format!("chart not drawn: {message}").into())
            }
        }
    });

    let point_at = move |ev: web_sys::PointerEvent| {
        if let Some(scale) = scale.get_value() {
            let at = if view.get_untracked().by_year() {
                ev.offset_x()
            } else {
                ev.offset_y()
            };
            let next = Some((view.get_untracked(), scale.index_at(f64::from(at))));
            // Each move within the same year or bar would redraw the chart for nothing.
            if pointed.get_untracked() != next {
                pointed.set(next);
            }
        }
    };
    // A stroke: the year under the pointer set to the value under it, and the years
    // skipped since the last point filled in.
    let draw_at = move |ev: &web_sys::PointerEvent, from: Option<usize>| {
        let Some(scale) = scale.get_value() else {
            return;
        };
        let i = scale.index_at(f64::from(ev.offset_x())).max(FIRST_GUESSED);
        if let Some(value) = scale.value_at(f64::from(ev.offset_y())) {
            guess.draw(from, i, value);
            stroke.set_value(Some(i));
        }
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if untrack(drawing) {
            ev.prevent_default();
            if let Some(canvas) = canvas_ref.get_untracked() {
                _ = canvas.set_pointer_capture(ev.pointer_id());
            }
            draw_at(&ev, None);
        } else {
            point_at(ev);
        }
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        if untrack(drawing) {
            // A stroke ends when no button is pressed any more, even if the pointer
            // was released where the chart did not hear it.
            if ev.buttons() == 0 {
                stroke.set_value(None);
            } else if let Some(from) = stroke.get_value() {
                draw_at(&ev, Some(from));
            }
        } else {
            point_at(ev);
        }
    };
    let end_stroke = move |_: web_sys::PointerEvent| stroke.set_value(None);

    // Arrow keys step through the years, or the bars of the bar charts; each step is
    // announced.
    // Drawing with the keyboard: left and right pick a year, up and down move it.
    let draw_key = move |ev: &web_sys::KeyboardEvent| -> bool {
        let last = N_YEARS - 1;
        let now = guess.year.get_untracked();
        let at = now.unwrap_or(FIRST_GUESSED);
        let delta = match ev.key().as_str() {
            "ArrowUp" => GUESS_STEP,
            "ArrowDown" => -GUESS_STEP,
            "PageUp" => 10.0 * GUESS_STEP,
            "PageDown" => -10.0 * GUESS_STEP,
            key => {
                let year = match (key, now) {
                    ("ArrowRight", Some(i)) => (i + 1).min(last),
                    ("ArrowLeft", Some(i)) => i.saturating_sub(1).max(FIRST_GUESSED),
                    ("ArrowRight" | "ArrowLeft", None) | ("Home", _) => FIRST_GUESSED,
                    ("End", _) => last,
                    _ => return false,
                };
                guess.year.set(Some(year));
                return true;
            }
        };
        // A year not drawn yet starts from the nearest one drawn before it (2025's
        // figure at the start).
        let start = guess.line.with_untracked(|line| {
            line.get(at).unwrap_or_else(|| {
                (FIRST_GUESSED..at)
                    .rev()
                    .find_map(|i| line.get(i))
                    .unwrap_or(REPORT_TOTAL_2025)
            })
        });
        if now.is_none() {
            guess.year.set(Some(at));
        }
        guess.draw(None, at, start + delta);
        true
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if untrack(drawing) {
            if draw_key(&ev) {
                ev.prevent_default();
                let text = guess.line.with_untracked(|line| {
                    guess_year_words(t, line, guess.year.get_untracked().unwrap_or(FIRST_GUESSED))
                });
                if let Some(announcer) = announcer.get_untracked() {
                    announcer.set_text_content(Some(&text));
                }
            }
            return;
        }
        let shown = view.get_untracked();
        let count = match shown {
            View::Companies => Company::ALL.len(),
            View::Sensitivity => data.bars.with_untracked(|b| tornado::shown(b).count()),
            _ => N_YEARS,
        };
        if count == 0 {
            return;
        }
        let now = untrack(|| explored(shown));
        let Some(next) = step(&ev.key(), shown, now, count) else {
            return;
        };
        ev.prevent_default();
        pointed.set(next.map(|i| (shown, i)));
        let Some(next) = next else { return };
        // While a guess is played, the chart is the report's, as drawn.
        let text = match untrack(|| data.playing(shown)) {
            Some(later) => data
                .report
                .with_value(|p| year_text(t, p, None, later, next)),
            None => projection.with_untracked(|p| {
                data.uncertainty.with_untracked(|u| {
                    data.bars.with_untracked(|b| {
                        explored_text(t, p, shown, &choice, b, u.as_ref(), next)
                    })
                })
            }),
        };
        if let Some(announcer) = announcer.get_untracked() {
            announcer.set_text_content(Some(&text));
        }
    };

    let description = move || {
        if drawing() {
            let [_, intro, keys, ..] = t.guess;
            let line = guess.line.with(|line| guess_line_words(t, line));
            return format!("{intro} {keys} {line}");
        }
        if data.playing(view.get()).is_some() {
            return data.report.with_value(|p| {
                let text = description(t, p, view.get(), choice.year.get(), &[], None);
                let line = guess.line.with(|line| guess_line_words(t, line));
                format!("{text} {line}")
            });
        }
        projection.with(|p| {
            data.uncertainty.with(|u| {
                data.bars
                    .with(|b| description(t, p, view.get(), choice.year.get(), b, u.as_ref()))
            })
        })
    };

    view! {
        <div class="chart-box" class:drawing=drawing node_ref=container>
            <canvas
                node_ref=canvas_ref
                data-testid="chart-investment"
                role="img"
                tabindex="0"
                aria-labelledby=title_id
                aria-describedby=description_id.clone()
                on:pointermove=on_pointermove
                on:pointerdown=on_pointerdown
                on:pointerup=end_stroke
                on:pointercancel=end_stroke
                on:pointerleave=move |ev| {
                    // A finger lifting "leaves" too: a tapped year stays until the
                    // reader taps elsewhere (blur).
                    if ev.pointer_type() != "touch" {
                        pointed.set(None);
                    }
                }
                on:blur=move |_| {
                    pointed.set(None);
                    if guess.year.get_untracked().is_some() {
                        guess.year.set(None);
                    }
                }
                on:keydown=on_keydown
            ></canvas>
        </div>
        <p class="visually-hidden" id=description_id data-testid="chart-description">
            {description}
        </p>
        <p
            class="visually-hidden"
            aria-live="polite"
            data-testid="chart-announcer"
            node_ref=announcer
        ></p>
    }
}

/// The chart as a picture to download: drawn when asked for, light, at twice the
/// size, with a title, the source and what the reader changed; handed over as a
/// `data:` URL.
#[component]
pub fn DownloadPng(
    /// What to draw.
    data: ChartData,
) -> impl IntoView {
    let t = use_text();
    let ChartInputs {
        scenario, choice, ..
    } = data.inputs;
    let on_click = move |ev: web_sys::MouseEvent| {
        let (Some(link), Ok(canvas)) = (ev.current_target(), document().create_element("canvas"))
        else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        let style = ChartStyle {
            palette: Palette::LIGHT,
            scale: 2.0,
            text: t,
            y_top: None,
        };
        canvas.set_width(poster::SIZE.0 * 2);
        canvas.set_height(poster::SIZE.1 * 2);
        let view = choice.view.get_untracked();
        // While a guess is played, the chart is the report's own projection, and while
        // it is drawn the picture keeps the answer to itself, as the chart does.
        let playing = untrack(|| data.playing(view)).is_some();
        let drawing = untrack(|| data.inputs.guess.shown()) == Some(GuessShown::Drawing);
        let (notes, preset) = if playing {
            let report = Scenario::default();
            (poster_notes(t, &report, view, false), Some(Preset::Report))
        } else {
            scenario.with_untracked(|s| {
                (
                    poster_notes(t, s, view, choice.band.get_untracked()),
                    preset_of(s),
                )
            })
        };
        let drawn = untrack(|| {
            data.with_figure(view, |p, figure| {
                let answer = (!drawing).then(|| p.summary());
                let subtitle = poster_subtitle(t, preset, answer.as_ref());
                canvas::draw_poster(&canvas, p, figure, &style, &subtitle, &notes)
            })
        })
        .and_then(|()| canvas.to_data_url().map_err(|_| "no PNG".to_owned()));
        match drawn {
            Ok(url) => {
                _ = link
                    .unchecked_into::<web_sys::Element>()
                    .set_attribute("href", &url)
            }
            Err(message) => {
                web_sys::console::error_1(&format!("picture not drawn: {message}").into())
            }
        }
    };
    view! {
        <a
            class="button download-png"
            href="#"
            download="ai-capex-chart.png"
            data-testid="download-png"
            on:click=on_click
        >
            {t.download_png}
        </a>
    }
}

/// Where a key moves the explored year or bar: `Some(None)` clears it, `None` leaves
/// the key to the page. Left and right step through the years; through the bars (top
/// to bottom), down and right step on, up and left step back. Up and down are left to
/// the page on the year charts.
fn step(key: &str, view: View, now: Option<usize>, count: usize) -> Option<Option<usize>> {
    let last = count - 1;
    let key = match key {
        "ArrowDown" | "ArrowUp" if view.by_year() => return None,
        "ArrowDown" => "ArrowRight",
        "ArrowUp" => "ArrowLeft",
        other => other,
    };
    Some(Some(match (key, now) {
        ("Escape", _) => return Some(None),
        ("ArrowRight", Some(i)) => (i + 1).min(last),
        ("ArrowLeft", Some(i)) => i.saturating_sub(1),
        ("ArrowRight" | "ArrowLeft", None) | ("Home", _) => 0,
        ("End", _) => last,
        _ => return None,
    }))
}

/// The explored year's or bar's figures, as announced.
fn explored_text(
    t: &Text,
    p: &Projection,
    view: View,
    choice: &ChartChoice,
    bars: &[SensitivityBar],
    uncertainty: Option<&Uncertainty>,
    i: usize,
) -> String {
    match view {
        View::Companies => company_text(t, p, i, choice.year.get_untracked()),
        View::Sensitivity => tornado::shown(bars)
            .nth(i)
            .map(|bar| sensitivity_text(t, bar))
            .unwrap_or_default(),
        _ => year_text(
            t,
            p,
            shown_band(view, uncertainty),
            untrack(|| choice.later(view)),
            i,
        ),
    }
}

/// The chart `view` in words, for screen readers; the likely range last when shown.
fn description(
    t: &Text,
    p: &Projection,
    view: View,
    year: usize,
    bars: &[SensitivityBar],
    uncertainty: Option<&Uncertainty>,
) -> String {
    let s = p.summary();
    let [investment, shares, companies, _] = t.chart_descriptions;
    let band = shown_band(view, uncertainty)
        .map(|band| format!(" {}", band_words(t, band, MONTE_CARLO_PATHS)))
        .unwrap_or_default();
    match view {
        View::Investment => {
            fill(
                investment,
                &[
                    ("first", &money_b(t, p.total[0])),
                    ("second", &money_b(t, p.total[1])),
                    ("last", &money_b(t, s.total_2032)),
                    ("training", &percent(s.training_share_2032)),
                    ("inference", &percent(s.inference_share_2032)),
                ],
            ) + &band
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
            ) + &band
        }
        View::Companies => fill(companies, &[("companies", &companies_text(t, p, year))]),
        View::Sensitivity => sensitivity_words(t, bars, s.total_2032),
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

/// How long the value axis takes to reach a new top, in milliseconds.
const EASE_MS: f64 = 250.0;

/// A value on its way from `from` to `to`, started at `start` (ms): the value axis' top,
/// and the drawn projection, which move together.
#[derive(Clone)]
struct Ease<T> {
    view: View,
    from: T,
    to: T,
    start: f64,
}

impl<T: Clone + PartialEq> Ease<T> {
    /// The way to a new value `to` of chart `view` at `now`, after `last`: an ease from
    /// where the last one ended, or at once on the first drawing, on a change of chart,
    /// without `motion`, and for a change that follows another within `EASE_MS` (a
    /// slider dragged: the value moves little each time).
    fn toward(last: Option<Ease<T>>, view: View, to: &T, now: f64, motion: bool) -> Ease<T> {
        match last {
            Some(e) if e.view == view && e.to == *to => e,
            Some(e) if e.view == view && motion && now - e.start >= EASE_MS => Ease {
                view,
                from: e.to,
                to: to.clone(),
                start: now,
            },
            _ => Ease {
                view,
                from: to.clone(),
                to: to.clone(),
                start: now,
            },
        }
    }

    /// How far along the way it is at `now`, eased (fast, then settling), while it is
    /// on its way; `None` once it is there.
    fn progress(&self, now: f64) -> Option<f64> {
        let t = (now - self.start) / EASE_MS;
        (t < 1.0 && self.from != self.to).then(|| ease_out(t))
    }
}

/// Fast, then settling: the fraction of the way at a fraction `t` of the time.
fn ease_out(t: f64) -> f64 {
    1.0 - (1.0 - t.clamp(0.0, 1.0)).powi(3)
}

/// Whether the reader asked their system for less motion.
fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
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
