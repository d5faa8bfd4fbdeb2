//! Charts, generic over the plotters backend: the browser draws them on a canvas
//! (`canvas.rs`, the only file that touches one), native tests render them to SVG.
//! The page shows one at a time ([`View`]); [`draw`] is the one place that picks it.

pub mod axes;
pub mod backend;
#[cfg(target_arch = "wasm32")]
pub mod canvas;
pub mod companies;
pub mod investment;
pub mod labels;
pub mod poster;
pub mod shares;
pub mod tornado;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::{FontFamily, RGBColor};

use crate::i18n::Text;
use crate::model::{Band, Projection, SensitivityBar};

/// The charts the figure shows, one at a time, in the order of its switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// AI investment by workload, 2024–2032, stacked.
    Investment,
    /// Each workload's share, with the crossover marked.
    Shares,
    /// Spend per company in one year, in-house silicon or Nvidia-dependent.
    Companies,
    /// The tornado: what moves the 2032 total most.
    Sensitivity,
}

impl View {
    /// Every view, in the switch's order.
    pub const ALL: [View; 4] = [
        View::Investment,
        View::Shares,
        View::Companies,
        View::Sensitivity,
    ];

    /// Its key: the switch's value, the figure's class and the test ids' suffix.
    pub fn key(self) -> &'static str {
        ["investment", "shares", "companies", "sensitivity"][self as usize]
    }

    /// The view with this key, if any.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// Whether it runs along the years (explored left to right), rather than bars
    /// (explored row by row).
    pub fn by_year(self) -> bool {
        matches!(self, View::Investment | View::Shares)
    }
}

/// One chart as the figure draws it: the view and what it needs beyond the projection.
#[derive(Clone, Copy, Debug)]
pub enum Figure<'a> {
    /// Investment, with the reference path (the report's, or a pinned scenario's), the
    /// P10–P90 band of the total if the reader asked for it, the later figures and the
    /// reader's guess.
    Investment(investment::Investment<'a>),
    /// Workload shares, with the P10–P90 band of the inference share if asked for.
    Shares(Option<&'a Band>),
    /// Companies in the year with this index.
    Companies(usize),
    /// The tornado of these bars (from `model::sensitivity`).
    Sensitivity(&'a [SensitivityBar]),
}

/// Draws `figure` on `area`, filling it, with the year or row `focus` explored;
/// says where the years or rows are.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    figure: Figure,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    match figure {
        Figure::Investment(chart) => investment::draw_with(area, projection, chart, style, focus),
        Figure::Shares(band) => shares::draw(area, projection, band, style, focus),
        Figure::Companies(year) => companies::draw(area, projection, year, style, focus),
        Figure::Sensitivity(bars) => {
            tornado::draw(area, bars, projection.summary().total_2032, style, focus)
        }
    }
}

/// The top of `figure`'s value axis for `projection`, for the charts along the years:
/// just above the data (the bar charts keep theirs).
pub fn value_top(projection: &Projection, figure: Figure) -> Option<f64> {
    match figure {
        Figure::Investment(chart) => Some(chart.top(projection)),
        Figure::Shares(band) => Some(shares::value_top(projection, band)),
        Figure::Companies(_) | Figure::Sensitivity(_) => None,
    }
}

/// Colours of one theme. Series colours are from the Okabe–Ito palette, which stays
/// distinguishable with the common forms of colour blindness; each colour means one
/// thing across the charts (blue and orange are training and inference only).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Chart background.
    pub background: RGBColor,
    /// Axis labels and annotations.
    pub text: RGBColor,
    /// Axis lines.
    pub axis: RGBColor,
    /// Horizontal grid lines.
    pub grid: RGBColor,
    /// Training series.
    pub training: RGBColor,
    /// Inference series.
    pub inference: RGBColor,
    /// Inference drawn as a line (the shares chart): the series' hue with at least 3:1
    /// against the background, which light orange on white does not have.
    pub inference_line: RGBColor,
    /// The "other" series (our assumption).
    pub other: RGBColor,
    /// The projected total line and the report's marked figures.
    pub ink: RGBColor,
    /// The companies chart: spend on a company's own chips.
    pub own_chips: RGBColor,
    /// The companies chart: spend on chips bought from vendors, mostly Nvidia.
    pub vendor_chips: RGBColor,
    /// The tornado: the total with an assumption at the low end of its range.
    pub lower: RGBColor,
    /// The tornado: the total with an assumption at the high end of its range.
    pub higher: RGBColor,
}

impl Palette {
    /// The light theme.
    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        text: RGBColor(51, 51, 51),
        axis: RGBColor(102, 102, 102),
        grid: RGBColor(226, 226, 226),
        training: RGBColor(0, 114, 178),
        inference: RGBColor(230, 159, 0),
        inference_line: RGBColor(170, 110, 0),
        other: RGBColor(187, 187, 187),
        ink: RGBColor(17, 17, 17),
        own_chips: RGBColor(0, 158, 115),
        vendor_chips: RGBColor(204, 121, 167),
        lower: RGBColor(86, 180, 233),
        higher: RGBColor(213, 94, 0),
    };

    /// The dark theme (prefers-color-scheme: dark). Series keep their hues; "other"
    /// darkens so that every band keeps 3:1 against the background.
    pub const DARK: Palette = Palette {
        background: RGBColor(18, 18, 18),
        text: RGBColor(208, 208, 208),
        axis: RGBColor(138, 138, 138),
        grid: RGBColor(51, 51, 51),
        training: RGBColor(51, 150, 214),
        inference: RGBColor(230, 159, 0),
        inference_line: RGBColor(230, 159, 0),
        other: RGBColor(120, 120, 120),
        ink: RGBColor(240, 240, 240),
        own_chips: RGBColor(0, 158, 115),
        vendor_chips: RGBColor(204, 121, 167),
        lower: RGBColor(86, 180, 233),
        higher: RGBColor(213, 94, 0),
    };
}

