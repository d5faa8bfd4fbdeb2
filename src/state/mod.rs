//! The widget's state as it crosses the page's edges: share links (`url`) and messages
//! from a host page (`host`). Pure Rust (serde only), so every decoder of untrusted
//! input is tested natively; the browser glue lives in `crate::embed`.

pub mod host;
pub mod url;

use crate::i18n::Lang;
use crate::model::{Adjustment, Guess, Preset, Scenario};

pub use url::LinkNote;

/// A note for the reader about something the widget changed or ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The reader's own input was adjusted.
    Input(Adjustment),
    /// The link the page was opened with had something to say.
    Link(LinkNote),
}

/// Everything a share link or embed URL carries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The reader's assumptions.
    pub scenario: Scenario,
    /// The preset the picker shows, when the scenario is exactly one.
    pub preset: Option<Preset>,
    /// The language the link asks for; `None` leaves it to the page and the browser.
    pub lang: Option<Lang>,
    /// Embed view: no page chrome, compact layout, height messages to the host.
    pub embed: bool,
    /// Origins allowed to send host messages (empty: the parent window, any origin).
    pub origins: Vec<String>,
    /// The reader's guess: `guess=1` starts drawing one (an editor's choice for an
    /// embed), `guess=450,500,…` carries a drawn line (seven values, 2026–2032).
    pub guess: Option<Guess>,
}

/// The preset whose scenario `scenario` is exactly, if any (the baseline is `report`).
/// The presets' scenarios are built once: the picker, the address and the host ask on
/// every change.
pub fn preset_of(scenario: &Scenario) -> Option<Preset> {
    static KNOWN: std::sync::LazyLock<[Scenario; 5]> =
        std::sync::LazyLock::new(|| Preset::ALL.map(Preset::scenario));
    KNOWN
        .iter()
        .position(|known| known == scenario)
        .map(|i| Preset::ALL[i])
}
