use leptos::prelude::*;

use crate::components::{use_id, use_text};
use crate::markup::guess_result;
use crate::model::{project, Preset, Unit, Validated};

/// What the reader did in Guess first: kept above the language, so a switch keeps it.
#[derive(Clone, Copy)]
pub struct GuessState {
    /// The scenario to guess.
    preset: RwSignal<Preset>,
    /// The guess as typed or slid, in the reader's units; `None` until they touch it.
    typed: RwSignal<Option<String>>,
    /// The guess and the projection, in billions, once revealed.
    revealed: RwSignal<Option<(f64, f64)>>,
}

impl GuessState {
    /// Nothing guessed yet; the first named scenario after the report's.
    pub fn new() -> Self {
        GuessState {
            preset: RwSignal::new(Preset::ALL[1]),
            typed: RwSignal::new(None),
            revealed: RwSignal::new(None),
        }
    }
}

impl Default for GuessState {
    fn default() -> Self {
        Self::new()
    }
}

/// "Guess first", as in the NYT's "You Draw It": pick a named scenario, slide or type a
/// guess of its 2032 total before seeing it, then reveal. The page then shows that
/// scenario, and a sentence (announced) says how far off the guess was.
#[component]
pub fn GuessFirst(
    /// Called with the scenario revealed, so the page shows it.
    apply: Callback<Validated>,
    /// What the reader chose, typed and revealed.
    state: GuessState,
) -> impl IntoView {
    let t = use_text();
    let [summary, intro, scenario, guess, unit, reveal, ..] = t.guess;
    // Amounts as readers write them: billions of dollars, or 億 (×10) in Chinese.
    let k = t.unit_scale(Unit::Billions);
    let choices = &Preset::ALL[1..];
    let GuessState {
        preset,
        typed,
        revealed,
    } = state;
    // The guess as typed or slid, in the reader's units: the field and the slider
    // share it. Untouched, it is the report's $525B.
    let typed = Signal::derive(move || typed.get().unwrap_or_else(|| (525.0 * k).to_string()));
    let set_typed = move |value: String| state.typed.set(Some(value));
    // An emptied field leaves the slider where it was.
    let slid = Memo::new(move |before: Option<&String>| {
        let now = typed.get();
        match before {
            Some(before) if now.trim().is_empty() => before.clone(),
            _ => now,
        }
    });
    let result = move || {
        revealed
            .get()
            .map(|(g, a)| guess_result(t, g, a))
            .unwrap_or_default()
    };
    let [select_id, about_id, field_id] = ["guess-scenario", "guess-about", "guess"].map(use_id);
    let options = choices
        .iter()
        .map(|&p| {
            view! {
                <option value=p.id() prop:selected=move || preset.get() == p>
                    {t.preset(p).title}
                </option>
            }
        })
        .collect_view();
    let on_reveal = move |_| {
        let chosen = preset.get_untracked();
        let guessed = typed.with_untracked(|v| v.trim().parse::<f64>().unwrap_or(f64::NAN)) / k;
        let actual = project(&chosen.scenario()).summary().total_2032;
        if guessed.is_finite() && guessed >= 0.0 {
            apply.run(Validated {
                scenario: chosen.scenario(),
                adjustments: Vec::new(),
            });
        }
        revealed.set(Some((guessed, actual)));
    };
    let [max, step] = [2000.0 * k, 5.0 * k].map(|v| v.to_string());

    view! {
        <details class="guess" data-testid="guess">
            <summary>{summary}</summary>
            <p>{intro}</p>
            <div class="guess-row">
                <label for=select_id.clone()>{scenario}</label>
                <select
                    id=select_id
                    aria-describedby=about_id.clone()
                    on:change=move |ev| {
                        if let Some(p) = Preset::from_id(&event_target_value(&ev)) {
                            preset.set(p);
                        }
                    }
                >
                    {options}
                </select>
            </div>
            // What the scenario assumes, not where it lands.
            <p class="control-help" id=about_id data-testid="guess-description">
                {move || t.preset(preset.get()).description}
            </p>
            <div class="guess-row">
                <label for=field_id.clone()>{guess}</label>
                <span class="control-value">
                    <input
                        type="number"
                        class="control-field"
                        id=field_id
                        min="0"
                        max=max.clone()
                        step=step.clone()
                        prop:value=move || typed.get()
                        on:input=move |ev| set_typed(event_target_value(&ev))
                    />
                    <span class="control-unit">{unit}</span>
                </span>
            </div>
            <input
                type="range"
                aria-label=guess
                data-testid="guess-slider"
                min="0"
                max=max
                step=step
                prop:value=slid
                on:input=move |ev| set_typed(event_target_value(&ev))
            />
            <button type="button" class="button" data-testid="guess-reveal" on:click=on_reveal>
                {reveal}
            </button>
            <p class="guess-result" aria-live="polite" data-testid="guess-result">
                {result}
            </p>
        </details>
    }
}
