//! Charts, generic over the plotters backend: the browser draws them on a canvas
//! (`canvas.rs`, the only file that touches one), native tests render them to SVG.
//! The page shows `investment` today; `shares`, `companies` and `tornado` are drawn and
//! tested natively, ready for the page once its size budget allows more components.

pub mod axes;
#[cfg(target_arch = "wasm32")]
pub mod canvas;
pub mod companies;
pub mod investment;
pub mod poster;
pub mod shares;
pub mod tornado;

use plotters::style::RGBColor;

/// Colours of one theme. Series colours are from the Okabe–Ito palette, which stays
/// distinguishable with the common forms of colour blindness.
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
    };
}

/// A darker shade of `c` for edges and outlines: a band whose fill is under 3:1
/// against the background gets its boundary from this.
pub fn darker(c: RGBColor) -> RGBColor {
    let d = |v: u8| (f64::from(v) * 0.6) as u8;
    RGBColor(d(c.0), d(c.1), d(c.2))
}

/// How a chart is drawn: colours, and a scale factor applied to every font size and
/// stroke so that a high-DPI canvas (backing store = CSS size × devicePixelRatio)
/// keeps the same proportions as a 1× one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartStyle {
    /// Colours.
    pub palette: Palette,
    /// Device pixels per CSS pixel.
    pub scale: f64,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            palette: Palette::LIGHT,
            scale: 1.0,
        }
    }
}

/// Where the years sit along a drawn year chart: the x of the first year and the
/// distance from one year to the next, in the pixels it was drawn in. Pointer and
/// keyboard exploration of the chart read it back to find the year under a finger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearScale {
    /// x of `FIRST_YEAR`.
    pub first: f64,
    /// Pixels per year.
    pub step: f64,
}

impl YearScale {
    /// The same scale in pixels `factor` times smaller (device → CSS pixels).
    pub fn shrunk(self, factor: f64) -> YearScale {
        YearScale {
            first: self.first / factor,
            step: self.step / factor,
        }
    }

    /// The x of the year with index `i`.
    pub fn x_of(self, i: usize) -> f64 {
        self.first + self.step * i as f64
    }

    /// The index of the year nearest to `x`, within the chart's years.
    pub fn index_at(self, x: f64) -> usize {
        let i = ((x - self.first) / self.step).round();
        if i.is_nan() || i < 0.0 {
            0
        } else {
            (i as usize).min(crate::model::N_YEARS - 1)
        }
    }
}

/// The size of `text` set in a sans-serif font of `size` pixels, estimated from
/// Helvetica/Arial advance widths (CJK characters: one em). Charts measure text with this rather than with
/// plotters' browser measurement, which inserts a styled `<span>` into the page for
/// every call (blocked by a strict CSP, and a forced layout each time).
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

impl ChartStyle {
    /// A length in CSS pixels, in device pixels.
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// A font size in CSS pixels, in device pixels.
    pub fn font(&self, css: f64) -> f64 {
        css * self.scale
    }
}
