//! The main chart: AI investment 2024–2032, stacked by workload, with the report's
//! two published totals marked and labelled.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ChartStyle;
use crate::format::money_b;
use crate::model::{
    Projection, BASE_YEAR, FIRST_YEAR, LAST_YEAR, REPORT_TOTAL_2025, REPORT_TOTAL_2032, YEARS,
};

/// Labels of the report's marked figures, as drawn on the chart.
pub const REPORT_LABELS: [&str; 2] = ["Report: $371B", "Report: $525B"];

/// Font sizes as plotters takes them; plotters draws text at 1/1.24 of this size, so
/// these come out at about 12 and 13 CSS pixels.
const LABEL_PX: f64 = 15.0;
const MARK_PX: f64 = 16.0;

/// Below this width (CSS pixels) the x axis labels every other year.
const NARROW: f64 = 420.0;

/// Draws the chart on `area`, filling it.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    area.fill(&p.background)?;
    let (width, _) = area.dim_in_pixel();
    let css_width = f64::from(width) / style.scale;

    let peak = projection
        .total
        .iter()
        .copied()
        .fold(REPORT_TOTAL_2032, f64::max);
    let (y_max, y_step) = y_axis(peak * 1.15);
    let x_range = (f64::from(FIRST_YEAR) - 0.4)..(f64::from(LAST_YEAR) + 0.4);

    let label_font = ("sans-serif", style.font(LABEL_PX))
        .into_font()
        .color(&p.text);
    // Room for the widest y label (the top one) plus a gap.
    let (widest, label_height) = area.estimate_text_size(&money_b(y_max), &label_font)?;
    let gap = style.px(6.0) as i32;
    let mut chart = ChartBuilder::on(area)
        .margin_top(style.px(12.0))
        .margin_right(style.px(12.0))
        .margin_bottom(style.px(4.0))
        .x_label_area_size(label_height + 2 * gap as u32)
        .y_label_area_size(widest + 2 * gap as u32)
        .build_cartesian_2d(x_range.clone(), 0.0..y_max)?;

    // Axes drawn by hand rather than with plotters' mesh: the labels use our own
    // formatting, and the wasm stays ~6 KB gzip smaller without the mesh machinery.
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
            EmptyElement::at((x_range.start, v))
                + Text::new(money_b(v), (-gap, 0), y_label.clone()),
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

    // Stacked bands, bottom to top: training, inference, other.
    let xs: Vec<f64> = YEARS.iter().map(|&y| f64::from(y)).collect();
    let mut lower = [0.0; YEARS.len()];
    let layers = [
        (&projection.training, p.training),
        (&projection.inference, p.inference),
        (&projection.other, p.other),
    ];
    for (values, colour) in layers {
        let mut upper = lower;
        for (u, v) in upper.iter_mut().zip(values.iter()) {
            *u += v;
        }
        let outline: Vec<(f64, f64)> = xs
            .iter()
            .zip(upper.iter())
            .map(|(&x, &y)| (x, y))
            .chain(
                xs.iter()
                    .rev()
                    .zip(lower.iter().rev())
                    .map(|(&x, &y)| (x, y)),
            )
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(outline, colour.filled())))?;
        lower = upper;
    }

    // The projected total as a line on top of the stack.
    let total: Vec<(f64, f64)> = xs
        .iter()
        .copied()
        .zip(projection.total.iter().copied())
        .collect();
    chart.draw_series(std::iter::once(PathElement::new(
        total,
        ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
    )))?;

    // The report's two published totals, marked and labelled.
    let marks = [
        (
            BASE_YEAR,
            REPORT_TOTAL_2025,
            REPORT_LABELS[0],
            HPos::Left,
            -1,
        ),
        (
            LAST_YEAR,
            REPORT_TOTAL_2032,
            REPORT_LABELS[1],
            HPos::Right,
            1,
        ),
    ];
    let radius = style.px(5.0) as i32;
    let gap = style.px(8.0) as i32;
    for (year, value, label, h_pos, side) in marks {
        let text = ("sans-serif", style.font(MARK_PX))
            .into_font()
            .style(FontStyle::Bold)
            .color(&p.ink)
            .pos(Pos::new(h_pos, VPos::Bottom));
        // The estimate ignores bold; widen it so the halo covers the whole label.
        let (w, h) = area.estimate_text_size(label, &text)?;
        let (w, h) = ((f64::from(w) * 1.12) as i32, h as i32);
        let dx = side * radius;
        // A translucent halo keeps the label legible where the total line runs behind it.
        let pad = style.px(3.0) as i32;
        let (left, right) = if side < 0 {
            (dx - pad, dx + w + pad)
        } else {
            (dx - w - pad, dx + pad)
        };
        let halo = Rectangle::new(
            [(left, -gap - h - pad), (right, -gap + pad)],
            p.background.mix(0.85).filled(),
        );
        chart.draw_series(std::iter::once(
            EmptyElement::at((f64::from(year), value))
                + halo
                + Circle::new((0, 0), radius, p.background.filled())
                + Circle::new(
                    (0, 0),
                    radius,
                    ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
                )
                + Text::new(label.to_owned(), (dx, -gap), text),
        ))?;
    }
    Ok(())
}

/// A "nice" y axis for data up to `v`: (maximum, step), with the step 1, 2, 2.5 or 5
/// × 10ⁿ and at most five steps.
fn y_axis(v: f64) -> (f64, f64) {
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
