//! The frame every year chart shares: a value axis from zero with "nice" steps, light
//! grid lines and the years along the bottom. Drawn with plotters' primitives rather
//! than its mesh: our own label formatting, and ~6 KB less wasm.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{text_size, ChartStyle};
use crate::format::money_b;
use crate::model::{FIRST_YEAR, LAST_YEAR};

/// Axis label font size in CSS pixels, as the canvas draws it (plotters' SVG backend
/// writes sizes 1/1.24 smaller, which only the native tests see).
pub const LABEL_PX: f64 = 13.0;

/// Below this width (CSS pixels) the x axis labels every other year.
pub const NARROW: f64 = 420.0;

/// A plot: the part of a drawing area inside the axes, mapped to data coordinates.
/// The few things the charts use of plotters' `ChartContext`, without its layout code
/// (`ChartBuilder` splits the area into nine and sorts the breaks: ≈ 1 KB of wasm).
pub struct Plot<DB: DrawingBackend> {
    area: DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    y: Range<f64>,
}

impl<DB: DrawingBackend> Plot<DB> {
    /// `root` less the margins (top, bottom, left, right, in backend pixels), mapping
    /// `x` × `y` onto what is left, y upwards, as `ChartBuilder` does.
    fn new(
        root: &DrawingArea<DB, Shift>,
        (top, bottom, left, right): (i32, i32, i32, i32),
        x: Range<f64>,
        y: Range<f64>,
    ) -> Self {
        let inner = root.margin(top, bottom, left, right);
        let (px, py) = inner.get_pixel_range();
        let pixels = (px.start..px.end - 1, py.end - 1..py.start);
        Plot {
            area: inner.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
                x,
                y.clone(),
                pixels,
            )),
            y,
        }
    }

    /// Draws each element of `series`, in data coordinates.
    pub fn draw_series<E, S>(&self, series: S) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>
    where
        for<'b> &'b E: PointCollection<'b, (f64, f64)>,
        E: Drawable<DB>,
        S: IntoIterator<Item = E>,
    {
        for element in series {
            self.area.draw(&element)?;
        }
        Ok(())
    }

    /// Where a data point lands, in backend pixels.
    pub fn backend_coord(&self, point: &(f64, f64)) -> (i32, i32) {
        self.area.map_coordinate(point)
    }

    /// The value range of the y axis.
    pub fn y_range(&self) -> Range<f64> {
        self.y.clone()
    }
}

/// A plot over the years (x) and values from zero (y).
pub type YearChart<DB> = Plot<DB>;

/// The x range of every year chart: the years with a little air on both sides.
pub fn year_range() -> Range<f64> {
    (f64::from(FIRST_YEAR) - 0.4)..(f64::from(LAST_YEAR) + 0.4)
}

/// Builds a year chart on `area` with its axes drawn: values 0…`y_max` in `y_step`
/// steps, labelled by `label`.
pub fn year_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    y_max: f64,
    y_step: f64,
    label: fn(f64) -> String,
) -> Result<YearChart<DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    area.fill(&p.background)?;
    let (width, _) = area.dim_in_pixel();
    let css_width = f64::from(width) / style.scale;
    let x_range = year_range();

    let label_font = ("sans-serif", style.font(LABEL_PX))
        .into_font()
        .color(&p.text);
    // Room for the widest y label (the top one) plus a gap.
    let (widest, label_height) = text_size(&label(y_max), style.font(LABEL_PX), false);
    let gap = style.px(6.0) as i32;
    let chart = Plot::new(
        area,
        (
            style.px(12.0) as i32,
            style.px(4.0) as i32 + (label_height + 2 * gap as u32) as i32,
            (widest + 2 * gap as u32) as i32,
            style.px(12.0) as i32,
        ),
        x_range.clone(),
        0.0..y_max,
    );

    let grid = ShapeStyle::from(p.grid).stroke_width(style.px(1.0));
    let axis = ShapeStyle::from(p.axis).stroke_width(style.px(1.0));
    let y_label = label_font.pos(Pos::new(HPos::Right, VPos::Center));
    let ticks = (y_max / y_step).round() as u32;
    for k in 0..=ticks {
        let v = f64::from(k) * y_step;
        let line = if k == 0 { axis } else { grid };
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x_range.start, v), (x_range.end, v)],
            line,
        )))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((x_range.start, v)) + Text::new(label(v), (-gap, 0), y_label.clone()),
        ))?;
    }
    let year_step = if css_width < NARROW { 2 } else { 1 };
    let x_label = label_font.pos(Pos::new(HPos::Center, VPos::Top));
    for year in (FIRST_YEAR..=LAST_YEAR).step_by(year_step) {
        chart.draw_series(std::iter::once(
            EmptyElement::at((f64::from(year), 0.0))
                + PathElement::new(vec![(0, 0), (0, gap)], axis)
                + Text::new(year.to_string(), (0, gap + gap / 2), x_label.clone()),
        ))?;
    }
    Ok(chart)
}

