//! Link previews without a server: what Slack, X, Facebook, LinkedIn or iMessage show
//! when someone shares a link to the widget.
//!
//! - One picture per preset and language, `style/previews/<preset>[.zh-hant].png`
//!   (copied to `dist/previews/`): the downloadable picture (`charts::poster`, the same
//!   code the page's "Download PNG" button draws on a canvas) on a 1200 × 630 bitmap,
//!   with the report's path and the reported capex, as the page shows them at first.
//! - Open Graph and X card tags in the entry pages' `<head>`, between the
//!   `link-preview` markers, from the page's own title and description.
//! - A static page per preset and language that a shared preset link can point at:
//!   `src/s/<preset>/index.html` (copied to `dist/s/<preset>/`) and
//!   `src/zh-hant/s/<preset>/index.html` (in `dist/zh-hant/s/<preset>/` with the rest of
//!   `src/zh-hant/`): the preset's tags, its title, description and picture, and a link
//!   that opens the widget with it (`../../?preset=<preset>`).
//!
//! The tags point at the pictures with relative URLs, since the build does not know
//! where it will be hosted; `CAPEX_PUBLIC_URL=https://news.example/capex/` makes them
//! absolute (and adds `og:url`), which X, LinkedIn and Slack need.
//!
//! The tests fail while anything is stale (pictures compared pixel by pixel);
//! `UPDATE_STATIC=1 cargo test --test previews` rewrites it all.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId, PxScale, ScaleFont};
use ai_capex_explorer::charts::backend::{Drawn, SetText, WithText};
use ai_capex_explorer::charts::investment::Investment;
use ai_capex_explorer::charts::{poster, ChartStyle, Figure, Palette, View};
use ai_capex_explorer::i18n::Lang;
use ai_capex_explorer::markup::{poster_notes, poster_subtitle, sentence, Later};
use ai_capex_explorer::model::{project, Preset, Scenario};
use image::RgbImage;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontStyle};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The pictures' size: the 1.91:1 that Facebook, LinkedIn, X and Slack show largest.
const SIZE: (u32, u32) = (1200, 630);

/// Device pixels per CSS pixel: the picture is the poster at 800 × 420 CSS pixels, as
/// wide as the one the page downloads, drawn one and a half times over.
const SCALE: f64 = 1.5;

const START: &str = "<!-- link-preview:start -->\n";
const END: &str = "<!-- link-preview:end -->";

// ---------------------------------------------------------------------------------
// Fonts

/// The fonts the pictures are set in, by language and weight, with the Debian package
/// that installs each (`.ci/bootstrap.sh` installs both).
const FONT_FILES: [(Lang, FontStyle, &str, &str); 4] = [
    (
        Lang::En,
        FontStyle::Normal,
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "fonts-liberation",
    ),
    (
        Lang::En,
        FontStyle::Bold,
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "fonts-liberation",
    ),
    (
        Lang::ZhHant,
        FontStyle::Normal,
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "fonts-wqy-microhei",
    ),
    // WenQuanYi Micro Hei has one weight: bold is drawn twice, a little apart, as a
    // browser does when a font has no bold.
    (
        Lang::ZhHant,
        FontStyle::Bold,
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "fonts-wqy-microhei",
    ),
];

/// One font, as the charts name it.
struct Face {
    font: FontRef<'static>,
    /// Bold made by drawing the regular face twice.
    synthetic_bold: bool,
}

/// A font file's bytes, or what to install to have it.
fn font_file(path: &str, package: &str) -> Result<&'static [u8], String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "the link previews need the font {path} ({e}): install Debian's {package} \
             (apt-get install -y {package}, as .ci/bootstrap.sh does)"
        )
    })?;
    Ok(Box::leak(bytes.into_boxed_slice()))
}

/// Every font, by the family name the charts ask for (`ChartStyle::family()`, the
/// page's CSS font stack for the language) and weight. Panics, saying what to install,
/// when a file is missing.
fn faces() -> &'static HashMap<(String, bool), Face> {
    static FACES: OnceLock<HashMap<(String, bool), Face>> = OnceLock::new();
    FACES.get_or_init(|| {
        let mut faces = HashMap::new();
        for (lang, style, path, package) in FONT_FILES {
            let bytes = font_file(path, package).unwrap_or_else(|e| panic!("{e}"));
            let font = FontRef::try_from_slice(bytes)
                .unwrap_or_else(|e| panic!("{path} is not a font ({e}): reinstall {package}"));
            let bold = matches!(style, FontStyle::Bold);
            let family = style_for(lang).family().as_str().to_owned();
            let synthetic_bold = bold
                && FONT_FILES
                    .iter()
                    .any(|f| f.2 == path && f.1.as_str() != style.as_str());
            faces.insert(
                (family, bold),
                Face {
                    font,
                    synthetic_bold,
                },
            );
        }
        faces
    })
}

