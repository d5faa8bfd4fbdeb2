//! A plotters backend whose text is set by something else: everything but text is
//! drawn by the backend it wraps. The page's canvas measures text on the canvas itself
//! (`canvas.rs`: plotters' own measurement writes a `style` attribute, which a strict
//! CSP refuses); the link previews set glyphs from real fonts on a bitmap
//! (`tests/previews.rs`). One wrapper, so that each of them says only how it sets text.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// The result of a drawing call on `B`.
pub type Drawn<B> = Result<(), DrawingErrorKind<<B as DrawingBackend>::ErrorType>>;

/// How text is set on a backend `B`.
pub trait SetText<B: DrawingBackend> {
    /// Draws `text` at `pos` on `inner`, anchored as `style` says.
    fn draw_text<S: BackendTextStyle>(
        &self,
        inner: &mut B,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn<B>;

    /// The size of `text` set in `style`, in pixels.
    fn text_size<S: BackendTextStyle>(
        &self,
        inner: &B,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<B::ErrorType>>;
}

/// `inner`, with its text set by `text`.
pub struct WithText<B, T> {
    /// The backend that draws everything else.
    pub inner: B,
    /// What sets the text.
    pub text: T,
}

impl<B: DrawingBackend, T: SetText<B>> DrawingBackend for WithText<B, T> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Drawn<B> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Drawn<B> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn<B> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn<B> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn<B> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn<B> {
        self.inner.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn<B> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn<B> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn<B> {
        self.text.draw_text(&mut self.inner, text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.text.text_size(&self.inner, text, style)
    }
}
