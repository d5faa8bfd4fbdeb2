use leptos::prelude::*;

use crate::charts::investment::GuessShown;
use crate::components::{use_id, use_text, ChartData};
use crate::markup::{guess_guidance_words, guess_report_words};
use crate::model::{Guess, Unit, FIRST_GUESSED, GUESS_MAX, N_YEARS, YEARS};

/// How far the reader is in drawing their guess.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stage {
    /// Not playing: the chart is the explorer's (a complete line stays on it).
    #[default]
    Off,
    /// Drawing 2026–2032; the projection is hidden after 2025.
    Drawing,
    /// The report's path revealed, with how far the line was from it.
    Report,
    /// And what the companies guided since.
    Reported,
}

/// The reader's guess: kept above the language, so a switch keeps it.
#[derive(Clone, Copy)]
pub struct GuessState {
    /// The line drawn so far.
    pub line: RwSignal<Guess>,
    /// How far the reader is.
    pub stage: RwSignal<Stage>,
    /// The year the keyboard is on (an index into the years).
    pub year: RwSignal<Option<usize>>,
    /// Where the keyboard focus goes once the button the reader pressed is gone.
    focus: StoredValue<Option<Focus>>,
}

/// Where the keyboard focus goes when the game starts or ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Focus {
    /// The panel's first button, once it is there.
    Panel,
    /// The button that starts the game, once it is back.
    Start,
}

impl GuessState {
    /// A widget opened with `line` (from a link): drawing it when `playing`, else with
    /// the line kept on the chart.
    pub fn new(line: Option<Guess>, playing: bool) -> Self {
        GuessState {
            line: RwSignal::new(line.unwrap_or_default()),
            stage: RwSignal::new(if line.is_some() && playing {
                Stage::Drawing
            } else {
                Stage::Off
            }),
            year: RwSignal::new(None),
            focus: StoredValue::new(None),
        }
    }

    /// Takes the focus request for `at`, if that is where the focus should go.
    fn take_focus(&self, at: Focus) -> bool {
        let asked = self.focus.get_value() == Some(at);
        if asked {
            self.focus.set_value(None);
        }
        asked
    }

    /// How the chart shows the guess now: `None` when there is none to show.
    pub fn shown(&self) -> Option<GuessShown> {
        match self.stage.get() {
            Stage::Off if self.line.with(Guess::is_complete) => Some(GuessShown::Kept),
            Stage::Off => None,
            Stage::Drawing => Some(GuessShown::Drawing),
            Stage::Report => Some(GuessShown::Report),
            Stage::Reported => Some(GuessShown::Reported),
        }
    }

    /// Whether the chart is given over to the guess (the report's path on a fixed axis).
    pub fn playing(&self) -> bool {
        self.stage.get() != Stage::Off
    }

    /// Leaves the game, keeping the line; a no-op when not playing.
    pub fn stop(&self) {
        if self.stage.get_untracked() != Stage::Off {
            self.stage.set(Stage::Off);
        }
    }

    /// Year index `i` drawn at `value`, from `from` (the year the stroke was at).
    pub fn draw(&self, from: Option<usize>, i: usize, value: f64) {
        let i = i.clamp(FIRST_GUESSED, N_YEARS - 1);
        self.line.update(|line| match from {
            Some(from) => line.draw_to(from, i, value),
            None => line.set(i, value),
        });
    }
}

