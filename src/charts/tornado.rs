//! Sensitivity: the 2032 total with each assumption at the low and the high end of its
//! range, everything else fixed, largest swing first (a tornado).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{bar_chart, bar_span, edge, explored_row, ExploredBar};
use super::{ChartStyle, Scale};
use crate::markup::sensitivity_text;
use crate::model::SensitivityBar;

/// How many bars the chart shows at most.
pub const MAX_BARS: usize = 8;

/// The bars the chart shows: those that move the total, at most [`MAX_BARS`].
pub fn shown(bars: &[SensitivityBar]) -> impl Iterator<Item = &SensitivityBar> {
    bars.iter().filter(|b| b.swing > 0.0).take(MAX_BARS)
}

/// Draws the bars that move the total around `baseline`, the 2032 total of the
/// scenario as it is, with the figures of bar `focus` beside it; says where the rows
/// are.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[SensitivityBar],
    baseline: f64,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let t = style.text;
    let p = &style.palette;
    let shown: Vec<&SensitivityBar> = shown(bars).collect();
    let high = shown
        .iter()
        .map(|b| b.total_at_low.max(b.total_at_high))
        .fold(baseline, f64::max);
    let labels: Vec<&str> = shown.iter().map(|b| t.label(b.assumption)).collect();
    let (chart, narrow) = bar_chart(area, style, &labels, high)?;
    let (lo, hi) = bar_span(narrow);

    let n = labels.len().max(1) as f64;
    let mut focused = None;
    for (row, bar) in shown.iter().enumerate() {
        let y = n - 1.0 - row as f64;
        // Low end of the range in sky blue, high end in vermillion (colours no other chart uses).
        for (value, colour) in [(bar.total_at_low, p.lower), (bar.total_at_high, p.higher)] {
            let (a, b) = if value < baseline {
                (value, baseline)
            } else {
                (baseline, value)
            };
            chart.rect((a, y + lo), (b, y + hi), colour.filled())?;
            chart.rect((a, y + lo), (b, y + hi), edge(colour, style))?;
        }
        if focus == Some(row) {
            let (a, b) = (bar.total_at_low, bar.total_at_high);
            focused = Some(ExploredBar {
                row,
                bar: [
                    (a.min(b).min(baseline), y + lo),
                    (a.max(b).max(baseline), y + hi),
                ],
                text: sensitivity_text(t, bar),
            });
        }
    }
    // The total as set: one line through the bars; on a phone one piece per bar, so
    // that it never crosses the labels written above them.
    let ink = ShapeStyle::from(p.ink).stroke_width(style.px(2.0));
    if narrow {
        for row in 0..labels.len() {
            let y = n - 1.0 - row as f64;
            chart.line(&[(baseline, y + lo - 0.05), (baseline, y + hi + 0.05)], ink)?;
        }
    } else {
        chart.line(&[(baseline, -0.5), (baseline, n - 0.5)], ink)?;
    }
    explored_row(&chart, labels.len(), style, focused)
}
