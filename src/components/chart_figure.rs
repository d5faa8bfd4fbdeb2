use leptos::prelude::*;

use crate::charts::investment::{GuessShown, Guessing, Investment};
use crate::charts::{Figure, View};
use crate::components::{
    use_id, use_text, ChartCanvas, DownloadPng, GuessButton, GuessPanel, GuessState,
};
use crate::markup::Later;
use crate::model::{
    monte_carlo, project, sensitivity, Projection, Scenario, SensitivityBar, Uncertainty,
    MONTE_CARLO_PATHS, N_YEARS, YEARS,
};

/// What the chart draws from: the widget's state, shared as one context value.
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
    /// The reader's choices on the chart, which outlive a change of language.
    pub choice: ChartChoice,
    /// Whether the chart is drawn for the compact embed card (shorter).
    pub compact: bool,
    /// The reader's guess, drawn on the investment chart.
    pub guess: GuessState,
}

/// What the reader chose on the chart.
#[derive(Clone, Copy)]
pub struct ChartChoice {
    /// Which chart.
    pub view: RwSignal<View>,
    /// The companies chart's year, as an index into the years.
    pub year: RwSignal<usize>,
    /// Whether the likely range is shaded.
    pub band: RwSignal<bool>,
    /// Whether the other forecasts are drawn (the companies' figures always are).
    pub forecasts: RwSignal<bool>,
    /// A note on the chart from the page around the widget (a story's step), until
    /// the scenario changes.
    pub note: RwSignal<Option<String>>,
}

impl ChartChoice {
    /// The investment chart, the last year, no range, no other forecasts: how the
    /// page opens.
    pub fn new() -> Self {
        ChartChoice {
            view: RwSignal::new(View::Investment),
            year: RwSignal::new(N_YEARS - 1),
            band: RwSignal::new(false),
            forecasts: RwSignal::new(false),
            note: RwSignal::new(None),
        }
    }

    /// The later figures chart `view` marks, as chosen now.
    pub fn later(&self, view: View) -> Later {
        match view {
            View::Investment if self.forecasts.get() => Later::All,
            View::Investment => Later::Reported,
            _ => Later::None,
        }
    }
}

impl Default for ChartChoice {
    fn default() -> Self {
        Self::new()
    }
}

/// What every drawing of the chart (screen and picture) derives from the inputs,
/// worked out once per change.
#[derive(Clone, Copy)]
pub struct ChartData {
    /// The inputs.
    pub inputs: ChartInputs,
    /// The tornado's bars, only while it is shown (the sweep projects the scenario 56
    /// times).
    pub bars: Memo<Vec<SensitivityBar>>,
    /// The likely ranges, only while the reader asks for them (10,000 paths).
    pub uncertainty: Memo<Option<Uncertainty>>,
    /// The dashed reference path: the pinned scenario's, else the report's.
    pub reference: Signal<[f64; N_YEARS]>,
    /// The report's own projection: the chart a guess is played on.
    pub report: StoredValue<Projection>,
}

impl ChartData {
    /// Memos over `inputs`.
    pub fn new(inputs: ChartInputs) -> Self {
        let ChartInputs {
            scenario,
            pinned,
            choice,
            ..
        } = inputs;
        let bars = Memo::new(move |_| {
            if choice.view.get() == View::Sensitivity {
                scenario.with(sensitivity)
            } else {
                Vec::new()
            }
        });
        let uncertainty = Memo::new(move |_| {
            choice
                .band
                .get()
                .then(|| scenario.with(|s| monte_carlo(s, MONTE_CARLO_PATHS)))
        });
        let report = project(&Scenario::default());
        let path = report.total;
        let reference =
            Signal::derive(move || pinned.with(|p| p.as_ref().map_or(path, |p| p.total)));
        ChartData {
            inputs,
            bars,
            uncertainty,
            reference,
            report: StoredValue::new(report),
        }
    }

    /// While a guess is played on chart `view`, the later figures it marks (the chart is
    /// then the report's projection, without the likely range); `None` otherwise.
    pub fn playing(&self, view: View) -> Option<Later> {
        match self
            .inputs
            .guess
            .shown()
            .filter(|_| view == View::Investment)?
        {
            GuessShown::Kept => None,
            GuessShown::Reported => Some(Later::Reported),
            GuessShown::Drawing | GuessShown::Report => Some(Later::None),
        }
    }