// ---------------------------------------------------------------------------------
// The bitmap backend, with text set as a canvas sets it

/// Text set on plotters' bitmap backend by ab_glyph the way a canvas sets it (a font
/// size is the em, `textBaseline` top, middle or bottom is the em box's), through the
/// same wrapper (`charts::backend::WithText`) as `charts::canvas` uses for the page. plotters' own ab_glyph text (0.3.7) sizes
/// fonts by their height rather than their em (about 12% smaller), sets the baseline
/// half a size below the anchor whatever the anchor, and keeps the regular face when a
/// font is made bold: labels would sit off their halos, titles would not be bold.
struct Glyphs;

/// A text's glyphs in one font at one size, placed from x = 0 on the baseline y = 0.
struct Line<'f> {
    face: &'f Face,
    scale: PxScale,
    glyphs: Vec<(GlyphId, f32)>,
    width: f32,
    /// The em box's top and bottom, from the baseline (top negative).
    em: (f32, f32),
}

fn set_line<'f, S: BackendTextStyle>(
    text: &str,
    style: &S,
    faces: &'f HashMap<(String, bool), Face>,
) -> Result<Line<'f>, String> {
    let family = style.family().as_str().to_owned();
    let bold = matches!(style.style(), FontStyle::Bold);
    let face = faces
        .get(&(family.clone(), bold))
        .ok_or_else(|| format!("no font registered for {family:?} (bold: {bold})"))?;
    let font = &face.font;
    let size = style.size() as f32;
    let per_unit = size / font.units_per_em().unwrap_or(1000.0);
    let scale = PxScale::from(font.height_unscaled() * per_unit);
    let scaled = font.as_scaled(scale);
    let (ascent, descent) = (font.ascent_unscaled(), font.descent_unscaled());
    let top = -size * ascent / (ascent - descent);
    let mut glyphs = Vec::new();
    let mut x = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if id.0 == 0 && !c.is_whitespace() {
            return Err(format!("{family:?} has no glyph for {c:?} (in {text:?})"));
        }
        if let Some(p) = previous {
            x += scaled.kern(p, id);
        }
        glyphs.push((id, x));
        x += scaled.h_advance(id);
        previous = Some(id);
    }
    Ok(Line {
        face,
        scale,
        glyphs,
        width: x,
        em: (top, top + size),
    })
}

fn font_error(
    message: String,
) -> DrawingErrorKind<<BitMapBackend<'static> as DrawingBackend>::ErrorType> {
    DrawingErrorKind::FontError(message.into())
}

impl<'a> SetText<BitMapBackend<'a>> for Glyphs {
    fn draw_text<S: BackendTextStyle>(
        &self,
        inner: &mut BitMapBackend<'a>,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn<BitMapBackend<'a>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let line = set_line(text, style, faces()).map_err(font_error)?;
        let left = pos.0 as f32
            - match style.anchor().h_pos {
                HPos::Left => 0.0,
                HPos::Center => line.width / 2.0,
                HPos::Right => line.width,
            };
        let (top, bottom) = line.em;
        let baseline = pos.1 as f32
            - match style.anchor().v_pos {
                VPos::Top => top,
                VPos::Center => (top + bottom) / 2.0,
                VPos::Bottom => bottom,
            };
        let strokes: &[f32] = if line.face.synthetic_bold {
            &[0.0, (style.size() as f32 / 24.0).max(1.0)]
        } else {
            &[0.0]
        };
        let mut coverage = Vec::new();
        for &(id, x) in &line.glyphs {
            for &dx in strokes {
                let glyph = id
                    .with_scale_and_position(line.scale, ab_glyph::point(left + x + dx, baseline));
                if let Some(outline) = line.face.font.outline_glyph(glyph) {
                    let bounds = outline.px_bounds();
                    outline.draw(|gx, gy, c| {
                        coverage.push((
                            bounds.min.x as i32 + gx as i32,
                            bounds.min.y as i32 + gy as i32,
                            c,
                        ))
                    });
                }
            }
        }
        for (x, y, c) in coverage {
            if c > 0.0 {
                let alpha = color.alpha * f64::from(c.min(1.0));
                inner.draw_pixel(
                    (x, y),
                    BackendColor {
                        alpha,
                        rgb: color.rgb,
                    },
                )?;
            }
        }
        Ok(())
    }

