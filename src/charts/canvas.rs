//! The one place that touches an `HtmlCanvasElement`: a plotters drawing backend on a
//! canvas' 2D context, and the two drawings the page asks of it.
//!
//! The backend follows plotters-canvas 0.3.1 (MIT, © 2019 Hao Hou) call for call, with
//! one difference: colours and font sizes are written as CSS with integer arithmetic.
//! plotters-canvas writes them with `format!` on `f64`, and that alone kept Rust's float
//! formatting (≈ 7 KB of gzipped wasm) in the page.

use plotters::prelude::IntoDrawingArea;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::{poster, ChartStyle, Figure, Scale};
use crate::format::plain_number;
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
    let root = CanvasBackend::new(canvas)?.into_drawing_area();
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
    let root = CanvasBackend::new(canvas)?.into_drawing_area();
    poster::draw(&root, projection, figure, style, notes).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

/// A plotters backend drawing on a canvas' 2D context.
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

/// What the canvas reported when a drawing call failed.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("canvas: ")?;
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

fn failed(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(
        e.as_string()
            .unwrap_or_else(|| "a drawing call failed".to_owned()),
    ))
}

/// A colour as CSS: `rgb(r,g,b)`, or `rgba(r,g,b,0.95)` when it is see-through.
fn css_colour(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        format!("rgb({r},{g},{b})")
    } else {
        format!(
            "rgba({r},{g},{b},{})",
            plain_number(color.alpha.max(0.0), 3)
        )
    }
}

/// A horizontal or vertical line half a pixel off the grid, so that a 1-pixel line
/// covers one row or column of pixels instead of blurring over two.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (f64::from(from.0), f64::from(from.1));
    let mut to = (f64::from(to.0), f64::from(to.1));
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl CanvasBackend {
    /// The backend for `canvas`, or why there is none.
    pub fn new(canvas: &HtmlCanvasElement) -> Result<Self, String> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(|| "this browser gave no 2D canvas context".to_owned())?;
        Ok(CanvasBackend {
            canvas: canvas.clone(),
            context,
        })
    }

    fn stroke_with(&self, style: &impl BackendStyle) {
        self.context
            .set_stroke_style_str(&css_colour(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    fn fill_with(&self, color: BackendColor) {
        self.context.set_fill_style_str(&css_colour(color));
    }

    fn trace(&self, path: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut path = path.into_iter();
        self.context.begin_path();
        let Some(start) = path.next() else {
            return false;
        };
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for next in path {
            self.context.line_to(f64::from(next.0), f64::from(next.1));
        }
        true
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.fill_with(color);
            self.context
                .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            let (from, to) = crisp(from, to);
            self.stroke_with(style);
            self.context.begin_path();
            self.context.move_to(from.0, from.1);
            self.context.line_to(to.0, to.1);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
            let (w, h) = (
                f64::from(bottom_right.0 - upper_left.0),
                f64::from(bottom_right.1 - upper_left.1),
            );
            if fill {
                self.fill_with(style.color());
                self.context.fill_rect(x, y, w, h);
            } else {
                self.stroke_with(style);
                self.context.stroke_rect(x, y, w, h);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.stroke_with(style);
            self.trace(path);
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.fill_with(style.color());
            if self.trace(path) {
                self.context.close_path();
            }
            self.context.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            if fill {
                self.fill_with(style.color());
            } else {
                self.stroke_with(style);
            }
            self.context.begin_path();
            self.context
                .arc(
                    f64::from(center.0),
                    f64::from(center.1),
                    f64::from(radius),
                    0.0,
                    std::f64::consts::TAU,
                )
                .map_err(failed)?;
            if fill {
                self.context.fill();
            } else {
                self.context.stroke();
            }
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        if quarter_turns != 0.0 {
            self.context.save();
            self.context.translate(x, y).map_err(failed)?;
            self.context
                .rotate(quarter_turns * std::f64::consts::FRAC_PI_2)
                .map_err(failed)?;
            (x, y) = (0.0, 0.0);
        }
        let anchor = style.anchor();
        self.context.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_text_align(match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.fill_with(color);
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            plain_number(style.size(), 2),
            style.family().as_str()
        ));
        self.context.fill_text(text, x, y).map_err(failed)?;
        if quarter_turns != 0.0 {
            self.context.restore();
        }
        Ok(())
    }
}
