//! Browser hooks, leptos-use style: `use_x(...)` returning a `UseXReturn`.

mod use_debounce_fn;
mod use_element_width;
mod use_preferred_dark;

pub use use_debounce_fn::{use_debounce_fn, UseDebounceFnReturn};
pub use use_element_width::{use_element_width, UseElementWidthReturn};
pub use use_preferred_dark::use_preferred_dark;
