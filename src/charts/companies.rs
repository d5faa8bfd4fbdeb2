//! Spend per company in one year, each bar split into in-house silicon and
//! Nvidia-dependent spend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{bar_chart, bar_span, edge, explored_row, ExploredBar, LABEL_PX};
use super::{ChartStyle, Scale};
use crate::format::money_round;
use crate::markup::company_text;
use crate::model::{Company, Projection};

/// Draws the companies in the year with index `year` (past the end: 2032) on `area`,
/// filling it, with the figures of company row `focus` beside its bar; says where the
/// rows are.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    year: usize,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let t = style.text;
    let p = &style.palette;
    let i = year.min(projection.years.len() - 1);
    let peak = projection
        .companies
        .iter()
        .map(|c| c.total[i])
        .fold(0.0, f64::max);
    let names = Company::ALL.map(|c| t.company(c));
    let (chart, narrow) = bar_chart(area, style, &names, peak * 1.1)?;
    let (lo, hi) = bar_span(narrow);

    let gap = style.px(6.0) as i32;
    let value_font = (style.family(), style.font(LABEL_PX))
        .into_font()
        .color(&p.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let n = names.len() as f64;
    let mut focused = None;
    for (row, series) in projection.companies.iter().enumerate() {
        let y = n - 1.0 - row as f64;
        let (own, nvidia) = (series.in_house[i], series.nvidia[i]);
        for (from, to, colour) in [(0.0, own, p.own_chips), (own, own + nvidia, p.vendor_chips)] {
            chart.rect((from, y + lo), (to, y + hi), colour.filled())?;
            chart.rect((from, y + lo), (to, y + hi), edge(colour, style))?;
        }
        let (x, y_px) = chart.at((own + nvidia, y + (lo + hi) / 2.0));
        chart.text(&money_round(t, own + nvidia), (x + gap, y_px), &value_font)?;
        if focus == Some(row) {
            focused = Some(ExploredBar {
                row,
                bar: [(0.0, y + lo), (own + nvidia, y + hi)],
                text: company_text(t, projection, row, i),
            });
        }
    }
    explored_row(&chart, names.len(), style, focused)
}