    fn text_size<S: BackendTextStyle>(
        &self,
        _: &BitMapBackend<'a>,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<<BitMapBackend<'a> as DrawingBackend>::ErrorType>>
    {
        let line = set_line(text, style, faces()).map_err(font_error)?;
        Ok((line.width.ceil() as u32, (style.size() * 1.2).ceil() as u32))
    }
}

// ---------------------------------------------------------------------------------
// The pictures

/// How the pictures are drawn: the page's light theme, in the language.
fn style_for(lang: Lang) -> ChartStyle {
    ChartStyle {
        palette: Palette::LIGHT,
        scale: SCALE,
        text: lang.text(),
        y_top: None,
    }
}

/// The preset's picture in `lang`, as the page's "Download PNG" draws the investment
/// chart: the report's path for reference, the reported capex marked, no likely range.
fn render(lang: Lang, preset: Preset) -> RgbImage {
    let (w, h) = SIZE;
    let mut pixels = vec![0u8; (w * h * 3) as usize];
    {
        let root = WithText {
            inner: BitMapBackend::with_buffer(&mut pixels, SIZE),
            text: Glyphs,
        }
        .into_drawing_area();
        let style = style_for(lang);
        let scenario = preset.scenario();
        let reference = project(&Scenario::default()).total;
        let notes = poster_notes(style.text, &scenario, View::Investment, false);
        let figure = Figure::Investment(Investment {
            reference: &reference,
            band: None,
            later: Later::Reported,
            guess: None,
        });
        let projection = project(&scenario);
        let subtitle = poster_subtitle(style.text, Some(preset), Some(&projection.summary()));
        poster::draw(&root, &projection, figure, &style, &subtitle, &notes)
            .unwrap_or_else(|e| panic!("the {} preview is not drawn: {e}", preset.id()));
        root.present().expect("presents");
    }
    RgbImage::from_raw(w, h, pixels).expect("the picture's size")
}

fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::ZhHant => ".zh-hant",
    }
}

/// The picture's file name, in `style/previews/` and `dist/previews/`.
fn image_name(lang: Lang, preset: Preset) -> String {
    format!("{}{}.png", preset.id(), suffix(lang))
}

fn image_path(name: &str) -> PathBuf {
    Path::new(ROOT).join("style/previews").join(name)
}

/// The picture as a PNG file: lossless, as small as the encoder makes it.
fn png(picture: &RgbImage) -> Vec<u8> {
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    use image::ImageEncoder;
    let mut bytes = Vec::new();
    PngEncoder::new_with_quality(&mut bytes, CompressionType::Best, FilterType::Adaptive)
        .write_image(
            picture.as_raw(),
            picture.width(),
            picture.height(),
            image::ColorType::Rgb8,
        )
        .expect("encodes");
    bytes
}

fn updating() -> bool {
    std::env::var_os("UPDATE_STATIC").is_some()
}

/// With `UPDATE_STATIC`, rewrites whatever is stale, once, before any test reads it
/// (the tests run at the same time); without, does nothing.
fn update_once() {
    static UPDATED: OnceLock<()> = OnceLock::new();
    if updating() {
        UPDATED.get_or_init(|| {
            for lang in [Lang::En, Lang::ZhHant] {
                check_pictures(lang);
                check_pages(lang, true);
                check_pages(lang, false);
            }
        });
    }
}

/// Writes through a temporary file, so that a test reading `path` meanwhile sees the
/// old file or the new one, never half of one.
fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("makes the folder");
    let temporary = path.with_extension("partial");
    std::fs::write(&temporary, bytes).expect("writes");
    std::fs::rename(&temporary, path).expect("renames");
}

