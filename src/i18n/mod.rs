//! Every string readers see, in English (`en.rs`) and Traditional Chinese
//! (`zh_hant.rs`), as one [`Text`] per language. Both tables are in every build; the
//! reader's [`Lang`] picks one at run time. A key missing from either is a compile
//! error, and the native tests read both.
//!
//! Strings with values in them are templates with named holes, `{year}`, filled by
//! [`fill`]: translators can put the holes where their language wants them.

mod en;
mod zh_hant;

pub use en::{EN, EN_EMBED};
pub use zh_hant::{ZH_HANT, ZH_HANT_EMBED};

use serde::Serialize;

use crate::model::{
    Assumption, Company, Firmness, Group, Measure, Preset, Provenance, Publisher, Unit,
    N_ASSUMPTIONS, N_PRESETS,
};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the fallback).
    #[default]
    En,
    /// Traditional Chinese.
    ZhHant,
}

impl Lang {
    /// The language a link's `lang` names, in any case: `zh`, `zh-Hant`, `zh-TW` or
    /// `zh-HK` for Traditional Chinese, `en` for English; anything else (Simplified
    /// Chinese among it) names none, and the page chooses.
    pub fn from_param(value: &str) -> Option<Lang> {
        match value.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "zh" | "zh-hant" | "zh-tw" | "zh-hk" | "zh-hant-tw" | "zh-hant-hk" => {
                Some(Lang::ZhHant)
            }
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a browser's BCP 47 tag prefers, if we speak something close: any
    /// `zh…` is Traditional Chinese (the nearest we have), any `en…` English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "zh" => Some(Lang::ZhHant),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first language of `tags` (the browser's, in order of preference) that we
    /// speak, else English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// Its BCP 47 tag, for `<html lang>` and links: `en`, `zh-Hant`.
    pub fn tag(self) -> &'static str {
        self.text().lang
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::ZhHant,
            Lang::ZhHant => Lang::En,
        }
    }

    /// Every string of the language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::ZhHant => &ZH_HANT,
        }
    }

    /// The strings of sharing and embedding, in the language.
    pub fn extras(self) -> &'static EmbedText {
        match self {
            Lang::En => &EN_EMBED,
            Lang::ZhHant => &ZH_HANT_EMBED,
        }
    }
}

impl Text {
    /// The language of this table.
    pub fn language(&self) -> Lang {
        Lang::from_tag(self.lang).unwrap_or_default()
    }

    /// An assumption's label, explanation and source.
    pub fn assumption(&self, a: Assumption) -> &AssumptionText {
        &self.assumptions[a.index()]
    }

    /// An assumption's label.
    pub fn label(&self, a: Assumption) -> &'static str {
        self.assumptions[a.index()].label
    }

    /// A group's heading.
    pub fn group(&self, g: Group) -> &'static str {
        self.groups[g as usize]
    }

    /// The short suffix written after a value of `unit`, e.g. "5.1 %/yr".
    pub fn unit(&self, unit: Unit) -> &'static str {
        self.unit_suffix[unit as usize]
    }

    /// The unit as a screen reader says it, e.g. "5.1 percent per year".
    pub fn spoken(&self, unit: Unit) -> &'static str {
        self.unit_spoken[unit as usize]
    }

    /// Where a default comes from, in words.
    pub fn provenance(&self, p: Provenance) -> &'static str {
        self.provenance[p as usize]
    }

    /// A preset's title and description.
    pub fn preset(&self, p: Preset) -> &PresetText {
        &self.presets[p as usize]
    }

    /// A company's name.
    pub fn company(&self, c: Company) -> &'static str {
        self.companies[c as usize]
    }

    /// What a later figure measures.
    pub fn measure(&self, m: Measure) -> &'static str {
        self.later.measures[m as usize]
    }

    /// Who published a later figure.
    pub fn publisher(&self, p: Publisher) -> &'static str {
        self.later.publishers[p as usize]
    }

    /// How firm a later figure is.
    pub fn firmness(&self, f: Firmness) -> &'static str {
        self.later.firmness[f as usize]
    }

    /// A date written for readers: "29 Apr 2026", "2026 年 4 月 29 日".
    pub fn date(&self, (year, month, day): (i32, u8, u8)) -> String {
        let month = self.later.months[usize::from(month.clamp(1, 12)) - 1];
        fill(
            self.later.date,
            &[
                ("day", &day.to_string()),
                ("month", month),
                ("year", &year.to_string()),
            ],
        )
    }

    /// How many of the readers' units make one of the model's, for values in `unit`:
    /// 10 for billions of US dollars written in 億 (hundreds of millions), else 1.
    pub fn unit_scale(&self, unit: Unit) -> f64 {
        if unit == Unit::Billions && self.money_in_yi {
            10.0
        } else {
            1.0
        }
    }
}

