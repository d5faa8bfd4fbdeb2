//! Sensitivity: the 2032 total with each assumption at the low and the high end of its
//! range, everything else fixed, largest swing first (a tornado).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::bar_chart;
use super::ChartStyle;
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
    let shown: Vec<&SensitivityBar> = bars
        .iter()
        .filter(|b| b.swing > 0.0)
        .take(MAX_BARS)
        .collect();
    let high = shown
        .iter()
        .map(|b| b.total_at_low.max(b.total_at_high))
        .fold(baseline, f64::max);
    let labels: Vec<&str> = shown.iter().map(|b| b.assumption.spec().label).collect();
    let chart = bar_chart(area, style, &labels, high * 1.1)?;

    let n = labels.len().max(1) as f64;
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
            chart.rect((a, y - 0.3), (b, y + 0.3), colour.filled())?;
        }
    }
    chart.line(
        &[(baseline, -0.5), (baseline, n - 0.5)],
        ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
    )?;
    Ok(())
}
