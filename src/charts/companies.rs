//! Spend per company in one year, each bar split into in-house silicon and
//! Nvidia-dependent spend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{bar_chart, LABEL_PX};
use super::ChartStyle;
use crate::format::money_b;
use crate::model::{Company, Projection};

/// Draws the companies in `year` on `area`, filling it. A year outside the projection
/// draws 2032.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    year: i32,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    let i = Projection::index_of(year).unwrap_or(projection.years.len() - 1);
    let peak = projection
        .companies
        .iter()
        .map(|c| c.total[i])
        .fold(0.0, f64::max);
    let names = Company::ALL.map(Company::name);
    let chart = bar_chart(area, style, &names, peak * 1.25)?;

    let gap = style.px(6.0) as i32;
    let value_font = (FontFamily::SansSerif, style.font(LABEL_PX))
        .into_font()
        .color(&p.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let n = names.len() as f64;
    for (row, series) in projection.companies.iter().enumerate() {
        let y = n - 1.0 - row as f64;
        let (own, nvidia) = (series.in_house[i], series.nvidia[i]);
        chart.rect((0.0, y - 0.3), (own, y + 0.3), p.training.filled())?;
        chart.rect(
            (own, y - 0.3),
            (own + nvidia, y + 0.3),
            p.inference.filled(),
        )?;
        let (x, y) = chart.at((own + nvidia, y));
        chart.text(&money_b(own + nvidia), (x + gap, y), &value_font)?;
    }
    Ok(())
}
