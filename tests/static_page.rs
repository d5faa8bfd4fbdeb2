//! The page's static baseline (its loading view, and what readers without JavaScript
//! or WebAssembly see): the chart as SVG drawn by the same code as the canvas, and the
//! table, both generated from the model. This test fails when the committed copies are
//! stale; `UPDATE_STATIC=1 cargo test --test static_page` rewrites them. The files are
//! those of the build's language: `index.html` and `baseline-chart.svg` in English,
//! `index.zh-hant.html` and `baseline-chart.zh-hant.svg` with `--features zh-hant`.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::charts::{investment, ChartStyle};
use ai_capex_explorer::format::{amount, percent};
use ai_capex_explorer::model::{project, Scenario, YEARS};
use plotters::prelude::*;

const ZH: bool = cfg!(feature = "zh-hant");
const SVG_PATH: &str = if ZH {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/style/baseline-chart.zh-hant.svg"
    )
} else {
    concat!(env!("CARGO_MANIFEST_DIR"), "/style/baseline-chart.svg")
};
const HTML_PATH: &str = if ZH {
    concat!(env!("CARGO_MANIFEST_DIR"), "/index.zh-hant.html")
} else {
    concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")
};
/// The static table's caption, header cells and note, in the page's language.
const TABLE_TEXT: [&str; 8] = if ZH {
    [
        "報告的逐年預測，單位：億美元",
        "年份",
        "總額",
        "訓練",
        "推論",
        "其他*",
        "推論占比",
        "*「其他」（既非訓練也非推論）是我們自己的假設：沒有資料來源提到它。資料來源：彭博行業研究，2025 年 3 月 17 日。",
    ]
} else {
    [
        "The report's projection by year, in billions of US dollars",
        "Year",
        "Total",
        "Training",
        "Inference",
        "Other*",
        "Inference share",
        "* \"Other\" (neither training nor inference) is our own assumption: no source names it. Source: Bloomberg Intelligence, 17 Mar 2025.",
    ]
};
const START: &str = "<!-- baseline-table:start -->\n";
const END: &str = "<!-- baseline-table:end -->";

fn baseline_svg() -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (560, 360)).into_drawing_area();
        // plotters' SVG backend writes font sizes ÷ 1.24; scaling by 1.24 gives the
        // canvas's 13 px text at the image's natural size.
        let style = ChartStyle {
            scale: 1.24,
            ..ChartStyle::default()
        };
        investment::draw(
            &root,
            &project(&Scenario::default()),
            &project(&Scenario::default()).total,
            None,
            &style,
            None,
        )
        .expect("draws");
        root.present().expect("presents");
    }
    svg.push('\n');
    svg
}

fn baseline_table() -> String {
    let p = project(&Scenario::default());
    let mut rows = String::new();
    for (i, year) in YEARS.iter().enumerate() {
        rows.push_str(&format!(
            "              <tr><th scope=\"row\">{year}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            amount(p.total[i]),
            amount(p.training[i]),
            amount(p.inference[i]),
            amount(p.other[i]),
            percent(p.inference_share[i]),
        ));
    }
    let [caption, year, total, training, inference, other, share, note] = TABLE_TEXT;
    format!(
        "          <div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"capex-static-caption\">\n\
         \x20           <table class=\"projection-table\">\n\
         \x20             <caption id=\"capex-static-caption\">{caption}</caption>\n\
         \x20             <thead><tr><th scope=\"col\">{year}</th><th scope=\"col\">{total}</th><th scope=\"col\">{training}</th>\
         <th scope=\"col\">{inference}</th><th scope=\"col\">{other}</th><th scope=\"col\">{share}</th></tr></thead>\n\
         \x20             <tbody>\n{rows}\x20             </tbody>\n\
         \x20           </table>\n\
         \x20           <p class=\"table-note\">{note}</p>\n\
         \x20         </div>\n"
    )
}

fn check_or_update(path: &str, current: &str, want: &str) {
    if std::env::var_os("UPDATE_STATIC").is_some() {
        std::fs::write(path, want).expect("writes");
    } else {
        assert!(
            current == want,
            "{path} is stale: run UPDATE_STATIC=1 cargo test --test static_page"
        );
    }
}

#[test]
fn the_baseline_chart_svg_is_current() {
    let current = std::fs::read_to_string(SVG_PATH).unwrap_or_default();
    let want = baseline_svg();
    let label = investment::report_labels()[1].clone();
    assert!(want.contains(&label) && want.matches("<polygon").count() == 3);
    check_or_update(SVG_PATH, &current, &want);
}

#[test]
fn the_baseline_table_in_index_html_is_current() {
    let html = std::fs::read_to_string(HTML_PATH).expect("index.html");
    let start = html.find(START).expect("start marker") + START.len();
    let end = html.find(END).expect("end marker");
    let want = baseline_table();
    let total = if ZH { "5,250" } else { "525" };
    assert!(want.contains(&format!("<th scope=\"row\">2032</th><td>{total}</td>")));
    let updated = format!("{}{}{}", &html[..start], want, &html[end..]);
    check_or_update(HTML_PATH, &html, &updated);
}