fn check_pictures(lang: Lang) {
    for preset in Preset::ALL {
        let name = image_name(lang, preset);
        let path = image_path(&name);
        let want = render(lang, preset);
        let current = image::open(&path).ok().map(|i| i.to_rgb8());
        let differing = current.as_ref().map_or(u64::MAX, |current| {
            if current.dimensions() != want.dimensions() {
                return u64::MAX;
            }
            current
                .pixels()
                .zip(want.pixels())
                .filter(|(a, b)| a != b)
                .count() as u64
        });
        if differing == 0 {
            continue;
        }
        if updating() {
            write(&path, &png(&want));
        } else {
            let how = match (&current, differing) {
                (None, _) => "is missing or unreadable".to_owned(),
                (Some(_), u64::MAX) => "has another size".to_owned(),
                (Some(_), n) => format!("is stale ({n} pixels differ)"),
            };
            panic!(
                "style/previews/{name} {how}: run UPDATE_STATIC=1 cargo test --test previews \
                 (the pictures are drawn with Debian 12's fonts-liberation and \
                 fonts-wqy-microhei; other versions draw other pixels)"
            );
        }
    }
}

// ---------------------------------------------------------------------------------
// The pages and their tags

/// A page a shared link can point at: an entry page, or a preset's page.
#[derive(Clone, Copy)]
struct Page {
    lang: Lang,
    preset: Preset,
    entry: bool,
}

impl Page {
    /// Its folder in `dist/`: `""`, `zh-hant/`, `s/<preset>/`, `zh-hant/s/<preset>/`.
    fn dir(self) -> String {
        let lang = match self.lang {
            Lang::En => "",
            Lang::ZhHant => "zh-hant/",
        };
        if self.entry {
            lang.to_owned()
        } else {
            format!("{lang}s/{}/", self.preset.id())
        }
    }

    /// Its file in the sources.
    fn source(self) -> PathBuf {
        // Everything but the English entry page (the crate's top) is under src/.
        let dir = match self.dir().as_str() {
            "" => String::new(),
            dir => format!("src/{dir}"),
        };
        Path::new(ROOT).join(dir).join("index.html")
    }

    /// The way from it to the top of `dist/`: `./`, `../`, `../../`, `../../../`.
    fn up(self) -> String {
        match self.dir().matches('/').count() {
            0 => "./".to_owned(),
            n => "../".repeat(n),
        }
    }

    fn image(self) -> String {
        image_name(self.lang, self.preset)
    }
}

/// Every page: the two entry pages, then each preset's page in each language.
fn pages() -> Vec<Page> {
    let mut pages = Vec::new();
    for lang in [Lang::En, Lang::ZhHant] {
        pages.push(Page {
            lang,
            preset: Preset::Report,
            entry: true,
        });
    }
    for lang in [Lang::En, Lang::ZhHant] {
        for preset in Preset::ALL {
            pages.push(Page {
                lang,
                preset,
                entry: false,
            });
        }
    }
    pages
}

/// The host's public address of `dist/`, from `CAPEX_PUBLIC_URL`, ending with `/`.
fn public_url() -> Option<String> {
    let url = std::env::var("CAPEX_PUBLIC_URL").ok()?;
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    assert!(
        (url.starts_with("https://") || url.starts_with("http://"))
            && !url.contains(['"', '<', '>', ' ', '?', '#']),
        "CAPEX_PUBLIC_URL must be the absolute address of dist/, e.g. \
         https://news.example/capex/ (got {url:?})"
    );
    Some(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// `target` (a path in `dist/`) as `page` links to it in its tags: relative, or
/// absolute under the public address.
fn href(page: Page, base: Option<&str>, target: &str) -> String {
    match base {
        Some(base) => format!("{base}{target}"),
        None => format!("{}{target}", page.up()),
    }
}

/// Text made safe for an attribute's value or an element's content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The widget's name: the end of the page's title ("… · AI Capex Explorer").
fn app_name(lang: Lang) -> &'static str {
    let title = lang.text().page_title;
    title
        .rsplit_once('·')
        .map_or(title, |(_, name)| name.trim())
}

/// Open Graph's name for the language: language and territory.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::ZhHant => "zh_TW",
    }
}

/// The picture in words: its title, then the widget's sentence for the preset.
fn alt(lang: Lang, preset: Preset) -> String {
    let t = lang.text();
    let summary = project(&preset.scenario()).summary();
    // How the language ends a sentence (no string in the tables has only that).
    let stop = match lang {
        Lang::En => ". ",
        Lang::ZhHant => "。",
    };
    format!("{}{stop}{}", t.poster_titles[0], sentence(t, &summary))
}

