//! The one place that touches an `HtmlCanvasElement`: the two drawings the page asks
//! of a canvas (the chart, the downloadable picture), through plotters-canvas.
//!
//! plotters-canvas draws everything; [`PageCanvas`] wraps it only to measure text.
//! plotters' browser font measurement inserts a `<span>` with a `style` attribute into
//! the page, which a strict Content-Security-Policy (`style-src 'self'`) refuses, so the
//! wrapper measures with the canvas' own `measureText` instead.

use plotters::prelude::IntoDrawingArea;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

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
    let root = PageCanvas::new(canvas)?.into_drawing_area();
    let scale = super::draw(&root, projection, figure, style, focus).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(scale)
}

/// Draws the downloadable picture (title, `figure`, `notes`) on `canvas`, whose
/// backing store the caller has sized.
pub fn draw_poster(
    canvas: &HtmlCanvasElement,
    projection: &Projection,
    figure: Figure,
    style: &ChartStyle,
    notes: &[String],
) -> Result<(), String> {
    let root = PageCanvas::new(canvas)?.into_drawing_area();
    poster::draw(&root, projection, figure, style, notes).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

/// plotters-canvas' backend, measuring text on the canvas rather than in the page.
pub struct PageCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl PageCanvas {
    /// The backend for `canvas`, or why there is none.
    pub fn new(canvas: &HtmlCanvasElement) -> Result<Self, String> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
        Ok(PageCanvas { inner, context })
    }
}

type Drawn = Result<(), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

impl DrawingBackend for PageCanvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Drawn {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.inner.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
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
