//! Browser hooks, leptos-use style: `use_x(...)` returning a `UseXReturn`.

mod use_element_width;

pub use use_element_width::{use_element_width, UseElementWidthReturn};
