//! The one place that touches an `HtmlCanvasElement`.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{poster, ChartStyle, Figure, Scale};
use crate::model::Projection;

/// Draws `figure` on `canvas`, whose backing store the caller has sized, with year or
/// row `focus` explored; returns where the years or rows are, in backing-store pixels.
pub fn draw_chart(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    figure: Figure,
    style: &ChartStyle,
    focus: Option<usize>,
) -> Result<Scale, String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    let root = backend.into_drawing_area();
    let scale = super::draw(&root, projection, figure, style, focus).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(scale)
}

/// Draws the downloadable picture (title, `figure`, `notes`) on `canvas`,
/// whose backing store the caller has sized.
pub fn draw_poster(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    figure: Figure,
    style: &ChartStyle,
    notes: &[String],
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    let root = backend.into_drawing_area();
    poster::draw(&root, projection, figure, style, notes).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