/// What a page says of itself: its title and description, as HTML-escaped text.
fn title_and_description(page: Page, html: &str) -> (String, String) {
    let t = page.lang.text();
    if page.entry {
        let description = metas(head(html))
            .into_iter()
            .find(|(key, _)| key == "description")
            .map(|(_, content)| content)
            .expect("the entry page's <meta name=\"description\">");
        (escape(t.page_title), description)
    } else {
        let preset = t.preset(page.preset);
        (
            escape(&format!("{} · {}", preset.title, app_name(page.lang))),
            escape(preset.description),
        )
    }
}

/// The page's link-preview tags.
fn tags(page: Page, base: Option<&str>, title: &str, description: &str) -> String {
    let mut tags = vec![
        ("property", "og:type", "website".to_owned()),
        ("property", "og:site_name", escape(app_name(page.lang))),
        ("property", "og:title", title.to_owned()),
        ("property", "og:description", description.to_owned()),
        ("property", "og:locale", og_locale(page.lang).to_owned()),
        (
            "property",
            "og:image",
            escape(&href(page, base, &format!("previews/{}", page.image()))),
        ),
        ("property", "og:image:width", SIZE.0.to_string()),
        ("property", "og:image:height", SIZE.1.to_string()),
        (
            "property",
            "og:image:alt",
            escape(&alt(page.lang, page.preset)),
        ),
        ("name", "twitter:card", "summary_large_image".to_owned()),
    ];
    if let Some(base) = base {
        tags.push((
            "property",
            "og:url",
            escape(&format!("{base}{}", page.dir())),
        ));
    }
    tags.iter()
        .map(|(kind, key, content)| format!("  <meta {kind}=\"{key}\" content=\"{content}\">\n"))
        .collect()
}

/// A preset's own page: its tags, and for readers its title, description, picture and
/// the link that opens the widget with it. No script and no style attribute, so it
/// works under the strictest Content-Security-Policy and without JavaScript.
fn preset_page(page: Page, base: Option<&str>) -> String {
    let t = page.lang.text();
    let preset = t.preset(page.preset);
    let (title, description) = title_and_description(page, "");
    let up = page.up();
    format!(
        "<!doctype html>\n\
         <html lang=\"{lang}\">\n\
         <head>\n\
         \x20 <meta charset=\"utf-8\">\n\
         \x20 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         \x20 <title>{title}</title>\n\
         \x20 <meta name=\"description\" content=\"{description}\">\n\
         {START}{tags}{END}\n\
         \x20 <link rel=\"icon\" href=\"data:,\">\n\
         \x20 <link rel=\"stylesheet\" href=\"{up}main.css\">\n\
         </head>\n\
         <body>\n\
         \x20 <main class=\"page\">\n\
         \x20   <header class=\"page-head\">\n\
         \x20     <p class=\"kicker\">{app}</p>\n\
         \x20     <h1>{heading}</h1>\n\
         \x20     <p class=\"dek\">{description}</p>\n\
         \x20   </header>\n\
         \x20   <p><img class=\"static-chart\" src=\"{up}previews/{image}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\"></p>\n\
         \x20   <p><a class=\"button\" href=\"../../?preset={id}\">{open}</a></p>\n\
         \x20 </main>\n\
         </body>\n\
         </html>\n",
        lang = page.lang.tag(),
        tags = tags(page, base, &title, &description),
        app = escape(app_name(page.lang)),
        heading = escape(preset.title),
        image = page.image(),
        w = SIZE.0,
        h = SIZE.1,
        alt = escape(&alt(page.lang, page.preset)),
        id = page.preset.id(),
        open = escape(page.lang.extras().source[1]),
    )
}

/// The page as it should be: a preset's page whole, an entry page with its tags
/// between the markers.
fn wanted(page: Page, current: &str, base: Option<&str>) -> String {
    if !page.entry {
        return preset_page(page, base);
    }
    let start = current.find(START).expect("the link-preview start marker") + START.len();
    let end = current.find(END).expect("the link-preview end marker");
    let (title, description) = title_and_description(page, current);
    format!(
        "{}{}{}",
        &current[..start],
        tags(page, base, &title, &description),
        &current[end..]
    )
}

