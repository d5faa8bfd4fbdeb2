use leptos::prelude::*;

use crate::components::use_text;

/// The reader's choice of colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Whatever the reader's system says.
    #[default]
    Auto,
    /// Light, whatever the system says.
    Light,
    /// Dark, whatever the system says.
    Dark,
}

impl Theme {
    /// Every choice, in the picker's order.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Its value in the picker.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Light, dark, or whatever the reader's system says.
#[component]
pub fn ThemePicker(
    /// The reader's choice, read and written.
    theme: RwSignal<Theme>,
) -> impl IntoView {
    let t = use_text();
    let options = Theme::ALL
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            view! {
                <option value=choice.key() prop:selected=move || theme.get() == choice>
                    {t.theme[i + 1]}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="theme-picker">
            {t.theme[0]} " "
            <select
                data-testid="theme"
                on:change=move |ev| {
                    let key = event_target_value(&ev);
                    theme.set(Theme::ALL.into_iter().find(|c| c.key() == key).unwrap_or_default());
                }
            >
                {options}
            </select>
        </label>
    }
}
