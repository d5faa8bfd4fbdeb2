use leptos::prelude::*;

use crate::components::use_text;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::format::escape_html;
use crate::markup::{guess_result, preset_options};
use crate::model::{project, Preset, Validated};

/// "Guess first", as in the NYT's "You Draw It": pick a named scenario, slide or type a
/// guess of its 2032 total before seeing it, then reveal. The page then shows that
/// scenario, and a sentence (announced) says how far off the guess was.
///
/// Static markup with two delegated handlers (inputs and the Reveal button): no signal
/// of its own, since nothing else on the page depends on the guess.
#[component]
pub fn GuessFirst(
    /// Called with the scenario revealed, so the page shows it.
    apply: Callback<Validated>,
) -> impl IntoView {
    let t = use_text();
    let [summary, intro, scenario, guess, unit, reveal, ..] = t.guess;
    // Amounts as readers write them: billions of dollars, or 億 (×10) in Chinese.
    let k = if t.money_in_yi { 10.0 } else { 1.0 };
    let options = preset_options(t, &Preset::ALL[1..]);
    // Whole numbers only: formatting an f64 would bring Rust's float formatting back.
    let scale = if t.money_in_yi { 10 } else { 1 };
    let start = 525 * scale;
    let markup = format!(
        r#"<summary>{summary}</summary><p>{intro}</p><div class="guess-row"><label for="capex-guess-scenario">{scenario}</label><select id="capex-guess-scenario" aria-describedby="capex-guess-about">{options}</select></div><p class="control-help" id="capex-guess-about" data-testid="guess-description">{}</p><div class="guess-row"><label for="capex-guess">{guess}</label><span class="control-value"><input type="number" class="control-field" id="capex-guess" min="0" max="{max}" step="{step}" value="{start}"><span class="control-unit">{unit}</span></span></div><input type="range" aria-label="{guess}" data-testid="guess-slider" min="0" max="{max}" step="{step}" value="{start}"><button type="button" class="button" data-testid="guess-reveal">{reveal}</button><p class="guess-result" aria-live="polite" data-testid="guess-result"></p>"#,
        escape_html(t.preset(Preset::ALL[1]).description),
        max = 2000 * scale,
        step = 5 * scale,
    );
    // The parts, found from the event's `<details>` (its current target).
    let find = |ev: &web_sys::Event, selector: &str| -> Option<Element> {
        ev.current_target()?
            .unchecked_into::<Element>()
            .query_selector(selector)
            .ok()?
    };
    let chosen = move |ev: &web_sys::Event| {
        find(ev, "select")
            // `value` read as on an input: the same property, one binding fewer.
            .and_then(|s| Preset::from_id(&s.unchecked_into::<HtmlInputElement>().value()))
            .unwrap_or(Preset::ALL[1])
    };
    let input = |el: Option<Element>| el.map(|e| e.unchecked_into::<HtmlInputElement>());

    view! {
        <details
            class="guess"
            data-testid="guess"
            inner_html=markup
            // The slider and the field stay in step; a new scenario brings its
            // description (which says what it assumes, not where it lands).
            on:input=move |ev| {
                let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                    return;
                };
                let value = target.unchecked_ref::<HtmlInputElement>().value();
                // An emptied field leaves the slider where it was.
                if value.is_empty() {
                    return;
                }
                // The select has no `type` attribute; the slider and the field do.
                match target.get_attribute("type").as_deref() {
                    None => {
                        if let Some(p) = find(&ev, "p.control-help") {
                            p.set_text_content(Some(t.preset(chosen(&ev)).description));
                        }
                    }
                    Some("range") => {
                        if let Some(field) = input(find(&ev, "input[type=number]")) {
                            field.set_value(&value);
                        }
                    }
                    _ => {
                        if let Some(slider) = input(find(&ev, "input[type=range]")) {
                            slider.set_value(&value);
                        }
                    }
                }
            }
            on:click=move |ev| {
                let on_button = ev
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|t| t.get_attribute("data-testid"))
                    .is_some_and(|id| id == "guess-reveal");
                if !on_button {
                    return;
                }
                let preset = chosen(&ev);
                let guessed = input(find(&ev, "input[type=number]"))
                    .map_or(f64::NAN, |f| f.value_as_number() / k);
                let actual = project(&preset.scenario()).summary().total_2032;
                if guessed.is_finite() && guessed >= 0.0 {
                    apply.run(Validated {
                        scenario: preset.scenario(),
                        adjustments: Vec::new(),
                    });
                }
                if let Some(result) = find(&ev, "p.guess-result") {
                    result.set_text_content(Some(&guess_result(t, guessed, actual)));
                }
            }
        ></details>
    }
}
