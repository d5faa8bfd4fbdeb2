//! The one place that touches an `HtmlCanvasElement`.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{investment, poster, shares, ChartStyle, YearScale};
use crate::model::{Projection, N_YEARS};

/// Draws the investment chart, or the workload shares chart if `shares`, on `canvas`,
/// whose backing store the caller has sized; returns where the years are, in
/// backing-store pixels.
pub fn draw_year_chart(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    report: &[f64; N_YEARS],
    style: &ChartStyle,
    focus: Option<usize>,
    shares: bool,
) -> Result<YearScale, String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    let root = backend.into_drawing_area();
    let scale = if shares {
        shares::draw(&root, projection, style, focus)
    } else {
        investment::draw(&root, projection, report, style, focus)
    }
    .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(scale)
}

/// Draws the downloadable picture (title, the chart on screen, `notes`) on `canvas`,
/// whose backing store the caller has sized.
pub fn draw_poster(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    report: &[f64; N_YEARS],
    style: &ChartStyle,
    notes: &[String],
    shares: bool,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    let root = backend.into_drawing_area();
    poster::draw(&root, projection, report, style, notes, shares).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