/// A darker shade of `c` for edges and outlines: a band whose fill is under 3:1
/// against the background gets its boundary from this.
pub fn darker(c: RGBColor) -> RGBColor {
    let d = |v: u8| (f64::from(v) * 0.6) as u8;
    RGBColor(d(c.0), d(c.1), d(c.2))
}

/// How a chart is drawn: colours, the language of its labels and numbers, and a
/// scale factor applied to every font size and stroke so that a high-DPI canvas
/// (backing store = CSS size × devicePixelRatio) keeps the same proportions as a 1× one.
#[derive(Clone, Copy, Debug)]
pub struct ChartStyle {
    /// Colours.
    pub palette: Palette,
    /// Device pixels per CSS pixel.
    pub scale: f64,
    /// The labels, and how numbers are written.
    pub text: &'static Text,
    /// The top of a year chart's value axis, when the page eases it towards the data's
    /// ([`value_top`]) rather than jumping; `None`: the data's own.
    pub y_top: Option<f64>,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            palette: Palette::LIGHT,
            scale: 1.0,
            text: &crate::i18n::EN,
            y_top: None,
        }
    }
}

/// Where the years (along x) or the bars' rows (along y, top first) sit on a drawn
/// chart: the first one's position, the distance from one to the next and how many
/// there are, in the pixels it was drawn in. Pointer exploration reads it back to find
/// the year or the row under a finger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Position of the first year or row.
    pub first: f64,
    /// Pixels from one to the next.
    pub step: f64,
    /// How many years or rows.
    pub count: usize,
    /// On the year charts, where the value axis is: the pixel of zero, the pixel of its
    /// top and the top's value (the reader draws a guess against it).
    pub values: Option<(f64, f64, f64)>,
}

impl Scale {
    /// The same scale in pixels `factor` times smaller (device → CSS pixels).
    pub fn shrunk(self, factor: f64) -> Scale {
        Scale {
            first: self.first / factor,
            step: self.step / factor,
            count: self.count,
            values: self
                .values
                .map(|(zero, top, value)| (zero / factor, top / factor, value)),
        }
    }

    /// The value at height `y` on a year chart's value axis (above its top or below
    /// zero too); `None` on the bar charts.
    pub fn value_at(self, y: f64) -> Option<f64> {
        let (zero, top, value) = self.values?;
        (top != zero).then(|| (y - zero) / (top - zero) * value)
    }

    /// The position of the year or row with index `i`.
    pub fn x_of(self, i: usize) -> f64 {
        self.first + self.step * i as f64
    }

    /// The index of the year or row nearest to `x`, within the chart's.
    pub fn index_at(self, x: f64) -> usize {
        let i = ((x - self.first) / self.step).round();
        if i.is_nan() || i < 0.0 {
            0
        } else {
            (i as usize).min(self.count.saturating_sub(1))
        }
    }
}

/// The size of `text` set in a sans-serif font of `size` pixels, estimated from
/// Helvetica/Arial advance widths (CJK characters: one em): the charts' own layout
/// (label boxes, margins) uses it, so a chart lays out alike on a canvas and in SVG.
pub fn text_size(text: &str, size: f64, bold: bool) -> (u32, u32) {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            '0'..='9' | '$' | '–' => 0.556,
            ' ' | '.' | ',' | ':' | ';' | '!' | '|' | 'i' | 'j' | 'l' | 'I' => 0.278,
            'f' | 't' | 'r' => 0.333,
            'm' | 'w' => 0.833,
            'M' | 'W' => 0.889,
            'a'..='z' => 0.556,
            'A'..='Z' => 0.667,
            // CJK ideographs, kana and full-width punctuation are one em wide.
            '\u{2E80}'.. => 1.0,
            _ => 0.6,
        })
        .sum();
    let width = em * size * if bold { 1.08 } else { 1.0 };
    (width.ceil() as u32, (size * 1.2).ceil() as u32)
}

/// The page's font stacks (style/main.css), so the charts' text matches the page's.
const FONTS: [&str; 2] = [
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Liberation Sans\", Arial, sans-serif",
    "system-ui, -apple-system, \"PingFang TC\", \"Microsoft JhengHei\", \"Noto Sans CJK TC\", \"Noto Sans TC\", sans-serif",
];

impl ChartStyle {
    /// The font family of every label: the page's own stack for the language.
    pub fn family(&self) -> FontFamily<'static> {
        FontFamily::Name(FONTS[usize::from(self.text.lang != "en")])
    }

    /// The room a label of `text` needs in device pixels, set at `px` CSS pixels: the
    /// estimate of [`text_size`] (Helvetica's widths) with room for the page's own
    /// fonts, which run a little wider.
    pub fn label_size(&self, text: &str, px: f64, bold: bool) -> (i32, i32) {
        let (w, h) = text_size(text, self.font(px), bold);
        ((f64::from(w) * 1.08).ceil() as i32, h as i32)
    }

    /// A length in CSS pixels, in device pixels.
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// A font size in CSS pixels, in device pixels.
    pub fn font(&self, css: f64) -> f64 {
        css * self.scale
    }
}
