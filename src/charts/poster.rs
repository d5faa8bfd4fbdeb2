//! The chart on screen as a picture to download: a title, the chart, the source and
//! what the reader changed, all drawn in, so the file explains itself when shared.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{text_size, ChartStyle, Figure};
use crate::i18n::fill;
use crate::model::{Projection, YEARS};

/// The picture's size in CSS pixels (drawn at `style.scale` times that).
pub const SIZE: (u32, u32) = (800, 560);

const TITLE_PX: f64 = 20.0;

const SUBTITLE_PX: f64 = 15.0;

const NOTE_PX: f64 = 12.0;

/// Draws the title, the `subtitle` (which scenario, and its answer), the chart and the
/// `notes` (source, assumptions: one line each, wrapped to the width) on `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    projection: &Projection,
    figure: Figure,
    style: &ChartStyle,
    subtitle: &str,
    notes: &[String],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let t = style.text;
    let p = &style.palette;
    area.fill(&p.background)?;
    let (width, _) = area.dim_in_pixel();
    let pad = style.px(16.0) as i32;
    let title = (style.family(), style.font(TITLE_PX))
        .into_font()
        .style(FontStyle::Bold)
        .color(&p.ink)
        .pos(Pos::new(HPos::Left, VPos::Top));
    let (index, year) = match figure {
        Figure::Investment(..) => (0, 0),
        Figure::Shares(_) => (1, 0),
        Figure::Companies(i) => (2, YEARS[i.min(YEARS.len() - 1)]),
        Figure::Sensitivity(_) => (3, 0),
    };
    let heading = fill(t.poster_titles[index], &[("year", &year.to_string())]);
    area.draw(&Text::new(heading.as_str(), (pad, pad), title))?;
    let title_h = (style.font(TITLE_PX) * 1.2) as i32;
    let sub_font = (style.family(), style.font(SUBTITLE_PX))
        .into_font()
        .color(&p.ink)
        .pos(Pos::new(HPos::Left, VPos::Top));
    area.draw(&Text::new(
        subtitle,
        (pad, pad + title_h + pad / 4),
        sub_font,
    ))?;
    let note_font = (style.family(), style.font(NOTE_PX))
        .into_font()
        .color(&p.text)
        .pos(Pos::new(HPos::Left, VPos::Top));
    let lines = wrap(
        notes,
        f64::from(width as i32 - 2 * pad),
        style.font(NOTE_PX),
    );
    let line_h = (style.font(NOTE_PX) * 1.4).round() as i32;
    let top = 2 * pad + title_h + pad / 4 + (style.font(SUBTITLE_PX) * 1.3) as i32;
    let bottom = pad + line_h * lines.len() as i32;
    let chart = area.margin(top, bottom + pad / 2, 0, 0);
    super::draw(&chart, projection, figure, style, None)?;
    let (_, height) = area.dim_in_pixel();
    for (k, line) in lines.iter().enumerate() {
        let y = height as i32 - bottom + line_h * k as i32;
        area.draw(&Text::new(line.as_str(), (pad, y), note_font.clone()))?;
    }
    Ok(())
}

/// Splits each note into lines that fit `width` pixels at `size`.
fn wrap(notes: &[String], width: f64, size: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for note in notes {
        let mut line = String::new();
        for word in note.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && f64::from(text_size(&candidate, size, false).0) > width {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            } else {
                line = candidate;
            }
        }
        lines.push(line);
    }
    lines
}
