//! The one place that touches an `HtmlCanvasElement`.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{investment, ChartStyle};
use crate::model::Projection;

/// Draws the investment chart on `canvas`, whose backing store the caller has sized.
pub fn draw_investment(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    style: &ChartStyle,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    let root = backend.into_drawing_area();
    investment::draw(&root, projection, style).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
