//! The main chart: AI investment 2024–2032, stacked by workload, with the report's
//! two published totals marked and labelled.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{axis_top, explored, over_years, year_chart};
use super::{darker, text_size, ChartStyle, Scale};
use crate::format::{money_b, money_tick};
use crate::i18n::{self, fill};
use crate::markup::{BandUnit, Later};
use crate::model::{
    Band, Projection, BASE_YEAR, FORECASTS, LAST_YEAR, N_YEARS, REPORTED, REPORT_TOTAL_2025,
    REPORT_TOTAL_2032, YEARS,
};

/// Labels of the report's marked figures, as drawn on the chart: "Report: $371B" and
/// "Report: $525B" in English.
pub fn report_labels(t: &i18n::Text) -> [String; 2] {
    [REPORT_TOTAL_2025, REPORT_TOTAL_2032]
        .map(|v| fill(t.report_label, &[("money", &money_b(t, v))]))
}

/// Where the bands are named (the index of 2030), and the names' font size.
const NAME_AT: usize = 6;
const NAME_PX: f64 = 12.0;

/// The report labels' font size in CSS pixels.
const MARK_PX: f64 = 13.0;

/// Draws the chart on `area`, filling it, with the figures of year index `focus` (the
/// year under the reader's finger or keyboard) beside a crosshair; says where it put
/// the years.
///
/// When the projection departs from the report's own path (`report`), that path is
/// drawn as a dashed line for comparison. The figures the companies reported after the
/// article are marked as dated crosses (they measure total capex, so they are points,
/// not a series); with `later` at [`Later::All`], the other forecasts are drawn too,
/// each as a short dashed series of its own, labelled. `band`, when given, is shaded
/// over the stack between its P10 and P90 totals.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    report: &[f64; N_YEARS],
    band: Option<&Band>,
    later: Later,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let t = style.text;
    let p = &style.palette;
    let forecasts: &[_] = if later == Later::All { &FORECASTS } else { &[] };
    let peak = projection
        .total
        .iter()
        .chain(report)
        .copied()
        .chain(REPORTED.iter().map(|r| r.high))
        .chain(forecasts.iter().flatten().map(|f| f.high))
        .chain(band.into_iter().flat_map(|b| b.p90))
        .fold(REPORT_TOTAL_2032, f64::max);
    let chart = year_chart(area, style, axis_top(peak), money_tick)?;

    // Stacked bands, bottom to top: training, inference, other.
    let mut lower = [0.0; YEARS.len()];
    let layers = [
        (&projection.training, p.training, t.series[0]),
        (&projection.inference, p.inference, t.series[1]),
        (&projection.other, p.other, t.series[2]),
    ];
    // Each band is named on the chart too, so nothing depends on telling colours apart.
    let mut names = Vec::with_capacity(3);
    for (values, colour, name) in layers {
        let mut upper = lower;
        for (u, v) in upper.iter_mut().zip(values.iter()) {
            *u += v;
        }
        let outline: Vec<(f64, f64)> = over_years(&upper)
            .into_iter()
            .chain(over_years(&lower).into_iter().rev())
            .collect();
        // With the likely range shown, the stack steps back so that the range, which
        // is about the total, reads first.
        let strength = if band.is_some() { 0.35 } else { 1.0 };
        chart.fill(&outline, colour.mix(strength).filled())?;
        // A darker edge on top of each band: the light fills alone are below 3:1
        // against the background.
        chart.line(
            &over_years(&upper),
            ShapeStyle::from(darker(colour).mix(strength)).stroke_width(style.px(1.0)),
        )?;
        let (low, high) = (lower[NAME_AT], upper[NAME_AT]);
        names.push((
            name,
            (low + high) / 2.0,
            chart.at((0.0, low)).1 - chart.at((0.0, high)).1,
        ));
        lower = upper;
    }
    let band_font = (style.family(), style.font(NAME_PX))
        .into_font()
        .style(FontStyle::Bold)
        .color(&p.ink)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let x = f64::from(YEARS[NAME_AT]);
    for (name, middle, height) in names {
        if f64::from(height) < style.font(NAME_PX) * 1.6 {
            continue;
        }
        let (w, h) = text_size(name, style.font(NAME_PX), true);
        let (cx, cy) = chart.at((x, middle));
        let (hw, hh) = ((w / 2) as i32 + style.px(3.0) as i32, (h / 2) as i32);
        chart.pixel_rect(
            [(cx - hw, cy - hh), (cx + hw, cy + hh)],
            p.background.mix(0.75).filled(),
        )?;
        chart.text(name, (cx, cy), &band_font)?;
    }

    // The likely range (P10–P90): a tinted fan around the total line, its edges
    // dashed, named in words above its upper edge, ending at 2031: the edge rises to
    // the right, so the words stay clear of it.
    if let Some(band) = band {
        let outline: Vec<(f64, f64)> = over_years(&band.p90)
            .into_iter()
            .chain(over_years(&band.p10).into_iter().rev())
            .collect();
        chart.fill(&outline, p.ink.mix(0.16).filled())?;
        for edge in [&band.p10, &band.p90] {
            chart.dashed(
                &over_years(edge),
                style.px(5.0),
                style.px(3.0),
                ShapeStyle::from(p.ink).stroke_width(style.px(1.0)),
            )?;
        }
        let at = N_YEARS - 2;
        let (x, y) = chart.at((f64::from(YEARS[at]), band.p90[at]));
        let font = (style.family(), style.font(NAME_PX))
            .into_font()
            .style(FontStyle::Bold)
            .color(&p.ink)
            .pos(Pos::new(HPos::Right, VPos::Bottom));
        chart.text(t.band[4], (x, y - style.px(4.0) as i32), &font)?;
    }

    // The projected total as a line on top of the stack.
    chart.line(
        &over_years(&projection.total),
        ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
    )?;
    if projection
        .total
        .iter()
        .zip(report)
        .any(|(a, b)| (a - b).abs() >= 0.05)
    {
        // A dashed line: a pattern, not just a colour, told apart from the likely
        // range's finer dashes by its weight and length.
        chart.dashed(
            &over_years(report),
            style.px(8.0),
            style.px(4.0),
            ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
        )?;
    }
    // Other forecasts: each a short dashed series with a diamond at every figure and
    // its publisher's name at its last one.
    let arm = style.px(5.0) as i32;
    let name_font = (style.family(), style.font(NAME_PX)).into_font();
    for series in forecasts {
        let points: Vec<(f64, f64)> = series
            .iter()
            .map(|f| (f64::from(f.year), f.value))
            .collect();
        chart.dashed(
            &points,
            style.px(3.0),
            style.px(3.0),
            ShapeStyle::from(p.text).stroke_width(style.px(1.5)),
        )?;
        for &point in &points {
            let (x, y) = chart.at(point);
            chart.fill_pixels(
                &[(x, y - arm), (x + arm, y), (x, y + arm), (x - arm, y)],
                p.text.filled(),
            )?;
        }
        if let (Some(last), Some(&point)) = (series.last(), points.last()) {
            let name = t.later.labels[last.publisher as usize];
            let (x, y) = chart.at(point);
            let width = text_size(name, style.font(NAME_PX), false).0 as i32;
            let right_edge = chart.at((f64::from(LAST_YEAR), 0.0)).0;
            let gap = arm + style.px(3.0) as i32;
            let (side, at) = if x + gap + width <= right_edge {
                (HPos::Left, x + gap)
            } else {
                (HPos::Right, x - gap)
            };
            let font = name_font
                .clone()
                .color(&p.text)
                .pos(Pos::new(side, VPos::Center));
            chart.text(name, (at, y), &font)?;
        }
    }

    // What the companies reported later: a cross per figure, its range as a bar.
    let cross = ShapeStyle::from(p.ink).stroke_width(style.px(2.0));
    for point in REPORTED {
        let x = f64::from(point.year);
        let (cx, cy) = chart.at((x, point.value));
        chart.pixel_line(vec![(cx - arm, cy - arm), (cx + arm, cy + arm)], cross)?;
        chart.pixel_line(vec![(cx - arm, cy + arm), (cx + arm, cy - arm)], cross)?;
        if point.high > point.low {
            chart.line(&[(x, point.low), (x, point.high)], cross)?;
        }
    }

    // The report's two published totals, marked and labelled.
    let labels = report_labels(t);
    let marks = [
        (
            BASE_YEAR,
            REPORT_TOTAL_2025,
            labels[0].as_str(),
            HPos::Left,
            -1,
        ),
        (
            LAST_YEAR,
            REPORT_TOTAL_2032,
            labels[1].as_str(),
            HPos::Right,
            1,
        ),
    ];
    let radius = style.px(5.0) as i32;
    let gap = style.px(8.0) as i32;
    let pad = style.px(3.0) as i32;
    // Label boxes in backend pixels, to move the 2025 label below its point when the
    // two would collide (narrow charts, steep growth).
    let sizes = marks.map(|(_, _, label, _, _)| label_size(label, style));
    let mut boxes = Vec::with_capacity(2);
    for ((year, value, _, _, side), (w, h)) in marks.into_iter().zip(sizes) {
        let (x, y) = chart.at((f64::from(year), value));
        let (left, right) = if side < 0 {
            (x - radius, x - radius + w)
        } else {
            (x + radius - w, x + radius)
        };
        boxes.push((left - pad, y - gap - h - pad, right + pad, y - gap + pad));
    }
    let overlap = |a: (i32, i32, i32, i32), b: (i32, i32, i32, i32)| {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    };
    // The crosses of the reported figures, with their range bars: a label must not
    // hide them (the 2025 cross sits just above the report's 2025 point).
    let crosses: Vec<(i32, i32, i32, i32)> = REPORTED
        .iter()
        .map(|r| {
            let x = chart.at((f64::from(r.year), r.value)).0;
            let top = chart
                .at((0.0, r.high))
                .1
                .min(chart.at((0.0, r.value)).1 - arm);
            let bottom = chart
                .at((0.0, r.low))
                .1
                .max(chart.at((0.0, r.value)).1 + arm);
            (x - arm, top, x + arm, bottom)
        })
        .collect();
    let collide = overlap(boxes[0], boxes[1]);
    let hides_cross = |b| crosses.iter().any(|&c| overlap(b, c));

    for (i, (year, value, label, h_pos, side)) in marks.into_iter().enumerate() {
        // Below its point when above it would collide with the other label or hide a
        // cross (only the 2025 label moves: the 2032 one has the chart's top to itself).
        let below = i == 0 && (collide || hides_cross(boxes[0]));
        let v_pos = if below { VPos::Top } else { VPos::Bottom };
        let text = (style.family(), style.font(MARK_PX))
            .into_font()
            .style(FontStyle::Bold)
            .color(&p.ink)
            .pos(Pos::new(h_pos, v_pos));
        let (w, h) = sizes[i];
        let dx = side * radius;
        let dy = if below { gap } else { -gap };
        // A translucent halo keeps the label legible where a line or band runs behind it.
        let (left, right) = if side < 0 {
            (dx - pad, dx + w + pad)
        } else {
            (dx - w - pad, dx + pad)
        };
        let (top, bottom) = if below {
            (dy - pad, dy + h + pad)
        } else {
            (dy - h - pad, dy + pad)
        };
        let (x, y) = chart.at((f64::from(year), value));
        chart.pixel_rect(
            [(x + left, y + top), (x + right, y + bottom)],
            p.background.mix(0.85).filled(),
        )?;
        chart.circle((x, y), radius, p.background.filled())?;
        chart.circle(
            (x, y),
            radius,
            ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
        )?;
        chart.text(label, (x + dx, y + dy), &text)?;
    }
    explored(
        &chart,
        projection,
        band.map(|b| (b, BandUnit::Money)),
        later,
        style,
        focus,
    )
}

/// A report label's size in backend pixels, as drawn in bold at `MARK_PX`.
fn label_size(label: &str, style: &ChartStyle) -> (i32, i32) {
    let (w, h) = text_size(label, style.font(MARK_PX), true);
    (w as i32, h as i32)
}
