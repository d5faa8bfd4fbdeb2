//! Thin view components, one per file. They read the projection and report changes
//! up through callbacks; all arithmetic lives in `model`.

mod assumption_control;
mod chart_figure;
mod compare;
mod explorer_tabs;
mod guess_first;
mod notices;
mod preset_picker;
mod projection_table;
mod share_bar;
mod summary_sentence;
mod theme_picker;

pub use assumption_control::AssumptionControl;
pub use chart_figure::{ChartFigure, ChartInputs};
pub use compare::Compare;
pub use explorer_tabs::ExplorerTabs;
pub use guess_first::GuessFirst;
pub use notices::Notices;
pub use preset_picker::PresetPicker;
pub use projection_table::ProjectionTable;
pub use share_bar::{embed_snippet, ShareBar};
pub use summary_sentence::SummarySentence;
pub use theme_picker::{Theme, ThemePicker};

use leptos::prelude::*;

use crate::i18n::{Lang, Text};

/// The reader's language, shared by every component of one widget through context.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

/// The widget's language. The widget rebuilds its components when the language
/// changes, so a component reads it once, as it is built.
pub fn use_lang() -> Lang {
    use_context::<Locale>().map_or_else(Lang::default, |l| l.0.get_untracked())
}

/// The strings of the widget's language (see [`use_lang`]).
pub fn use_text() -> &'static Text {
    use_lang().text()
}