    /// Calls `draw` with the chart `view` as it is drawn now, reading (and so
    /// tracking) every input; wrap it in `untrack` to read without subscribing.
    pub fn with_figure<R>(&self, view: View, draw: impl FnOnce(&Projection, Figure) -> R) -> R {
        let ChartInputs {
            projection,
            choice,
            guess,
            ..
        } = self.inputs;
        let year = choice.year.get();
        let later = choice.later(view);
        let reference = self.reference.get();
        // A guess being played is played on the report's own chart, without the range,
        // with the year the keyboard is on.
        let playing = self.playing(view);
        let shown = guess.shown().filter(|_| view == View::Investment);
        let keyed = playing.and_then(|_| guess.year.get());
        self.bars.with(|bars| {
            self.uncertainty.with(|uncertainty| {
                guess.line.with(|line| {
                    self.report.with_value(|report| {
                        let figure = match view {
                            View::Investment => Figure::Investment(Investment {
                                reference: if playing.is_some() {
                                    &report.total
                                } else {
                                    &reference
                                },
                                band: uncertainty
                                    .as_ref()
                                    .map(|u| &u.total)
                                    .filter(|_| playing.is_none()),
                                later: playing.unwrap_or(later),
                                guess: shown.map(|shown| Guessing {
                                    line,
                                    shown,
                                    year: keyed,
                                }),
                            }),
                            View::Shares => {
                                Figure::Shares(uncertainty.as_ref().map(|u| &u.inference_share))
                            }
                            View::Companies => Figure::Companies(year),
                            View::Sensitivity => Figure::Sensitivity(bars),
                        };
                        match playing {
                            Some(_) => draw(report, figure),
                            None => projection.with(|p| draw(p, figure)),
                        }
                    })
                })
            })
        })
    }
}

/// The charts, one at a time: AI investment 2024–2032 stacked by workload, each
/// workload's share with the crossover marked, spend per company split by chip source
/// in a chosen year, and the tornado of what moves the 2032 total. Above the chart its
/// title, the switch, the controls of the chart shown and its key; below, the picture
/// download, what the marks mean and the source.
#[component]
pub fn ChartFigure() -> impl IntoView {
    let data = expect_context::<ChartData>();
    let choice = data.inputs.choice;
    let title_id = use_id("chart-title");
    let view = choice.view;
    view! {
        <figure class="chart">
            <ChartTitle view id=title_id.clone() />
            <ChartSwitch view note=choice.note guess=data.inputs.guess />
            <ChartControls choice guess=data.inputs.guess />
            <ChartKey choice guess=data.inputs.guess />
            <div class="chart-stage">
                <ChartNote note=choice.note />
                <ChartCanvas data title_id />
            </div>
            <Show when=move || data.inputs.guess.playing()>
                <GuessPanel state=data.inputs.guess />
            </Show>
            <DownloadPng data />
            <ChartNotes view />
        </figure>
    }
}

/// The chart's title and unit, as its caption.
#[component]
fn ChartTitle(view: RwSignal<View>, id: String) -> impl IntoView {
    let t = use_text();
    view! {
        <figcaption class="chart-title" id=id>
            {move || t.chart_titles[2 * view.get() as usize]}
            <span class="chart-unit">{move || t.chart_titles[2 * view.get() as usize + 1]}</span>
        </figcaption>
    }
}

/// Radio buttons that pick the chart.
#[component]
fn ChartSwitch(
    view: RwSignal<View>,
    note: RwSignal<Option<String>>,
    guess: GuessState,
) -> impl IntoView {
    let t = use_text();
    // Radio groups are named per widget: two widgets in one page choose apart.
    let name = use_id("chart");
    let options = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <label>
                    <input
                        type="radio"
                        name=name.clone()
                        value=v.key()
                        prop:checked=move || view.get() == v
                        on:change=move |_| {
                            // Another chart ends a guess being played (the line stays),
                            // and takes a story's note about this one away.
                            guess.stop();
                            if note.with_untracked(Option::is_some) {
                                note.set(None);
                            }
                            view.set(v);
                        }
                        data-testid=format!("show-{}", v.key())
                    />
                    {t.chart_switch[v as usize + 1]}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="chart-switch">
            <legend class="visually-hidden">{t.chart_switch[0]}</legend>
            {options}
        </fieldset>
    }
}

/// The likely range's checkbox (year charts) and the companies' year slider.
#[component]
fn ChartControls(choice: ChartChoice, guess: GuessState) -> impl IntoView {
    let t = use_text();
    let ChartChoice {
        view,
        year,
        band,
        forecasts,
        ..
    } = choice;
    let [first, last] = [YEARS[0], YEARS[N_YEARS - 1]];
    view! {
        <Show when=move || view.get().by_year()>
            <ChartToggle on=band label=t.band[0] key="show-band" />
        </Show>
        <Show when=move || view.get() == View::Investment>
            <ChartToggle on=forecasts label=t.later.toggle key="show-forecasts" />
        </Show>
        <Show when=move || view.get() == View::Investment && !guess.playing()>
            <GuessButton state=guess />
        </Show>
        <Show when=move || view.get() == View::Companies>
            <label class="chart-year">
                {t.year_label}
                " "
                <input
                    type="range"
                    min=first
                    max=last
                    step="1"
                    prop:value=move || YEARS[year.get()]
                    data-testid="company-year"
                    on:input=move |ev| {
                        let chosen = event_target_value(&ev).parse::<i32>().ok();
                        if let Some(i) = chosen.and_then(|c| YEARS.iter().position(|&y| y == c)) {
                            year.set(i);
                        }
                    }
                />
                " "
                <output aria-hidden="true" data-testid="company-year-value">
                    {move || YEARS[year.get()]}
                </output>
            </label>
        </Show>
    }
}

