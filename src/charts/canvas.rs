//! The one place that touches an `HtmlCanvasElement`: the two drawings the page asks
//! of a canvas (the chart, the downloadable picture), through plotters-canvas.
//!
//! plotters-canvas draws everything; [`PageCanvas`] wraps it (`backend::WithText`) only
//! to measure text.
//! plotters' browser font measurement inserts a `<span>` with a `style` attribute into
//! the page, which a strict Content-Security-Policy (`style-src 'self'`) refuses, so the
//! wrapper measures with the canvas' own `measureText` instead.

use plotters::prelude::IntoDrawingArea;
use plotters_backend::{BackendCoord, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::backend::{Drawn, SetText, WithText};
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
    let root = page_canvas(canvas)?.into_drawing_area();
    let scale = super::draw(&root, projection, figure, style, focus).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(scale)
}

/// Draws the downloadable picture (title, `subtitle`, `figure`, `notes`) on `canvas`, whose
/// backing store the caller has sized.
pub fn draw_poster(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    figure: Figure,
    style: &ChartStyle,
    subtitle: &str,
    notes: &[String],
) -> Result<(), String> {
    let root = page_canvas(canvas)?.into_drawing_area();
    poster::draw(&root, projection, figure, style, subtitle, notes).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

/// plotters-canvas' backend, measuring text on the canvas rather than in the page.
pub type PageCanvas = WithText<CanvasBackend, CanvasText>;

/// Text on a canvas: drawn by plotters-canvas, measured with the canvas' `measureText`.
pub struct CanvasText {
    context: CanvasRenderingContext2d,
}

/// The backend for `canvas`, or why there is none.
fn page_canvas(canvas: &HtmlCanvasElement) -> Result<PageCanvas, String> {
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    let inner = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
    Ok(WithText {
        inner,
        text: CanvasText { context },
    })
}

impl SetText<CanvasBackend> for CanvasText {
    fn draw_text<S: BackendTextStyle>(
        &self,
        inner: &mut CanvasBackend,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn<CanvasBackend> {
        inner.draw_text(text, style, pos)
    }

    fn text_size<S: BackendTextStyle>(
        &self,
        _: &CanvasBackend,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>> {
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or_default();
        Ok((width.ceil() as u32, (style.size() * 1.2).ceil() as u32))
    }
}