/// The strings of sharing and embedding (link notes, Share/Embed, the embed view's
/// source line), in one language.
#[derive(Debug, Serialize)]
pub struct EmbedText {
    /// The Share and Embed buttons.
    pub buttons: [&'static str; 2],
    /// The share panel's field labels: the link, the snippet.
    pub fields: [&'static str; 2],
    /// After copying: done; select and copy by hand.
    pub copied: [&'static str; 2],
    /// The embedded iframe's title, also the embed view's heading.
    pub iframe_title: &'static str,
    /// The embed view's link to every assumption, on the full page.
    pub more: &'static str,
    /// The embed view's source line, and its link to the full page.
    pub source: [&'static str; 2],
    /// Notes on a share link: too long; a value too long (`{key}`); not a number
    /// (`{key}`, `{label}`); no such preset; a bad origin; more notes (`{n}`); an
    /// adjustment (`{message}`); a guess that is not seven places, each a number or empty.
    pub link_notes: [&'static str; 8],
}

/// The methodology panel: how the projection is made, every default and the sources.
#[derive(Debug, Serialize)]
pub struct MethodText {
    /// The panel's heading.
    pub title: &'static str,
    /// Each part of the model: its lead-in, and how it works.
    pub sections: [[&'static str; 2]; 8],
    /// The defaults table: its caption and column heads (assumption, default, source,
    /// plausible range), and the cell of an assumption the tornado leaves out.
    pub defaults: [&'static str; 6],
    /// The sources' heading.
    pub sources_title: &'static str,
    /// The sources, with their dates.
    pub sources: [&'static str; 5],
}

/// Figures published after the article, in one language.
#[derive(Debug, Serialize)]
pub struct LaterText {
    /// What each figure measures, by `Measure`.
    pub measures: [&'static str; 4],
    /// Who published it, by `Publisher`.
    pub publishers: [&'static str; 4],
    /// Its short label on the chart, by `Publisher`.
    pub labels: [&'static str; 4],
    /// How firm it is, by `Firmness`.
    pub firmness: [&'static str; 3],
    /// A date: `{day}`, `{month}` (from `months`), `{year}`.
    pub date: &'static str,
    /// The months, January first.
    pub months: [&'static str; 12],
    /// One figure in a year's text (`{label}`, `{value}`, `{measure}`), and in the
    /// methodology's list (`{year}`, `{value}`, `{measure}`, `{publisher}`, `{date}`,
    /// `{firmness}`).
    pub line: [&'static str; 2],
    /// The switch that shows the other forecasts.
    pub toggle: &'static str,
    /// The methodology's list: its heading and its introduction.
    pub title: [&'static str; 2],
}

/// An assumption as readers see it.
#[derive(Debug, Serialize)]
pub struct AssumptionText {
    /// The control's label.
    pub label: &'static str,
    /// One or two sentences: what moving this means.
    pub explanation: &'static str,
    /// Where the default comes from, with its date.
    pub source: &'static str,
}

/// A named scenario as readers see it.
#[derive(Debug, Serialize)]
pub struct PresetText {
    /// Its name in the picker.
    pub title: &'static str,
    /// One paragraph: what it assumes.
    pub description: &'static str,
}

/// Every string of one language.
#[derive(Debug, Serialize)]
pub struct Text {
    /// The language's BCP 47 tag, for `<html lang>`.
    pub lang: &'static str,
    /// Whether money is written in 億美元 (hundreds of millions of US dollars) rather
    /// than `$…B`.
    pub money_in_yi: bool,
    /// Money, templates with `{n}`: in billions (`$525B`), or in 億 (`5,250 億美元`).
    pub money: &'static str,
    /// Units as written after a value, by `Unit` (billions, %/yr, % of total, % of a
    /// company, points, years, year, ratio).
    pub unit_suffix: [&'static str; 8],
    /// Units as a screen reader says them, in the same order.
    pub unit_spoken: [&'static str; 8],
    /// A percentage-point difference, `{n}`.
    pub points: &'static str,

    /// The language's name, in itself (the switch shows the other language's).
    pub language_name: &'static str,
    /// The document's title.
    pub page_title: &'static str,
    /// The controls' heading.
    pub controls_title: &'static str,
    /// The button that restores the report's scenario.
    pub reset_all: &'static str,
    /// The tabs' accessible name, and the three tabs.
    pub tabs: [&'static str; 4],
    /// The theme picker's label and its three choices.
    pub theme: [&'static str; 4],
    /// The notices' dismiss button.
    pub dismiss: &'static str,
    /// The compare toggle: to pin, and (pressed) to stop comparing.
    pub pin: [&'static str; 2],
    /// The key number above the chart: the total (`{total}`, `{year}`), its change
    /// (`{change}` on `{base}`), and the report's total when it differs (`{report}`).
    pub key_number: [&'static str; 3],
    /// The closed group that holds every assumption but the first few.
    pub more_assumptions: &'static str,
    /// Why a control shows nothing yet: the fade while both growth rates are equal,
    /// the elasticity while there are no extra efficiency gains.
    pub inactive: [&'static str; 2],
    /// The preset picker's label, the "own assumptions" option, and its help text.
    pub preset: [&'static str; 3],
    /// The groups of controls, by `Group`.
    pub groups: [&'static str; 5],
    /// A control's "About" summary, its "Reset" button, the reset's accessible name
    /// (`{label}`, `{value}`), and the number field's (`{label}`, `{unit}` spoken).
    pub control: [&'static str; 4],
    /// Where a default comes from, by `Provenance`.
    pub provenance: [&'static str; 3],
    /// Every assumption, by `Assumption::index`.
    pub assumptions: [AssumptionText; N_ASSUMPTIONS],
    /// Every preset, in `Preset::ALL` order.
    pub presets: [PresetText; N_PRESETS],
    /// Company names, in `Company::ALL` order with "others" last.
    pub companies: [&'static str; 5],
    /// What had to be adjusted in the reader's input: not a number (`{label}`),
    /// clamped (`{label}`, `{min}`, `{max}` with its unit, `{value}`), lowered to make room
    /// (`{label}`, `{value}`), capped (`{label}`, `{value}`).
    pub adjustments: [&'static str; 4],

    /// The sentence, with `{total}`, `{year}`, `{inference}`, `{training}`,
    /// `{crossover}`, `{versus}` (the total and the inference share are set in bold).
    pub sentence: &'static str,
    /// Training spending from 2025 to 2032: falls, rises (`{from}`, `{to}`, `{year}`).
    pub training_change: [&'static str; 2],
    /// The lead between inference and training, in the model: inference overtakes
    /// in `{year}`; training overtakes in `{year}`; inference ahead throughout;
    /// training ahead throughout, up to `{year}`.
    pub crossover: [&'static str; 4],
    /// Matches the report (total and mix); differs (`{delta}`, `{percent}`, `{side}`,
    /// `{report}`); the two sides: above, below; a multiple of the report's total
    /// (`{times}`, `{report}`); the total matches but the mix does not.
    pub versus: [&'static str; 6],

    /// The chart's switch: its legend and the four charts, in `View` order.
    pub chart_switch: [&'static str; 5],
    /// Each chart's title and unit, in `View` order.
    pub chart_titles: [&'static str; 8],
    /// The key above the chart: training, inference, other (ours), report figure, the
    /// report's path, reported later; in-house chips, bought from chip vendors; an
    /// assumption's plausible low end, its high end, the total as set; other forecasts.
    pub legend: [&'static str; 12],
    /// The notes under the chart: the shares chart's, the investment chart's,
    /// the companies chart's, the tornado's.
    pub chart_notes: [&'static str; 4],
    /// The chart descriptions for screen readers: investment (`{first}`, `{second}`,
    /// `{last}`, `{training}`, `{inference}`), shares (`{training_from}`,
    /// `{training_to}`, `{inference_from}`, `{inference_to}`, `{crossover}`),
    /// companies (`{companies}`), tornado (`{total}`, `{list}`).
    pub chart_descriptions: [&'static str; 4],
    /// The companies chart's year slider.
    pub year_label: &'static str,
    /// One company in one year (tooltip and announcement, one figure per line):
    /// `{company}`, `{year}`, `{total}`, `{in_house}`, `{share}`, `{nvidia}`.
    pub company_text: &'static str,
    /// Every company in one year: the sentence (`{year}`, `{list}`), one company in it
    /// (`{company}`, `{total}`, `{share}`), the list's separator.
    pub companies_year: [&'static str; 3],
    /// The tornado: one bar (tooltip and announcement, one figure per line: `{label}`,
    /// `{low}`, `{low_total}`, `{high}`, `{high_total}`), one bar in the description
    /// (`{label}`, `{low_total}`, `{high_total}`), the list's separator.
    pub sensitivity_text: [&'static str; 3],
    /// The PNG download link.
    pub download_png: &'static str,
    /// Band and line names on the chart: training, inference, other.
    pub series: [&'static str; 3],
    /// A report figure's label on the chart, `{money}`.
    pub report_label: &'static str,
    /// One year in words (tooltip and announcement; one figure per line).
    pub year_text: &'static str,
    /// Draw your guess: its button and heading, its introduction, how to draw with the
    /// keyboard, the typed fields' summary, their unit, the two reveal buttons (the
    /// report's path, then the companies' guidance), the way back to the explorer,
    /// what is left to draw (`{left}`), a field's name (`{year}`) and starting again.
    pub guess: [&'static str; 11],
    /// The guess on the chart: the line's name, and where to start drawing.
    pub guess_labels: [&'static str; 2],
    /// How far the guess was, after each reveal: its 2032 figure above, below or within
    /// 1% of the report's (`{guess}`, `{off}`, `{actual}`), that followed by its mean
    /// distance from the report's path (`{first}`, `{mean}`), and its 2026 figure above, below or inside the
    /// companies' guidance (`{guess}`, `{off}`, `{range}`).
    pub guess_results: [&'static str; 7],
    /// The guess read out: a year drawn (`{year}`, `{value}`), a year not drawn yet
    /// (`{year}`), the line so far (`{points}`), nothing drawn yet, and one point of
    /// the line so far (`{year}`, `{value}`).
    pub guess_spoken: [&'static str; 5],
    /// The likely range: the switch that shows it, its key, its line in a year's
    /// figures (`{low}`, `{high}`), its sentence in the chart's description (`{paths}`,
    /// `{low}`, `{high}`), and its name written on the chart.
    pub band: [&'static str; 5],
    /// The crossover's label on the shares chart, wide and narrow (`{year}`): when
    /// inference overtakes, when training does.
    pub crossover_label: [&'static str; 4],
    /// The downloaded pictures' titles, in `View` order (the companies' has `{year}`).
    pub poster_titles: [&'static str; 4],
    /// The picture's subtitle: the scenario's `{name}` and its key number (`{total}`,
    /// `{change}`).
    pub poster_subtitle: &'static str,
    /// The picture's notes: the source; "the report's assumptions"; changed
    /// (`{list}`); the list's separator; what the dashed line and the crosses are.
    pub poster_notes: [&'static str; 5],

    /// The table: its caption, and its column heads (year, total, training, inference,
    /// other, inference share; "other" is marked as our assumption).
    pub table_head: [&'static str; 7],
    /// The note under the table: on the figures, and on "other" (after its mark).
    pub table_note: [&'static str; 2],
    /// The CSV download link.
    pub download_csv: &'static str,
    /// The CSV file's header row; the amounts follow `money_in_yi`.
    pub csv_header: &'static str,

    /// The comparison: its caption and column heads.
    pub compare_head: [&'static str; 5],
    /// Its rows: total 2032, invested 2025–2032, inference share, training share,
    /// crossover.
    pub compare_rows: [&'static str; 5],
    /// Crossover cells: none by 2032, same, changed, inference ahead from `{year}`,
    /// training ahead from `{year}`.
    pub compare_words: [&'static str; 5],

    /// What came after the article.
    pub later: LaterText,

    /// The methodology panel.
    pub methodology: MethodText,
}

/// A piece of a template: text as written, or a named hole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// Text to show as it is.
    Text(&'a str),
    /// A hole, by name (`year` for `{year}`).
    Hole(&'a str),
}

/// `template` split at its holes, for views that render each hole as an element of
/// its own. Text without a closing brace stays text.
pub fn parts(template: &str) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        if !before.is_empty() {
            out.push(Part::Text(before));
        }
        out.push(Part::Hole(name));
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(Part::Text(rest));
    }
    out
}

/// `template` with each `{name}` replaced by its value in `args`; an unknown name is
/// left as it is.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let known = after.split_once('}').and_then(|(name, tail)| {
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (*value, tail))
        });
        match known {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