/// A checkbox that adds something to the chart: the likely range, the other forecasts.
#[component]
fn ChartToggle(on: RwSignal<bool>, label: &'static str, key: &'static str) -> impl IntoView {
    view! {
        <label class="chart-band">
            <input
                type="checkbox"
                data-testid=key
                prop:checked=move || on.get()
                on:change=move |ev| on.set(event_target_checked(&ev))
            />
            " "
            {label}
        </label>
    }
}

/// The key above the chart: what each colour, line and mark of the chart shown means.
#[component]
fn ChartKey(choice: ChartChoice, guess: GuessState) -> impl IntoView {
    let t = use_text();
    // (the charts it belongs to, the swatch, its words in `legend`)
    const ITEMS: [(&[View], &str, usize); 14] = [
        (&[View::Investment], "training", 0),
        (&[View::Investment], "inference", 1),
        (&[View::Investment], "other", 2),
        (&[View::Shares], "line", 0),
        (&[View::Shares], "line inference", 1),
        (&[View::Shares], "line other", 2),
        (&[View::Investment], "ring", 4),
        (&[View::Investment], "cross", 5),
        (&[View::Companies], "own", 6),
        (&[View::Companies], "vendor", 7),
        (&[View::Sensitivity], "lower", 8),
        (&[View::Sensitivity], "higher", 9),
        (&[View::Sensitivity], "total", 10),
        (&[View::Investment], "diamond", 11),
    ];
    let ChartChoice {
        view,
        band,
        forecasts,
        ..
    } = choice;
    let items = move || {
        let shown = view.get();
        let band = (band.get() && shown.by_year()).then(|| {
            view! {
                <li>
                    <span class="swatch swatch-band"></span>
                    {t.band[1]}
                </li>
            }
        });
        // While a guess is played, the crosses show only once revealed.
        let crosses = !matches!(
            guess.shown(),
            Some(GuessShown::Drawing | GuessShown::Report)
        );
        let guessed = (shown == View::Investment && guess.shown().is_some()).then(|| {
            view! {
                <li>
                    <span class="swatch swatch-guess"></span>
                    {t.guess_labels[0]}
                </li>
            }
        });
        let items = ITEMS
            .iter()
            .filter(|(views, ..)| views.contains(&shown))
            .filter(|&&(_, swatch, _)| swatch != "cross" || crosses)
            .filter(|&&(_, swatch, _)| swatch != "diamond" || forecasts.get())
            .map(|&(_, swatch, i)| {
                let mark = if swatch == "cross" {
                    view! { <span class="swatch-cross">"×"</span> }.into_any()
                } else if swatch == "diamond" {
                    view! { <span class="swatch-cross">"◆"</span> }.into_any()
                } else {
                    view! { <span class=format!("swatch swatch-{swatch}")></span> }.into_any()
                };
                view! {
                    <li>
                        {mark}
                        {t.legend[i]}
                    </li>
                }
            })
            .collect_view();
        (items, band, guessed)
    };
    view! { <ul class="legend" aria-hidden="true">{items}</ul> }
}

/// The note a page's step put on the chart: right above the plot, where it hides none
/// of the chart's labels; read out when it changes. Plain text, never markup.
#[component]
fn ChartNote(note: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <p class="chart-note" aria-live="polite" data-testid="chart-note" class:empty=move || note.with(Option::is_none)>
            {move || note.get()}
        </p>
    }
}

/// What the marks of the chart shown mean, and the source.
#[component]
fn ChartNotes(view: RwSignal<View>) -> impl IntoView {
    let t = use_text();
    let [shares, investment, companies, sensitivity] = t.chart_notes;
    let note = move || match view.get() {
        View::Investment => investment,
        View::Shares => shares,
        View::Companies => companies,
        View::Sensitivity => sensitivity,
    };
    view! {
        <p
            class="chart-marks"
            data-testid=move || (view.get() == View::Investment).then_some("report-marks")
        >
            {note}
        </p>
        <p class="chart-source" data-testid="chart-source">{t.poster_notes[0]}</p>
    }
}
