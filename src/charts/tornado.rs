//! Sensitivity: the 2032 total with each assumption at the low and the high end of its
//! range, everything else fixed, largest swing first (a tornado).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{y_axis, LABEL_PX};
use super::{text_size, ChartStyle};
use crate::format::money_b;
use crate::model::SensitivityBar;

/// How many bars the chart shows at most.
pub const MAX_BARS: usize = 8;

/// Draws the bars that move the total (at most [`MAX_BARS`]) around `baseline`, the
/// 2032 total of the scenario as it is.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[SensitivityBar],
    baseline: f64,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    area.fill(&p.background)?;
    let shown: Vec<&SensitivityBar> = bars
        .iter()
        .filter(|b| b.swing > 0.0)
        .take(MAX_BARS)
        .collect();
    let high = shown
        .iter()
        .map(|b| b.total_at_low.max(b.total_at_high))
        .fold(baseline, f64::max);
    let (x_max, x_step) = y_axis(high * 1.1);
    let labels: Vec<&str> = shown.iter().map(|b| b.assumption.spec().label).collect();
    let widest = labels
        .iter()
        .map(|l| text_size(l, style.font(LABEL_PX), false).0)
        .max()
        .unwrap_or(0);
    let gap = style.px(6.0) as i32;
    let (_, label_height) = text_size("0", style.font(LABEL_PX), false);
    let n = shown.len().max(1) as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(style.px(12.0))
        // Room for the last tick label, centred on the axis end.
        .margin_right(style.px(32.0))
        .x_label_area_size(label_height + 2 * gap as u32)
        .y_label_area_size(widest + 2 * gap as u32)
        .build_cartesian_2d(0.0..x_max, -0.5..n - 0.5)?;

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
    for (row, bar) in shown.iter().enumerate() {
        let y = n - 1.0 - row as f64;
        // Low end of the range in the training colour, high end in the inference colour.
        for (value, colour) in [
            (bar.total_at_low, p.training),
            (bar.total_at_high, p.inference),
        ] {
            let (a, b) = if value < baseline {
                (value, baseline)
            } else {
                (baseline, value)
            };
            chart.draw_series(std::iter::once(Rectangle::new(
                [(a, y - 0.3), (b, y + 0.3)],
                colour.filled(),
            )))?;
        }
        chart.draw_series(std::iter::once(
            EmptyElement::at((0.0, y))
                + Text::new(
                    bar.assumption.spec().label,
                    (-gap, 0),
                    font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
                ),
        ))?;
    }
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(baseline, -0.5), (baseline, n - 0.5)],
        ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
    )))?;
    Ok(())
}
