//! The frames the charts share: plotters' chart area and mesh (a value axis from zero
//! with "nice" steps, light grid lines, the years or the money along the bottom), with
//! our own label formatting; the bar charts' row labels, the crosshair and the
//! explored bar's box, which plotters has no element for.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{text_size, ChartStyle, Scale};
use crate::format::{money_tick, whole};
use crate::i18n;
use crate::markup::{year_text, Later, ShownBand};
use crate::model::{Projection, FIRST_YEAR, LAST_YEAR, YEARS};

/// Axis label font size in CSS pixels, as the canvas draws it (plotters' SVG backend
/// writes sizes 1/1.24 smaller, which only the native tests see).
pub const LABEL_PX: f64 = 13.0;

/// Below this width (CSS pixels) the x axis labels every other year.
pub const NARROW: f64 = 420.0;

/// Room above the highest value a chart shows, as a fraction of it: enough for a
/// label over the highest point, so the axis ends just above the data instead of at
/// the next round number (which left up to half a chart empty, and jumped while a
/// slider moved).
pub const HEADROOM: f64 = 1.15;

/// The top of a value axis for data up to `v`: just above it ([`HEADROOM`]); 1 when
/// there is nothing finite and positive to show.
pub fn axis_top(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v * HEADROOM
    } else {
        1.0
    }
}

/// How many value labels fit along `length` CSS pixels: one per 48 px, three to six.
/// plotters' mesh puts them at round steps (1, 2 or 5 × 10ⁿ) within the axis.
pub fn label_count(length: f64) -> usize {
    ((length / 48.0) as usize).clamp(3, 6)
}

/// What drawing returns: plotters' error for the backend `DB`.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A plot: plotters' chart area inside the axes, in data coordinates (`Cartesian2d`),
/// on the root area where labels and the crosshair are drawn in pixels.
pub struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    chart: ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    y: Range<f64>,
    /// Where `root` starts on the backend: pixels drawn on `root` are relative to it
    /// (the downloadable picture puts the chart below its title).
    base: (i32, i32),
}

impl<'a, DB: DrawingBackend> Plot<'a, DB> {
    /// `root` less the margins (top, bottom, left, right, in backend pixels) and room
    /// for plotters' axis labels (`x_labels` pixels below the plot, `y_labels` to its
    /// left), mapping `x` × `y` onto what is left, y upwards.
    fn new(
        root: &'a DrawingArea<DB, Shift>,
        (top, bottom, left, right): (i32, i32, i32, i32),
        (x_labels, y_labels): (i32, i32),
        x: Range<f64>,
        y: Range<f64>,
    ) -> Result<Self, DrawingAreaErrorKind<DB::ErrorType>> {
        let chart = ChartBuilder::on(root)
            .margin_top(top)
            .margin_bottom(bottom)
            .margin_left(left)
            .margin_right(right)
            .x_label_area_size(x_labels)
            .y_label_area_size(y_labels)
            .build_cartesian_2d(x, y.clone())?;
        let base = root.get_base_pixel();
        Ok(Plot {
            root,
            chart,
            y,
            base,
        })
    }

    /// Where a data point lands, in pixels of the chart's own area (as the pixel
    /// drawing methods below take them).
    pub fn at(&self, point: (f64, f64)) -> (i32, i32) {
        let (x, y) = self.chart.backend_coord(&point);
        (x - self.base.0, y - self.base.1)
    }

    /// The plot's right edge, in pixels of the chart's own area.
    pub fn right(&self) -> i32 {
        self.chart.plotting_area().get_pixel_range().0.end - 1 - self.base.0
    }

    /// The value range of the y axis.
    pub fn y_range(&self) -> Range<f64> {
        self.y.clone()
    }

    /// A line through data points.
    pub fn line(&self, points: &[(f64, f64)], style: ShapeStyle) -> Drawn<DB> {
        self.chart
            .plotting_area()
            .draw(&PathElement::new(points.to_vec(), style))
    }

    /// A dashed line through data points: `dash` pixels drawn, `gap` pixels not.
    pub fn dashed(
        &self,
        points: &[(f64, f64)],
        dash: u32,
        gap: u32,
        style: ShapeStyle,
    ) -> Drawn<DB> {
        self.chart.plotting_area().draw(&DashedPathElement::new(
            points.iter().copied(),
            dash.max(1),
            gap.max(1),
            style,
        ))
    }

    /// A filled outline through data points.
    pub fn fill(&self, outline: &[(f64, f64)], style: ShapeStyle) -> Drawn<DB> {
        self.chart
            .plotting_area()
            .draw(&Polygon::new(outline.to_vec(), style))
    }

