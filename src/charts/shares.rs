//! Workload shares over time: training, inference and other, with the year inference
//! overtakes training marked. Lines differ by pattern and are labelled directly, so
//! nothing depends on colour alone.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{axis_top, explored, over_years, year_chart, year_range, LABEL_PX, NARROW};
use super::labels::end_labels;
use super::{text_size, ChartStyle, Scale};
use crate::format::{percent, whole};
use crate::i18n::{self, fill};
use crate::markup::{BandUnit, Later};
use crate::model::{Band, Projection, LAST_YEAR, YEARS};

/// A tick of the shares' axis: the percentage bare (the subtitle names the unit).
fn percent_tick(_: &i18n::Text, v: f64) -> String {
    whole(v)
}

/// The top of the value axis, in percent: just above the highest share drawn (the
/// range included), at most 100.
pub fn value_top(projection: &Projection, band: Option<&Band>) -> f64 {
    let peak = [
        &projection.training_share,
        &projection.inference_share,
        &projection.other_share,
    ]
    .into_iter()
    .chain(band.map(|b| &b.p90))
    .flatten()
    .fold(0.0, |m: f64, &v| m.max(v));
    axis_top(peak * 100.0).min(100.0)
}

/// Draws the chart on `area`, filling it, with the figures of year index `focus`
/// beside a crosshair; says where it put the years. `band`, when given, is the P10–P90
/// range of the inference share, shaded around its line.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    band: Option<&Band>,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let t = style.text;
    let p = &style.palette;
    let y_max = style.y_top.unwrap_or_else(|| value_top(projection, band));
    let axes_x = year_range();
    let chart = year_chart(area, style, y_max, percent_tick)?;
    // Shares as percentages along the years.
    let line = |values: &[f64; YEARS.len()]| over_years(&values.map(|v| v * 100.0));
    let width = style.px(2.5);
    let marker = style.px(3.5) as i32;

    if let Some(band) = band {
        let outline: Vec<(f64, f64)> = line(&band.p90)
            .into_iter()
            .chain(line(&band.p10).into_iter().rev())
            .collect();
        chart.fill(&outline, p.inference_line.mix(0.2).filled())?;
    }

    // Training: solid; inference: solid with circles; other: dashed.
    chart.line(
        &line(&projection.training_share),
        ShapeStyle::from(p.training).stroke_width(width),
    )?;
    chart.line(
        &line(&projection.inference_share),
        ShapeStyle::from(p.inference_line).stroke_width(width),
    )?;
    for pt in line(&projection.inference_share) {
        chart.circle(chart.at(pt), marker, p.inference_line.filled())?;
    }
    chart.dashed(
        &line(&projection.other_share),
        style.px(6.0),
        style.px(4.0),
        ShapeStyle::from(p.axis).stroke_width(style.px(2.0)),
    )?;

    // Direct labels at the 2032 end, each above or below its own line, clear of the
    // other lines, of each other and of the crossover's line.
    let last = YEARS.len() - 1;
    let label_font = (style.family(), style.font(LABEL_PX)).into_font();
    let summary = projection.summary();
    let shares = [
        &projection.training_share,
        &projection.inference_share,
        &projection.other_share,
    ];
    let mut lines: Vec<Vec<(i32, i32)>> = shares
        .iter()
        .map(|v| line(v).into_iter().map(|pt| chart.at(pt)).collect())
        .collect();
    if let Some(year) = summary.crossover_year {
        let x = f64::from(year);
        lines.push(vec![chart.at((x, y_max)), chart.at((x, 0.0))]);
    }
    let names: Vec<String> = (0..3)
        .map(|k| format!("{} {}", t.series[k], percent(shares[k][last])))
        .collect();
    let sizes: Vec<(i32, i32)> = names
        .iter()
        .map(|n| style.label_size(n, LABEL_PX, false))
        .collect();
    let (left, top) = chart.at((axes_x.start, y_max));
    let (right, bottom) = chart.at((axes_x.end, 0.0));
    let boxes = end_labels(
        &lines,
        &sizes,
        style.px(4.0) as i32,
        (left, top, right, bottom),
    );
    let text = label_font
        .clone()
        .color(&p.text)
        .pos(Pos::new(HPos::Right, VPos::Top));
    for (name, rect) in names.iter().zip(&boxes) {
        chart.text(name, (rect.2, rect.1), &text)?;
    }

    // The crossover, when there is one: inference overtaking training, or training
    // taking the lead back.
    if let Some(year) = summary.crossover_year {
        let x = f64::from(year);
        chart.dashed(
            &[(x, 0.0), (x, y_max)],
            style.px(4.0),
            style.px(4.0),
            ShapeStyle::from(p.ink).stroke_width(style.px(1.0)),
        )?;
        // Named just above the x axis, where the lines seldom are and the crosshair's
        // box never is; on the side of the line with room for it.
        let narrow = f64::from(area.dim_in_pixel().0) / style.scale < NARROW;
        let name = fill(
            t.crossover_label
                [usize::from(narrow) + 2 * usize::from(!summary.inference_ahead_in_2032)],
            &[("year", &year.to_string())],
        );
        let gap = style.px(4.0) as i32;
        let width = text_size(&name, style.font(LABEL_PX), false).0 as i32;
        let (px, py) = chart.at((x, 0.0));
        let (side, at) = if px + gap + width <= chart.at((f64::from(LAST_YEAR), 0.0)).0 {
            (HPos::Left, px + gap)
        } else {
            (HPos::Right, px - gap)
        };
        let text = label_font.color(&p.ink).pos(Pos::new(side, VPos::Bottom));
        chart.text(&name, (at, py - gap), &text)?;
    }
    explored(
        &chart,
        projection,
        band.map(|b| (b, BandUnit::Share)),
        Later::None,
        style,
        focus,
    )
}
