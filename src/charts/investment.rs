//! The main chart: AI investment 2024–2032, stacked by workload, with the report's
//! two published totals marked and labelled.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{axis_top, explored, over_years, year_chart, year_range, Drawn};
use super::labels::{around, clashes, extent, owned, place_near, Rect};
use super::{darker, ChartStyle, Scale};
use crate::format::{money_b, money_tick};
use crate::i18n::{self, fill};
use crate::markup::{BandUnit, Later};
use crate::model::{
    Band, Guess, LaterFigure, Projection, BASE_YEAR, FIRST_GUESSED, FORECASTS, GUESS_MAX,
    LAST_YEAR, N_YEARS, REPORTED, REPORT_TOTAL_2025, REPORT_TOTAL_2032, YEARS,
};

/// The investment chart: what it draws beside the projection.
#[derive(Clone, Copy, Debug)]
pub struct Investment<'a> {
    /// The dashed reference path: the report's, or a pinned scenario's (drawn where the
    /// projection departs from it).
    pub reference: &'a [f64; N_YEARS],
    /// The P10–P90 band of the total, when the reader asks for it.
    pub band: Option<&'a Band>,
    /// The later figures marked: the companies' (crosses) and the other forecasts.
    pub later: Later,
    /// The reader's own guess of the path, and how much of the chart it hides.
    pub guess: Option<Guessing<'a>>,
}

/// The reader's guess on the chart.
#[derive(Clone, Copy, Debug)]
pub struct Guessing<'a> {
    /// The line drawn so far.
    pub line: &'a Guess,
    /// How far the chart is revealed.
    pub shown: GuessShown,
    /// The year being drawn with the keyboard, marked (an index into the years).
    pub year: Option<usize>,
}

/// How far the chart around a guess is revealed, in turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuessShown {
    /// 2024–2025 only, as reported: the reader draws the rest on a fixed axis.
    Drawing,
    /// The report's path too (the axis stays).
    Report,
    /// And what the companies reported and guided since (the axis stays).
    Reported,
    /// The reader's line kept on the chart as it usually is.
    Kept,
}

/// Labels of the report's marked figures, as drawn on the chart: "Report: $371B" and
/// "Report: $525B" in English.
pub fn report_labels(t: &i18n::Text) -> [String; 2] {
    [REPORT_TOTAL_2025, REPORT_TOTAL_2032]
        .map(|v| fill(t.report_label, &[("money", &money_b(t, v))]))
}

/// Where the bands are named: 2030 if the name fits there, else the nearest year that
/// has room (indices into the years); and the names' font size.
const NAME_AT_YEARS: [usize; 5] = [6, 5, 7, 4, 3];
const NAME_PX: f64 = 12.0;

/// How many of a label's candidate places count as near its point (`labels::around`
/// gives six per half-height step: four steps).
const NEAR: usize = 24;

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
    let figure = Investment {
        reference: report,
        band,
        later,
        guess: None,
    };
    draw_with(area, projection, figure, style, focus)
}

