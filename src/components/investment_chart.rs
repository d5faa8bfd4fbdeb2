use leptos::html::{Canvas, Div};
use leptos::prelude::*;

use crate::charts::{canvas, investment::REPORT_LABELS, ChartStyle, Palette};
use crate::format::{money_b, percent};
use crate::hooks::{use_element_width, use_preferred_dark, UseElementWidthReturn};
use crate::model::{Projection, LAST_YEAR};

/// The main chart: AI investment 2024–2032, stacked by workload, drawn on a canvas
/// that follows its container's width and the screen's pixel density.
#[component]
pub fn InvestmentChart(
    /// The projection to draw.
    #[prop(into)]
    projection: Signal<Projection>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let canvas_ref = NodeRef::<Canvas>::new();
    let UseElementWidthReturn { width, pixel_ratio } = use_element_width(container);
    let dark = use_preferred_dark();

    Effect::new(move |_| {
        let (Some(canvas), css_width, dpr) = (canvas_ref.get(), width.get(), pixel_ratio.get())
        else {
            return;
        };
        if css_width < 1.0 {
            return;
        }
        let css_height = chart_height(css_width);
        // Backing store in device pixels; CSS size set per property (allowed by a
        // strict style-src, unlike a style attribute).
        canvas.set_width((css_width * dpr).round() as u32);
        canvas.set_height((css_height * dpr).round() as u32);
        let style = web_sys::HtmlElement::style(&canvas);
        _ = style.set_property("width", &format!("{css_width}px"));
        _ = style.set_property("height", &format!("{css_height}px"));
        let chart_style = ChartStyle {
            palette: if dark.get() {
                Palette::DARK
            } else {
                Palette::LIGHT
            },
            scale: dpr,
        };
        let drawn = projection.with(|p| canvas::draw_investment(&canvas, p, &chart_style));
        if let Err(message) = drawn {
            web_sys::console::error_1(&format!("chart not drawn: {message}").into());
        }
    });

    let description = move || {
        projection.with(|p| {
            let s = p.summary();
            format!(
                "Stacked area chart of AI investment from 2024 to {LAST_YEAR}: {} in 2024, {} in 2025, \
                 {} in {LAST_YEAR}, of which training {} and inference {}. Marked: the report's \
                 figures, $371B in 2025 and $525B in 2032.",
                money_b(p.total[0]),
                money_b(p.total[1]),
                money_b(s.total_2032),
                percent(s.training_share_2032),
                percent(s.inference_share_2032),
            )
        })
    };

    view! {
        <figure class="chart">
            <figcaption class="chart-title" id="capex-chart-title">
                "AI investment by workload, 2024–2032"
                <span class="chart-unit">"Billions of US dollars"</span>
            </figcaption>
            <ul class="legend" aria-hidden="true">
                <li><span class="swatch swatch-training"></span>"Training"</li>
                <li><span class="swatch swatch-inference"></span>"Inference"</li>
                <li><span class="swatch swatch-other"></span>"Other (our assumption)"</li>
                <li><span class="swatch swatch-mark"></span>"Report figure"</li>
            </ul>
            <div class="chart-box" node_ref=container>
                <canvas
                    node_ref=canvas_ref
                    data-testid="chart-investment"
                    role="img"
                    aria-labelledby="capex-chart-title"
                    aria-describedby="capex-chart-desc"
                ></canvas>
            </div>
            <p class="visually-hidden" id="capex-chart-desc">{description}</p>
            <p class="chart-marks" data-testid="report-marks">
                "Marked on the chart: " {REPORT_LABELS[0]} " (2025) and " {REPORT_LABELS[1]} " (2032)."
            </p>
        </figure>
    }
}

/// Chart height for a given width: wide on laptops, taller than wide-screen on phones.
fn chart_height(width: f64) -> f64 {
    (width * 0.6).clamp(220.0, 380.0).round()
}