fn check_pages(lang: Lang, entry: bool) {
    let base = public_url();
    for page in pages()
        .into_iter()
        .filter(|p| p.lang == lang && p.entry == entry)
    {
        let path = page.source();
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        let want = wanted(page, &current, base.as_deref());
        if current == want {
            continue;
        }
        if updating() {
            write(&path, want.as_bytes());
        } else {
            panic!(
                "{} is stale: run UPDATE_STATIC=1 cargo test --test previews",
                path.display()
            );
        }
    }
}

/// The page's `<head>`.
fn head(html: &str) -> &str {
    let end = html.find("</head>").expect("a </head>");
    &html[..end]
}

/// Every `<meta>` in `html` with a `property` or `name`: (that, content), content as
/// written (HTML-escaped).
fn metas(html: &str) -> Vec<(String, String)> {
    html.split("<meta ")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let attribute = |name: &str| {
                let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
                Some(tag[at..at + tag[at..].find('"')?].to_owned())
            };
            let key = attribute("property").or_else(|| attribute("name"))?;
            Some((key, attribute("content").unwrap_or_default()))
        })
        .collect()
}

/// `link`, written on the page in `dist/` folder `dir`, as a path in `dist/`; `None`
/// when it leaves `dist/` or is absolute elsewhere than at the public address.
fn resolve(dir: &str, link: &str, base: Option<&str>) -> Option<String> {
    let relative = match base {
        Some(base) if link.starts_with(base) => return Some(link[base.len()..].to_owned()),
        _ if link.contains("://") => return None,
        _ => link,
    };
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// Every page's source, read.
fn read_pages() -> Vec<(Page, String)> {
    pages()
        .into_iter()
        .map(|page| {
            let html = std::fs::read_to_string(page.source()).unwrap_or_else(|e| {
                panic!(
                    "{} is missing ({e}): run UPDATE_STATIC=1 cargo test --test previews",
                    page.source().display()
                )
            });
            (page, html)
        })
        .collect()
}

/// A file in `dist/` where the sources hold it: the pictures are copied from
/// `style/previews/`, the style sheet from `style/main.css`.
fn source_of(dist_path: &str) -> PathBuf {
    let root = Path::new(ROOT);
    match dist_path.strip_prefix("previews/") {
        Some(name) => root.join("style/previews").join(name),
        None if dist_path == "main.css" => root.join("style/main.css"),
        None => root.join("dist-path-with-no-source").join(dist_path),
    }
}

const REQUIRED: [&str; 10] = [
    "og:type",
    "og:site_name",
    "og:title",
    "og:description",
    "og:locale",
    "og:image",
    "og:image:width",
    "og:image:height",
    "og:image:alt",
    "twitter:card",
];

// ---------------------------------------------------------------------------------
// The tests

#[test]
fn the_english_pictures_are_current() {
    update_once();
    check_pictures(Lang::En);
}

#[test]
fn the_chinese_pictures_are_current() {
    update_once();
    check_pictures(Lang::ZhHant);
}

#[test]
fn the_english_entry_page_tags_are_current() {
    update_once();
    check_pages(Lang::En, true);
}

#[test]
fn the_chinese_entry_page_tags_are_current() {
    update_once();
    check_pages(Lang::ZhHant, true);
}

#[test]
fn the_english_preset_pages_are_current() {
    update_once();
    check_pages(Lang::En, false);
}

#[test]
fn the_chinese_preset_pages_are_current() {
    update_once();
    check_pages(Lang::ZhHant, false);
}

#[test]
fn every_picture_is_1200_by_630() {
    update_once();
    let mut names: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("style/previews"))
        .expect("style/previews/")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".png"))
        .collect();
    names.sort();
    let mut expected: Vec<String> = [Lang::En, Lang::ZhHant]
        .iter()
        .flat_map(|&lang| Preset::ALL.map(|preset| image_name(lang, preset)))
        .collect();
    expected.sort();
    assert_eq!(
        names, expected,
        "one picture per preset and language, no others"
    );
    for name in names {
        let size = image::image_dimensions(image_path(&name)).expect("a PNG");
        assert_eq!(size, SIZE, "{name}");
    }
}

#[test]
fn every_page_has_each_link_preview_tag_once() {
    update_once();
    let base = public_url();
    for (page, html) in read_pages() {
        let tags = metas(head(&html));
        let mut required = REQUIRED.to_vec();
        if base.is_some() {
            required.push("og:url");
        }
        for key in required {
            let found: Vec<_> = tags.iter().filter(|(k, _)| k == key).collect();
            assert_eq!(found.len(), 1, "{key} once in {}", page.source().display());
            assert!(
                !found[0].1.trim().is_empty(),
                "{key} empty in {}",
                page.source().display()
            );
        }
        let card = tags
            .iter()
            .find(|(k, _)| k == "twitter:card")
            .expect("a card");
        assert_eq!(card.1, "summary_large_image");
    }
}