/// Draws the chart as [`draw`] does, with the reader's guess when `figure` has one:
/// while they draw, only 2024–2025 of the projection, and no crosshair (it would give
/// the answer away).
pub fn draw_with<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    figure: Investment,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let Investment {
        reference: report,
        band,
        later,
        guess,
    } = figure;
    let t = style.text;
    let p = &style.palette;
    let forecasts = forecasts_shown(later);
    let shown = guess.map(|g| g.shown);
    let drawing = shown == Some(GuessShown::Drawing);
    // While the reader draws, the projection stops at 2025.
    let years = if drawing { FIRST_GUESSED } else { N_YEARS };
    let upto = |values: &[f64; N_YEARS]| -> Vec<(f64, f64)> {
        let mut points = over_years(values);
        points.truncate(years);
        points
    };
    let top = style.y_top.unwrap_or_else(|| figure.top(projection));
    let chart = year_chart(area, style, top, money_tick)?;
    let pixels = |values: &[f64; N_YEARS]| -> Vec<(i32, i32)> {
        over_years(values)
            .into_iter()
            .map(|pt| chart.at(pt))
            .collect()
    };
    // What a label must keep clear of, collected as the chart is drawn: lines, and the
    // boxes of marks and of labels already placed.
    let mut lines: Vec<Vec<(i32, i32)>> = Vec::new();
    // The likely range's thin dashed edges: a label may sit over them on its halo rather
    // than far from its point.
    let mut soft: Vec<Vec<(i32, i32)>> = Vec::new();
    let mut taken: Vec<Rect> = Vec::new();
    // Where each mark a figure's label could be read as naming is (the report's rings,
    // the companies' crosses, the reader's guess): a mark's label must not sit nearer
    // another one. The other forecasts' diamonds are left out: their dashed series and
    // publishers' names tell them apart.
    let mut mark_points: Vec<(i32, i32)> = Vec::new();

    // Stacked bands, bottom to top: training, inference, other. Each band's edges are
    // kept, to name it inside itself once the lines are drawn.
    let mut lower = [0.0; YEARS.len()];
    let layers = [
        (&projection.training, p.training, t.series[0]),
        (&projection.inference, p.inference, t.series[1]),
        (&projection.other, p.other, t.series[2]),
    ];
    let mut bands = Vec::with_capacity(3);
    for (values, colour, name) in layers {
        let mut upper = lower;
        for (u, v) in upper.iter_mut().zip(values.iter()) {
            *u += v;
        }
        let outline: Vec<(f64, f64)> = upto(&upper)
            .into_iter()
            .chain(upto(&lower).into_iter().rev())
            .collect();
        // With the likely range shown, the stack steps back so that the range, which
        // is about the total, reads first.
        let strength = if band.is_some() { 0.35 } else { 1.0 };
        chart.fill(&outline, colour.mix(strength).filled())?;
        // A darker edge on top of each band: the light fills alone are below 3:1
        // against the background.
        chart.line(
            &upto(&upper),
            ShapeStyle::from(darker(colour).mix(strength)).stroke_width(style.px(1.0)),
        )?;
        // Two years leave no room for a band's name.
        if !drawing {
            bands.push((name, pixels(&lower), pixels(&upper)));
        }
        lower = upper;
    }

    // The likely range (P10–P90): a tinted fan around the total line, its edges dashed.
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
            soft.push(pixels(edge));
        }
    }

    // The projected total as a line on top of the stack.
    let total = upto(&projection.total);
    chart.line(&total, ShapeStyle::from(p.ink).stroke_width(style.px(2.0)))?;
    lines.push(total.iter().map(|&pt| chart.at(pt)).collect());
    if !drawing
        && projection
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
        lines.push(pixels(report));
    }
    // Other forecasts: each a short dashed series with a diamond at every figure.
    let arm = style.px(5.0) as i32;
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
        lines.push(points.iter().map(|&pt| chart.at(pt)).collect());
        for &point in &points {
            let (x, y) = chart.at(point);
            chart.fill_pixels(
                &[(x, y - arm), (x + arm, y), (x, y + arm), (x - arm, y)],
                p.text.filled(),
            )?;
            taken.push((x - arm, y - arm, x + arm, y + arm));
        }
    }

    // What the companies reported later: a cross per figure, its range as a bar (in
    // a guess, once revealed).
    let cross = ShapeStyle::from(p.ink).stroke_width(style.px(2.0));
    let reported = match shown {
        Some(GuessShown::Drawing | GuessShown::Report) => &[][..],
        _ => &REPORTED[..],
    };
    for point in reported {
        let x = f64::from(point.year);
        let (cx, cy) = chart.at((x, point.value));
        chart.pixel_line(vec![(cx - arm, cy - arm), (cx + arm, cy + arm)], cross)?;
        chart.pixel_line(vec![(cx - arm, cy + arm), (cx + arm, cy - arm)], cross)?;
        if point.high > point.low {
            chart.line(&[(x, point.low), (x, point.high)], cross)?;
        }
        let top = chart.at((0.0, point.high)).1.min(cy - arm);
        let bottom = chart.at((0.0, point.low)).1.max(cy + arm);
        taken.push((cx - arm, top, cx + arm, bottom));
        mark_points.push((cx, cy));
    }

    // The reader's guess: dotted, a dot at each year drawn, from the report's 2025.
    let guessed = guess.map(|g| guess_line(&chart, g, style)).transpose()?;
    if let Some((points, _)) = &guessed {
        for run in points {
            lines.push(run.clone());
            mark_points.extend(run);
        }
    }

    // The report's two published totals, marked (2032's, the answer, once revealed).
    let radius = style.px(5.0) as i32;
    let marks = [
        (BASE_YEAR, REPORT_TOTAL_2025),
        (LAST_YEAR, REPORT_TOTAL_2032),
    ];
    let marks = &marks[..if drawing { 1 } else { 2 }];
    for &(year, value) in marks {
        let (x, y) = chart.at((f64::from(year), value));
        chart.circle((x, y), radius, p.background.filled())?;
        chart.circle(
            (x, y),
            radius,
            ShapeStyle::from(p.ink).stroke_width(style.px(2.0)),
        )?;
        taken.push((x - radius, y - radius, x + radius, y + radius));
        mark_points.push((x, y));
    }

    // The labels, most important first, each in the nearest place clear of every line,
    // mark and label before it (labels::place_near); each on a halo, in case none is.
    // Within the plot, clear of the value axis' numbers; the margins above and to the
    // right may hold a label's end.
    let (width, _) = area.dim_in_pixel();
    let (left, bottom) = chart.at((year_range().start, 0.0));
    let bounds = (left, 0, width as i32, bottom);
    let gap = style.px(8.0) as i32;
    let pad = style.px(3.0) as i32;
    // `own`: the mark it names, and whether its label is left out rather than placed
    // where it would read as another mark's (see below). `strict`: only a place clear of
    // everything, or none (a band too thin for its name).
    let mut label = |text: &str,
                     px: f64,
                     candidates: Vec<Rect>,
                     own: Option<((i32, i32), bool)>,
                     halo: f64,
                     strict: bool|
     -> Drawn<DB> {
        // Nearer its own mark than any other and clear of the lines and marks, if such
        // a place exists; else, when `strict` or the mark asks, no label; else the
        // nearest place.
        let mine = own.and_then(|(at, _)| {
            let keep = owned(&candidates, at, &mark_points, f64::from(style.px(3.0)));
            let near = keep.iter().take(NEAR).filter(|&&k| k).count();
            let kept: Vec<Rect> = candidates
                .iter()
                .zip(&keep)
                .filter_map(|(&r, &k)| k.then_some(r))
                .collect();
            let hard_clear = |r: &Rect| clashes(*r, &lines, &taken, bounds) == 0;
            if strict {
                // Only a place clear of everything will do: the first such.
                return kept
                    .into_iter()
                    .find(|r| hard_clear(r) && clashes(*r, &soft, &[], bounds) == 0);
            }
            place_near(&kept, near, &lines, &soft, &taken, bounds)
                .filter(hard_clear)
                .or_else(|| kept.iter().copied().find(hard_clear))
        });
        if mine.is_none() && own.is_some_and(|(_, must)| must || strict) {
            return Ok(());
        }
        let Some(rect) =
            mine.or_else(|| place_near(&candidates, NEAR, &lines, &soft, &taken, bounds))
        else {
            return Ok(());
        };
        if strict && clashes(rect, &lines, &taken, bounds) + clashes(rect, &soft, &[], bounds) > 0 {
            return Ok(());
        }
        chart.pixel_rect(
            [(rect.0 - pad, rect.1), (rect.2 + pad, rect.3)],
            p.background.mix(halo).filled(),
        )?;
        let font = (style.family(), style.font(px))
            .into_font()
            .style(FontStyle::Bold)
            .color(&p.ink)
            .pos(Pos::new(HPos::Left, VPos::Top));
        chart.text(text, (rect.0, rect.1), &font)?;
        taken.push((rect.0 - pad, rect.1, rect.2 + pad, rect.3));
        Ok(())
    };
    // The report's figures: beside their marks, 2032 first (it has the chart's top to
    // itself), then 2025; left out where they would read as a cross's (the note under
    // the chart gives both).
    let report_texts = report_labels(t);
    for (&(year, value), text) in marks.iter().zip(&report_texts).rev() {
        let (x, y) = chart.at((f64::from(year), value));
        let size = style.label_size(text, MARK_PX, true);
        label(
            text,
            MARK_PX,
            around((x, y), size, gap),
            Some(((x, y), true)),
            0.85,
            false,
        )?;
    }
    // The likely range, in words: above its upper edge near the end (the edge rises to
    // the right, so a label ending at a year stays clear of it), else below the lower;
    // left out where no place is clear (the key above the chart names it too).
    if let Some(band) = band {
        let (w, h) = style.label_size(t.band[4], NAME_PX, true);
        let mut candidates = Vec::new();
        for step in 0..6 {
            for at in (3..N_YEARS - 1).rev() {
                let x = chart.at((f64::from(YEARS[at]), 0.0)).0;
                let above = chart.at((0.0, band.p90[at])).1 - pad - step * h / 2;
                let below = chart.at((0.0, band.p10[at])).1 + pad + step * h / 2;
                candidates.push((x - w, above - h, x, above));
                candidates.push((x - w, below, x, below + h));
            }
        }
        label(t.band[4], NAME_PX, candidates, None, 0.85, true)?;
    }
    // Each other forecast's publisher, beside its last figure.
    for series in forecasts {
        if let Some(last) = series.last() {
            let name = t.later.labels[last.publisher as usize];
            let (x, y) = chart.at((f64::from(last.year), last.value));
            let (w, h) = style.label_size(name, NAME_PX, true);
            let reach = arm + pad;
            let mut candidates = Vec::new();
            for step in 0..8 {
                for dy in [-step * h / 2, step * h / 2] {
                    let top = y - h / 2 + dy;
                    candidates.push((x + reach, top, x + reach + w, top + h));
                    candidates.push((x - reach - w, top, x - reach, top + h));
                }
            }
            candidates.extend(around((x, y), (w, h), reach));
            label(
                name,
                NAME_PX,
                candidates,
                Some(((x, y), false)),
                0.85,
                false,
            )?;
        }
    }
    // The reader's line, named at its last point; before it is drawn, where to start.
    if let Some((_, last)) = guessed {
        let [name, hint] = t.guess_labels;
        let (x, y) = last;
        let text = if guess.is_some_and(|g| g.line.is_empty()) {
            hint
        } else {
            name
        };
        let size = style.label_size(text, MARK_PX, true);
        label(
            text,
            MARK_PX,
            around((x, y), size, gap),
            Some(((x, y), false)),
            0.85,
            false,
        )?;
    }
    // What the companies reported later, named beside their crosses where there is
    // room ("Guidance 2026"); the key above the chart says what they measure.
    for point in reported {
        let name = t.later.labels[point.publisher as usize];
        let (x, y) = chart.at((f64::from(point.year), point.value));
        let size = style.label_size(name, NAME_PX, true);
        label(
            name,
            NAME_PX,
            around((x, y), size, arm + pad),
            Some(((x, y), true)),
            0.85,
            true,
        )?;
    }
    // Each band is named inside itself, so nothing depends on telling colours apart:
    // at 2030 or the nearest year where the name fits between the band's edges.
    for (name, low, high) in &bands {
        let (w, h) = style.label_size(name, NAME_PX, true);
        let candidates: Vec<Rect> = NAME_AT_YEARS
            .iter()
            .filter_map(|&i| {
                let x = low[i].0;
                let (left, right) = (x - w / 2, x + w / 2);
                let (_, upper_lowest) = extent(high, left, right)?;
                let (lower_highest, _) = extent(low, left, right)?;
                let middle = (high[i].1 + low[i].1) / 2;
                let rect = (left, middle - h / 2, right, middle + h / 2);
                (rect.1 > upper_lowest + pad && rect.3 < lower_highest - pad).then_some(rect)
            })
            .collect();
        label(name, NAME_PX, candidates, None, 0.75, true)?;
    }
    explored(
        &chart,
        projection,
        band.map(|b| (b, BandUnit::Money)),
        later,
        style,
        focus.filter(|_| !drawing),
    )
}