/// Draw your guess, as in the NYT's "You Draw It": the panel under the chart while the
/// reader draws on it (the chart itself takes the pointer, the finger and the arrow
/// keys), with the same line as typed numbers, then the reveals in turn, each with a
/// sentence on how far the line was.
#[component]
pub fn GuessPanel(state: GuessState) -> impl IntoView {
    let t = use_text();
    let [_, intro, keys, typed, unit, show_report, show_reported, back_text, missing, field, again] =
        t.guess;
    let GuessState { line, stage, .. } = state;
    // The report's projection, worked out once per widget with the chart's data.
    let report = expect_context::<ChartData>().report;
    // Amounts as readers write them: billions of dollars, or 億 (×10) in Chinese.
    let k = t.unit_scale(Unit::Billions);
    let left = move || {
        line.with(|l| {
            (FIRST_GUESSED..N_YEARS)
                .filter(|&i| l.get(i).is_none())
                .count()
        })
    };
    // What is left to draw, said when the reader asks for the answer too early.
    let nudge = RwSignal::new(false);
    let result = move || {
        let mut words = Vec::new();
        if stage.get() != Stage::Drawing {
            words.extend(line.with(|l| report.with_value(|r| guess_report_words(t, l, &r.total))));
        }
        if stage.get() == Stage::Reported {
            words.extend(line.with(|l| guess_guidance_words(t, l)));
        }
        if stage.get() == Stage::Drawing && nudge.get() && left() > 0 {
            words.push(crate::i18n::fill(missing, &[("left", &left().to_string())]));
        }
        words
    };
    let primary = NodeRef::<leptos::html::Button>::new();
    let back = NodeRef::<leptos::html::Button>::new();
    // The panel takes the focus from the button that opened it.
    Effect::new(move |_| {
        if let Some(button) = primary.get() {
            if state.take_focus(Focus::Panel) {
                _ = button.focus();
            }
        }
    });
    let on_show = move |_| match stage.get_untracked() {
        Stage::Drawing if line.with_untracked(Guess::is_complete) => {
            nudge.set(false);
            stage.set(Stage::Report);
        }
        Stage::Drawing => nudge.set(true),
        _ => {
            stage.set(Stage::Reported);
            // The button is gone with the last reveal: the focus goes to the way back.
            if let Some(button) = back.get_untracked() {
                _ = button.focus();
            }
        }
    };
    let fields = move || {
        (FIRST_GUESSED..N_YEARS)
        .map(|i| {
            let year = YEARS[i];
            let id = use_id(&format!("guess-{year}"));
            let for_id = id.clone();
            let name = crate::i18n::fill(field, &[("year", &year.to_string())]);
            view! {
                <label class="guess-field" for=for_id>
                    <span aria-hidden="true">{year}</span>
                    <input
                        type="number"
                        id=id
                        class="control-field"
                        aria-label=name
                        min="0"
                        max=(GUESS_MAX * k).to_string()
                        step=(5.0 * k).to_string()
                        inputmode="decimal"
                        data-testid=format!("guess-{year}")
                        prop:value=move || {
                            line.with(|l| l.get(i).map(|v| (v * k).to_string()).unwrap_or_default())
                        }
                        on:change=move |ev| {
                            // A number sets the year; anything else leaves the line as it was
                            // (the field shows the last good value again).
                            let typed = event_target_value(&ev).trim().parse::<f64>().ok();
                            match typed.filter(|v| v.is_finite()) {
                                Some(v) => state.draw(None, i, v / k),
                                None => line.update(|_| {}),
                            }
                        }
                    />
                </label>
            }
        })
        .collect_view()
    };

    view! {
        <section class="guess-panel" data-testid="guess-panel" aria-labelledby=use_id("guess-heading")>
            <h3 class="visually-hidden" id=use_id("guess-heading")>{t.guess[0]}</h3>
            <div class="guess-actions">
                // One button for each reveal in turn: it stays, and so does the focus.
                <Show when=move || matches!(stage.get(), Stage::Drawing | Stage::Report)>
                    <button
                        type="button"
                        class="button primary"
                        node_ref=primary
                        data-testid=move || {
                            if stage.get() == Stage::Drawing { "guess-show" } else { "guess-show-reported" }
                        }
                        on:click=on_show
                    >
                        {move || if stage.get() == Stage::Drawing { show_report } else { show_reported }}
                    </button>
                </Show>
                <Show when=move || stage.get() == Stage::Drawing>
                    <button
                        type="button"
                        class="button"
                        data-testid="guess-again"
                        on:click=move |_| {
                            nudge.set(false);
                            line.set(Guess::EMPTY);
                        }
                    >
                        {again}
                    </button>
                </Show>
                <button
                    type="button"
                    class="button"
                    data-testid="guess-back"
                    node_ref=back
                    on:click=move |_| {
                        state.focus.set_value(Some(Focus::Start));
                        state.stop();
                    }
                >
                    {back_text}
                </button>
            </div>
            <p class="guess-result" aria-live="polite" data-testid="guess-result">
                {move || {
                    result()
                        .into_iter()
                        .map(|w| view! { <span class="guess-sentence">{w}</span> " " })
                        .collect_view()
                }}
            </p>
            <Show when=move || stage.get() == Stage::Drawing>
                <p class="guess-intro">{intro}</p>
                <p class="control-help">{keys}</p>
                <details class="guess-typed" data-testid="guess-typed">
                    <summary>{typed} " (" {unit} ")"</summary>
                    <div class="guess-fields">{fields}</div>
                </details>
            </Show>
        </section>
    }
}

/// The button that starts drawing a guess on the chart.
#[component]
pub fn GuessButton(state: GuessState) -> impl IntoView {
    let t = use_text();
    let button = NodeRef::<leptos::html::Button>::new();
    // Back from a game by keyboard: the focus returns here.
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            if state.take_focus(Focus::Start) {
                _ = button.focus();
            }
        }
    });
    view! {
        <button
            type="button"
            class="button guess-start"
            data-testid="guess-start"
            node_ref=button
            on:click=move |_| {
                state.focus.set_value(Some(Focus::Panel));
                state.stage.set(Stage::Drawing);
            }
        >
            {t.guess[0]}
        </button>
    }
}