#[test]
fn every_og_image_is_a_picture_of_its_stated_size() {
    update_once();
    let base = public_url();
    for (page, html) in read_pages() {
        let tags: HashMap<String, String> = metas(head(&html)).into_iter().collect();
        let where_ = page.source().display().to_string();
        let link = &tags["og:image"];
        let target = resolve(&page.dir(), link, base.as_deref())
            .unwrap_or_else(|| panic!("og:image {link} leaves dist/ in {where_}"));
        assert!(
            target.starts_with("previews/"),
            "og:image {link} in {where_}"
        );
        let file = source_of(&target);
        let (w, h) = image::image_dimensions(&file)
            .unwrap_or_else(|e| panic!("og:image {link} of {where_}: {} ({e})", file.display()));
        assert_eq!(tags["og:image:width"], w.to_string(), "{where_}");
        assert_eq!(tags["og:image:height"], h.to_string(), "{where_}");
        assert_eq!(target, format!("previews/{}", page.image()), "{where_}");
    }
}

#[test]
fn every_og_locale_is_its_page_language() {
    update_once();
    for (page, html) in read_pages() {
        let lang = html
            .split("<html lang=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(Lang::from_tag)
            .unwrap_or_else(|| panic!("<html lang> of {}", page.source().display()));
        assert!(lang == page.lang);
        let tags: HashMap<String, String> = metas(head(&html)).into_iter().collect();
        assert_eq!(
            tags["og:locale"],
            og_locale(lang),
            "{}",
            page.source().display()
        );
    }
}

#[test]
fn the_preset_pages_work_without_scripts_or_inline_styles() {
    update_once();
    for (page, html) in read_pages().into_iter().filter(|(p, _)| !p.entry) {
        let where_ = page.source().display().to_string();
        assert!(!html.contains("<script"), "{where_}");
        assert!(!html.contains(" style="), "{where_}");
        assert!(!html.contains("<style"), "{where_}");
        let open = format!("href=\"../../?preset={}\"", page.preset.id());
        assert!(
            html.contains(&open),
            "{where_} links to the widget with its preset"
        );
        // The widget that link opens is the entry page of the page's language.
        let entry = resolve(&page.dir(), "../../", None).expect("inside dist/");
        let entry_dir = Page {
            entry: true,
            ..page
        }
        .dir();
        assert_eq!(format!("{entry}/").trim_start_matches('/'), entry_dir);
        let pictures = html.split("src=\"").skip(1);
        let sheets = html.split("stylesheet\" href=\"").skip(1);
        for link in pictures.chain(sheets) {
            let link = &link[..link.find('"').expect("a closing quote")];
            let target = resolve(&page.dir(), link, None).expect("inside dist/");
            assert!(source_of(&target).is_file(), "{link} of {where_}");
        }
    }
}

#[test]
fn a_public_address_makes_the_tags_absolute() {
    let page = Page {
        lang: Lang::ZhHant,
        preset: Preset::JevonsBoom,
        entry: false,
    };
    let base = "https://news.example/capex/";
    let absolute: HashMap<String, String> = metas(&tags(page, Some(base), "t", "d"))
        .into_iter()
        .collect();
    assert_eq!(
        absolute["og:image"],
        "https://news.example/capex/previews/jevons-boom.zh-hant.png"
    );
    assert_eq!(
        absolute["og:url"],
        "https://news.example/capex/zh-hant/s/jevons-boom/"
    );
    let relative: HashMap<String, String> =
        metas(&tags(page, None, "t", "d")).into_iter().collect();
    assert_eq!(
        relative["og:image"],
        "../../../previews/jevons-boom.zh-hant.png"
    );
    assert!(!relative.contains_key("og:url"));
}

#[test]
fn a_missing_font_names_its_debian_package() {
    let error = font_file(
        "/nonexistent/LiberationSans-Regular.ttf",
        "fonts-liberation",
    )
    .expect_err("no such file");
    assert!(
        error.contains("apt-get install -y fonts-liberation"),
        "{error}"
    );
}
