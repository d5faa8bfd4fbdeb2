//! Thin view components, one per file. They read the projection and report changes
//! up through callbacks; all arithmetic lives in `model`.

mod assumption_control;
mod chart_canvas;
mod chart_figure;
mod compare;
mod explorer_tabs;
mod guess;
mod key_number;
mod methodology;
mod notices;
mod preset_picker;
mod projection_table;
mod share_bar;
mod summary_sentence;
mod theme_picker;

pub use assumption_control::AssumptionControl;
pub use chart_canvas::{ChartCanvas, DownloadPng};
pub use chart_figure::{ChartChoice, ChartData, ChartFigure, ChartInputs};
pub use compare::Compare;
pub use explorer_tabs::{ExplorerTabs, Tab};
pub use guess::{GuessButton, GuessPanel, GuessState, Stage};
pub use key_number::KeyNumber;
pub use methodology::Methodology;
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

/// What makes one widget's element ids its own: two widgets in one document must not
/// share an id (labels, tabs and descriptions point to ids).
#[derive(Clone)]
pub struct WidgetId(pub String);

impl WidgetId {
    /// A prefix no other widget of this document has.
    pub fn next() -> WidgetId {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        // The first widget keeps the plain prefix (`capex-chart-desc`), so a page with one
        // widget reads as it always has.
        match COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) {
            0 => WidgetId("capex".to_owned()),
            n => WidgetId(format!("capex{n}")),
        }
    }
}

/// The element id `name` of this widget: `capex-tab-chart` in the first widget of a
/// page, `capex1-tab-chart` in the second.
pub fn use_id(name: &str) -> String {
    let prefix = use_context::<WidgetId>().map_or_else(|| "capex".to_owned(), |w| w.0);
    format!("{prefix}-{name}")
}

/// The strings of the widget's language (see [`use_lang`]).
pub fn use_text() -> &'static Text {
    use_lang().text()
}