/// The reader's line as drawn: its runs in pixels, and where to name it.
type GuessDrawn = (Vec<Vec<(i32, i32)>>, (i32, i32));

/// Draws the reader's line on `chart`: dotted runs through the years drawn, from the
/// report's 2025 figure, a dot at each year and a ring at the year the keyboard is on.
/// Says the runs in pixels (for the labels to keep clear of) and where to name it:
/// its last point, or the 2025 figure while nothing is drawn.
fn guess_line<DB: DrawingBackend>(
    chart: &super::axes::YearChart<DB>,
    guess: Guessing,
    style: &ChartStyle,
) -> Result<GuessDrawn, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = &style.palette;
    let at = |i: usize, v: f64| chart.at((f64::from(YEARS[i]), v));
    let value = |i: usize| {
        if i == FIRST_GUESSED - 1 {
            Some(REPORT_TOTAL_2025)
        } else {
            guess.line.get(i)
        }
    };
    // Runs of consecutive years, each from the year before its first (2025's figure
    // where the line starts).
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    for (i, &year) in YEARS.iter().enumerate().skip(FIRST_GUESSED - 1) {
        match value(i) {
            Some(v) => run.push((f64::from(year), v)),
            None => {
                if run.len() > 1 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
    }
    if run.len() > 1 {
        runs.push(run);
    }
    let stroke = ShapeStyle::from(p.ink).stroke_width(style.px(2.5));
    for run in &runs {
        chart.dashed(run, style.px(2.0), style.px(4.0), stroke)?;
    }
    let dot = style.px(4.0) as i32;
    let mut last = at(FIRST_GUESSED - 1, REPORT_TOTAL_2025);
    for (i, v) in guess.line.points() {
        let xy = at(i, v);
        chart.circle(xy, dot, p.ink.filled())?;
        last = xy;
    }
    if let Some(i) = guess.year.filter(|i| (FIRST_GUESSED..N_YEARS).contains(i)) {
        let ring = ShapeStyle::from(p.ink).stroke_width(style.px(2.0));
        match guess.line.get(i) {
            Some(v) => chart.circle(at(i, v), style.px(8.0) as i32, ring)?,
            // A year not drawn yet: its whole column, where the keyboard will put it.
            None => chart.line(
                &[(f64::from(YEARS[i]), 0.0), (f64::from(YEARS[i]), GUESS_MAX)],
                ShapeStyle::from(p.axis).stroke_width(style.px(1.0)),
            )?,
        }
    }
    let pixels = runs
        .iter()
        .map(|run| run.iter().map(|&pt| chart.at(pt)).collect())
        .collect();
    Ok((pixels, last))
}

impl Investment<'_> {
    /// The top of the value axis: while a guess is being played, fixed at the most a
    /// guess can be (the reader draws against it, and it must not move); else just
    /// above the highest figure drawn, the reader's kept line included.
    pub fn top(&self, projection: &Projection) -> f64 {
        match self.guess {
            Some(g) if g.shown != GuessShown::Kept => GUESS_MAX,
            guess => {
                let data = value_top(projection, self.reference, self.band, self.later);
                let drawn = guess
                    .into_iter()
                    .flat_map(|g| g.line.points().map(|(_, v)| v))
                    .fold(0.0, f64::max);
                data.max(axis_top(drawn))
            }
        }
    }
}

/// The other forecasts the chart draws: all of them with `Later::All`, else none.
fn forecasts_shown(later: Later) -> &'static [[LaterFigure; 2]] {
    if later == Later::All {
        &FORECASTS
    } else {
        &[]
    }
}

/// The top of the value axis: just above the highest figure drawn (the total, the
/// report's path, the later figures and forecasts shown, the likely range).
pub fn value_top(
    projection: &Projection,
    report: &[f64; N_YEARS],
    band: Option<&Band>,
    later: Later,
) -> f64 {
    let forecasts = forecasts_shown(later);
    let peak = projection
        .total
        .iter()
        .chain(report)
        .copied()
        .chain(REPORTED.iter().map(|r| r.high))
        .chain(forecasts.iter().flatten().map(|f| f.high))
        .chain(band.into_iter().flat_map(|b| b.p90))
        .fold(REPORT_TOTAL_2032, f64::max);
    axis_top(peak)
}