/// A plot of horizontal bars: money along x, one row per label along y.
pub type BarChart<DB> = Plot<DB>;

/// Builds a horizontal bar chart on `area` for values up to `peak`, with one row per
/// entry of `rows` (top to bottom, labelled on the left) and the money axis drawn.
/// Row `k` is centred on y = `rows.len() − 1 − k`.
pub fn bar_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    rows: &[&str],
    peak: f64,
) -> Result<BarChart<DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    area.fill(&p.background)?;
    let (x_max, x_step) = y_axis(peak);
    let widest = rows
        .iter()
        .map(|r| text_size(r, style.font(LABEL_PX), false).0)
        .max()
        .unwrap_or(0);
    let gap = style.px(6.0) as i32;
    let (_, label_height) = text_size("0", style.font(LABEL_PX), false);
    let n = rows.len().max(1) as f64;
    let margin = style.px(12.0) as i32;
    let chart = Plot::new(
        area,
        (
            margin,
            margin + (label_height + 2 * gap as u32) as i32,
            margin + (widest + 2 * gap as u32) as i32,
            // Room for the last tick label, centred on the axis end.
            style.px(32.0) as i32,
        ),
        0.0..x_max,
        -0.5..n - 0.5,
    );

    let font = ("sans-serif", style.font(LABEL_PX))
        .into_font()
        .color(&p.text);
    let grid = ShapeStyle::from(p.grid).stroke_width(style.px(1.0));
    let ticks = (x_max / x_step).round() as u32;
    for k in 0..=ticks {
        let v = f64::from(k) * x_step;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(v, -0.5), (v, n - 0.5)],
            grid,
        )))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((v, -0.5))
                + Text::new(
                    money_b(v),
                    (0, gap),
                    font.clone().pos(Pos::new(HPos::Center, VPos::Top)),
                ),
        ))?;
    }
    let row_label = font.pos(Pos::new(HPos::Right, VPos::Center));
    for (k, label) in rows.iter().enumerate() {
        chart.draw_series(std::iter::once(
            EmptyElement::at((0.0, n - 1.0 - k as f64))
                + Text::new(label.to_string(), (-gap, 0), row_label.clone()),
        ))?;
    }
    Ok(chart)
}

/// A "nice" axis for data up to `v`: (maximum, step), with the step 1, 2, 2.5 or 5
/// × 10ⁿ and at most five steps.
pub fn y_axis(v: f64) -> (f64, f64) {
    let v = if v.is_finite() && v > 0.0 { v } else { 1.0 };
    let rough = v / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&c| c >= rough)
        .unwrap_or(10.0 * magnitude);
    ((v / step).ceil() * step, step)
}

#[cfg(test)]
mod tests {
    use super::y_axis;

    #[test]
    fn nice_y_axes() {
        assert_eq!(y_axis(603.75), (800.0, 200.0));
        assert_eq!(y_axis(590.0), (600.0, 200.0));
        assert_eq!(y_axis(1066.0), (1250.0, 250.0));
        assert_eq!(y_axis(5.0), (5.0, 1.0));
        assert_eq!(y_axis(f64::NAN), (1.0, 0.2));
    }
}
