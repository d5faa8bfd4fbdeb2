//! Spend per company in one year, each bar split into in-house silicon and
//! Nvidia-dependent spend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{y_axis, LABEL_PX};
use super::{text_size, ChartStyle};
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
    area.fill(&p.background)?;
    let i = Projection::index_of(year).unwrap_or(projection.years.len() - 1);
    let peak = projection
        .companies
        .iter()
        .map(|c| c.total[i])
        .fold(0.0, f64::max);
    let (x_max, x_step) = y_axis(peak * 1.25);

    let names: Vec<&str> = Company::ALL.iter().map(|c| c.name()).collect();
    let widest = names
        .iter()
        .map(|n| text_size(n, style.font(LABEL_PX), false).0)
        .max()
        .unwrap_or(0);
    let gap = style.px(6.0) as i32;
    let (_, label_height) = text_size("0", style.font(LABEL_PX), false);
    let n = Company::ALL.len() as f64;
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

    for (row, series) in projection.companies.iter().enumerate() {
        // Top to bottom in Company::ALL order.
        let y = n - 1.0 - row as f64;
        let (own, nvidia) = (series.in_house[i], series.nvidia[i]);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, y - 0.3), (own, y + 0.3)],
            p.training.filled(),
        )))?;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(own, y - 0.3), (own + nvidia, y + 0.3)],
            p.inference.filled(),
        )))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((0.0, y))
                + Text::new(
                    series.company.name(),
                    (-gap, 0),
                    font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
                ),
        ))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((own + nvidia, y))
                + Text::new(
                    money_b(own + nvidia),
                    (gap, 0),
                    font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
                ),
        ))?;
    }
    Ok(())
}
