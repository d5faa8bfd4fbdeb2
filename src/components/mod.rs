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
pub use theme_picker::{ThemePicker, DARK, LIGHT};
