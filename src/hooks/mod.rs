//! Browser hooks, leptos-use style: `use_x(...)` returning a `UseXReturn`.

mod use_debounce_fn;
mod use_element_width;

pub use use_debounce_fn::{use_debounce_fn, UseDebounceFnReturn};
pub use use_element_width::{use_element_width, UseElementWidthReturn};