    /// A rectangle between two data points.
    pub fn rect(&self, from: (f64, f64), to: (f64, f64), style: ShapeStyle) -> Drawn<DB> {
        self.chart
            .plotting_area()
            .draw(&Rectangle::new([from, to], style))
    }

    /// A line through pixel points.
    pub fn pixel_line(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Drawn<DB> {
        self.root.draw(&PathElement::new(points, style))
    }

    /// A rectangle between two pixel corners.
    pub fn pixel_rect(&self, corners: [(i32, i32); 2], style: ShapeStyle) -> Drawn<DB> {
        self.root.draw(&Rectangle::new(corners, style))
    }

    /// A filled polygon through pixel points (a marker).
    pub fn fill_pixels(&self, outline: &[(i32, i32)], style: ShapeStyle) -> Drawn<DB> {
        self.root.draw(&Polygon::new(outline.to_vec(), style))
    }

    /// A circle around a pixel point.
    pub fn circle(&self, centre: (i32, i32), radius: i32, style: ShapeStyle) -> Drawn<DB> {
        self.root.draw(&Circle::new(centre, radius, style))
    }

    /// Text anchored at a pixel point as `font`'s position says.
    pub fn text(&self, text: &str, at: (i32, i32), font: &TextStyle) -> Drawn<DB> {
        self.root.draw(&Text::new(text, at, font.clone()))
    }
}

/// One value per year as points of a year chart: (year, value).
pub fn over_years(values: &[f64; YEARS.len()]) -> Vec<(f64, f64)> {
    YEARS
        .iter()
        .map(|&y| f64::from(y))
        .zip(values.iter().copied())
        .collect()
}

/// A plot over the years (x) and values from zero (y).
pub type YearChart<'a, DB> = Plot<'a, DB>;

/// The x range of every year chart: the years with a little air on both sides.
pub fn year_range() -> Range<f64> {
    (f64::from(FIRST_YEAR) - 0.4)..(f64::from(LAST_YEAR) + 0.4)
}

/// Builds a year chart on `area` with its axes drawn: values 0…`y_max`, labelled bare
/// by `label` at round steps (the unit is in the chart's subtitle).
pub fn year_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    style: &ChartStyle,
    y_max: f64,
    label: fn(&i18n::Text, f64) -> String,
) -> Result<YearChart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    area.fill(&p.background)?;
    let (width, height) = area.dim_in_pixel();
    let css_width = f64::from(width) / style.scale;
    let x_range = year_range();

    let label_font = (style.family(), style.font(LABEL_PX))
        .into_font()
        .color(&p.text);
    // Room for the widest y label (the top one) plus a gap.
    let (widest, label_height) = text_size(&label(style.text, y_max), style.font(LABEL_PX), false);
    let gap = style.px(6.0) as i32;
    let mut chart = Plot::new(
        area,
        (
            style.px(12.0) as i32,
            style.px(4.0) as i32,
            0,
            style.px(12.0) as i32,
        ),
        (
            (label_height + 2 * gap as u32) as i32,
            (widest + 2 * gap as u32) as i32,
        ),
        x_range,
        0.0..y_max,
    )?;

    // plotters' mesh: a grid line and a label at each value step, the years below
    // (every other one on phones); then the baseline, in the axis colour (plotters
    // styles both axes alike, and the chart has no vertical axis line).
    let t = style.text;
    let y_label = |v: &f64| label(t, *v);
    let x_label = |v: &f64| whole(*v);
    let years = (LAST_YEAR - FIRST_YEAR) as usize + 1;
    chart
        .chart
        .configure_mesh()
        .disable_x_mesh()
        .y_labels(label_count(f64::from(height) / style.scale))
        .x_labels(if css_width < NARROW {
            years.div_ceil(2)
        } else {
            years
        })
        .y_label_formatter(&y_label)
        .x_label_formatter(&x_label)
        .bold_line_style(ShapeStyle::from(p.grid).stroke_width(style.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(TRANSPARENT)
        // Invisible tick marks: they set the labels' distance from the plot.
        .set_tick_mark_size(LabelAreaPosition::Left, gap / 2)
        .set_tick_mark_size(LabelAreaPosition::Bottom, gap)
        .label_style(label_font)
        .draw()?;
    let x = year_range();
    let axis = ShapeStyle::from(p.axis).stroke_width(style.px(1.0));
    chart.line(&[(x.start, 0.0), (x.end, 0.0)], axis)?;
    Ok(chart)
}

/// A plot of horizontal bars: money along x, one row per label along y.
pub type BarChart<'a, DB> = Plot<'a, DB>;

/// How far a bar reaches above and below its row's centre, in rows: wide charts label
/// rows on the left; narrow ones (phones) write each label above its bar, so the bars
/// get the whole width and the lower half of their row.
pub fn bar_span(narrow: bool) -> (f64, f64) {
    if narrow {
        (-0.4, 0.0)
    } else {
        (-0.3, 0.3)
    }
}

/// Builds a horizontal bar chart on `area` for values up to `peak` (and room for a
/// label beyond it, [`HEADROOM`]), with one row per
/// entry of `rows` (top to bottom, labelled) and the money axis drawn. Row `k` is
/// centred on y = `rows.len() − 1 − k`; its bar spans [`bar_span`] of the second value
/// returned (whether the chart is narrow).
pub fn bar_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    style: &ChartStyle,
    rows: &[&str],
    peak: f64,
) -> Result<(BarChart<'a, DB>, bool), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    area.fill(&p.background)?;
    let css_width = f64::from(area.dim_in_pixel().0) / style.scale;
    let narrow = css_width < NARROW;
    let x_max = axis_top(peak);
    let widest = if narrow {
        0
    } else {
        rows.iter()
            .map(|r| text_size(r, style.font(LABEL_PX), false).0 + 2 * style.px(6.0))
            .max()
            .unwrap_or(0)
    };
    let gap = style.px(6.0) as i32;
    let (_, label_height) = text_size("0", style.font(LABEL_PX), false);
    let n = rows.len().max(1) as f64;
    let margin = style.px(12.0) as i32;
    let mut chart = Plot::new(
        area,
        (
            margin,
            margin,
            margin + widest as i32,
            // Room for the last tick label, centred on the axis end.
            style.px(32.0) as i32,
        ),
        ((label_height + 2 * gap as u32) as i32, 0),
        0.0..x_max,
        -0.5..n - 0.5,
    )?;

    let font = (style.family(), style.font(LABEL_PX))
        .into_font()
        .color(&p.text);
    // plotters' mesh for the money axis: a grid line and a label at each step. The
    // rows are labelled below, on the left or above each bar on phones, which plotters'
    // axis labels cannot do.
    let t = style.text;
    let money = |v: &f64| money_tick(t, *v);
    chart
        .chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(label_count(css_width / 1.5))
        .x_label_formatter(&money)
        .bold_line_style(ShapeStyle::from(p.grid).stroke_width(style.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(TRANSPARENT)
        .set_tick_mark_size(LabelAreaPosition::Bottom, gap)
        .label_style(font.clone())
        .draw()?;
    let (row_label, dx, dy) = if narrow {
        (font.pos(Pos::new(HPos::Left, VPos::Bottom)), 0, -gap / 2)
    } else {
        (font.pos(Pos::new(HPos::Right, VPos::Center)), -gap, 0)
    };
    for (k, label) in rows.iter().enumerate() {
        let (x, y) = chart.at((0.0, n - 1.0 - k as f64));
        chart.text(label, (x + dx, y + dy), &row_label)?;
    }
    Ok((chart, narrow))
}

/// A bar's outline, in a darker shade of its fill: the light fills alone are below 3:1
/// against the background.
pub fn edge(fill: RGBColor, style: &ChartStyle) -> ShapeStyle {
    ShapeStyle::from(super::darker(fill)).stroke_width(style.px(1.0))
}

/// The bar a reader is exploring: its row, its data corners, and its figures (one per
/// line, the first in bold).
pub struct ExploredBar {
    /// Row index, top first.
    pub row: usize,
    /// Two opposite corners of the bar, in data coordinates.
    pub bar: [(f64, f64); 2],
    /// What the box beside it says.
    pub text: String,
}

/// Where the rows of a bar chart of `count` rows are, and, for the bar explored, an
/// outline around it and a box with its figures. Every bar chart explores alike.
pub fn explored_row<DB: DrawingBackend>(
    chart: &BarChart<DB>,
    count: usize,
    style: &ChartStyle,
    focus: Option<ExploredBar>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let n = count as f64;
    let y_of = |k: usize| f64::from(chart.at((0.0, n - 1.0 - k as f64)).1);
    if let Some(ExploredBar { row, bar, text }) = focus {
        let ink = ShapeStyle::from(style.palette.ink).stroke_width(style.px(2.0));
        chart.rect(bar[0], bar[1], ink)?;
        // Right-aligned in the plot, below the row in the upper half (and below a lone
        // row), above it in the lower half, so the explored bar stays in sight.
        let (w, h) = tip_size(&text, style);
        let right = chart.right();
        let half_row = (y_of(0) - y_of(1)).abs() as i32 / 2;
        let y = y_of(row) as i32;
        let top = if 2 * row < count {
            y + half_row
        } else {
            y - half_row - h
        };
        tip(chart, &text, style, (right - w, top))?;
    }
    Ok(Scale {
        first: y_of(0),
        step: y_of(1) - y_of(0),
        count,
        values: None,
    })
}

/// The crosshair box's font size in CSS pixels.
const TIP_PX: f64 = 12.0;

/// Finishes a year chart: draws the crosshair and figures of year index `focus` (the
/// year under the reader's finger or keyboard), if any, with the P10–P90 range of
/// `band` when one is drawn, and says where the years are, so pointer and keyboard can
/// find them again. Every year chart explores alike.
pub fn explored<DB: DrawingBackend>(
    chart: &YearChart<DB>,
    projection: &Projection,
    band: Option<ShownBand>,
    later: Later,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    if let Some(i) = focus.filter(|&i| i < YEARS.len()) {
        let text = year_text(style.text, projection, band, later, i);
        crosshair(chart, &text, style, i)?;
    }
    let (first, zero) = chart.at((f64::from(FIRST_YEAR), 0.0));
    let last = chart.at((f64::from(LAST_YEAR), 0.0)).0;
    let top = chart.y_range().end;
    let top_px = chart.at((f64::from(FIRST_YEAR), top)).1;
    Ok(Scale {
        first: f64::from(first),
        step: f64::from(last - first) / f64::from(LAST_YEAR - FIRST_YEAR),
        count: YEARS.len(),
        values: Some((f64::from(zero), f64::from(top_px), top)),
    })
}

/// A vertical line at year index `i` and a box with `text` (the year's figures, one
/// per line, the first in bold) on the side of the line with more room.
fn crosshair<DB: DrawingBackend>(
    chart: &YearChart<DB>,
    text: &str,
    style: &ChartStyle,
    i: usize,
) -> Drawn<DB> {
    let p = &style.palette;
    let year = f64::from(YEARS[i]);
    chart.line(
        &[(year, 0.0), (year, chart.y_range().end)],
        ShapeStyle::from(p.ink).stroke_width(style.px(1.0)),
    )?;
    let (box_w, _) = tip_size(text, style);
    let pad = style.px(6.0) as i32;
    let (x, top) = chart.at((year, chart.y_range().end));
    let left = if i < YEARS.len() / 2 {
        x + pad
    } else {
        x - pad - box_w
    };
    tip(chart, text, style, (left, top + pad))
}

/// The size in pixels of the box [`tip`] draws for `text`.
fn tip_size(text: &str, style: &ChartStyle) -> (i32, i32) {
    let size = style.font(TIP_PX);
    let width = text
        .lines()
        .map(|l| text_size(l, size, true).0)
        .max()
        .unwrap_or(0) as i32;
    let pad = style.px(6.0) as i32;
    let line_h = (size * 1.3).round() as i32;
    (
        width + 2 * pad,
        line_h * text.lines().count() as i32 + 2 * pad,
    )
}

/// A box with `text` (one figure per line, the first in bold), its top left corner at
/// `corner` (pixels).
fn tip<DB: DrawingBackend>(
    chart: &Plot<DB>,
    text: &str,
    style: &ChartStyle,
    (left, top): (i32, i32),
) -> Drawn<DB> {
    let p = &style.palette;
    let size = style.font(TIP_PX);
    let line_h = (size * 1.3).round() as i32;
    let pad = style.px(6.0) as i32;
    let (w, h) = tip_size(text, style);
    let corners = [(left, top), (left + w, top + h)];
    // Opaque: the lines behind it never show through the figures.
    chart.pixel_rect(corners, p.background.filled())?;
    chart.pixel_rect(corners, ShapeStyle::from(p.ink).stroke_width(style.px(1.0)))?;
    for (k, line) in text.lines().enumerate() {
        let weight = if k == 0 {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let font = (style.family(), size)
            .into_font()
            .style(weight)
            .color(&p.ink);
        chart.text(line, (left + pad, top + pad / 2 + line_h * k as i32), &font)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{axis_top, label_count};

    #[test]
    fn axes_end_just_above_the_data() {
        assert_eq!(axis_top(600.0), 690.0);
        assert_eq!(axis_top(f64::NAN), 1.0);
        assert_eq!(axis_top(-3.0), 1.0);
    }

    #[test]
    fn fewer_value_labels_on_short_axes() {
        assert_eq!(label_count(120.0), 3);
        assert_eq!(label_count(200.0), 4);
        assert_eq!(label_count(400.0), 6);
    }
}
