//! The entry pages' static baseline (their loading view, and what readers without
//! JavaScript or WebAssembly see): the chart as SVG drawn by the same code as the
//! canvas, and the table, both generated from the model, in each entry page's language:
//! `index.html` and `style/baseline-chart.svg` in English, `src/zh-hant/index.html` and
//! `style/baseline-chart.zh-hant.svg` in Traditional Chinese. These tests fail when
//! the committed copies are stale; `UPDATE_STATIC=1 cargo test --test static_page`
//! rewrites them.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::charts::{investment, ChartStyle};
use ai_capex_explorer::format::{amount, percent};
use ai_capex_explorer::i18n::Lang;
use ai_capex_explorer::markup::Later;
use ai_capex_explorer::model::{project, Scenario, BASE_YEAR, LAST_YEAR, YEARS};
use plotters::prelude::*;

/// One entry page: its language, its chart, its HTML, and its static table's caption,
/// header cells and note.
struct Entry {
    lang: Lang,
    svg: &'static str,
    html: &'static str,
    table: [&'static str; 8],
}

const ENGLISH: Entry = Entry {
    lang: Lang::En,
    svg: concat!(env!("CARGO_MANIFEST_DIR"), "/style/baseline-chart.svg"),
    html: concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"),
    table: [
        "The report's baseline by year, in billions of US dollars: the report's figures in bold, the rest derived or assumed",
        "Year",
        "Total",
        "Training",
        "Inference",
        "Other*",
        "Inference share",
        "Bold: the report's figures (Bloomberg Intelligence, 17 Mar 2025). 2024 is derived from its +44%; the years between follow our assumptions, and each year's split moves along an S-curve between the report's 2025 and 2032 shares. * \"Other\" (neither training nor inference) is our own assumption: no source names it.",
    ],
};

const CHINESE: Entry = Entry {
    lang: Lang::ZhHant,
    svg: concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/style/baseline-chart.zh-hant.svg"
    ),
    html: concat!(env!("CARGO_MANIFEST_DIR"), "/src/zh-hant/index.html"),
    table: [
        "報告的逐年基準（單位：億美元）：粗體為報告的數字，其餘為推算或假設",
        "年份",
        "總額",
        "訓練",
        "推論",
        "其他*",
        "推論占比",
        "粗體：報告的數字（彭博行業研究，2025 年 3 月 17 日）。2024 年由其 +44% 推算；其間的年份依我們的假設計算，各年的組成則沿 S 形曲線，從報告的 2025 年占比移動到 2032 年占比。*「其他」（既非訓練也非推論）是我們自己的假設：沒有資料來源提到它。",
    ],
};

const START: &str = "<!-- baseline-table:start -->\n";
const END: &str = "<!-- baseline-table:end -->";

fn baseline_svg(lang: Lang) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (560, 360)).into_drawing_area();
        // plotters' SVG backend writes font sizes ÷ 1.24; scaling by 1.24 gives the
        // canvas's 13 px text at the image's natural size.
        let style = ChartStyle {
            scale: 1.24,
            text: lang.text(),
            ..ChartStyle::default()
        };
        investment::draw(
            &root,
            &project(&Scenario::default()),
            &project(&Scenario::default()).total,
            None,
            Later::Reported,
            &style,
            None,
        )
        .expect("draws");
        root.present().expect("presents");
    }
    svg.push('\n');
    svg
}

fn baseline_table(entry: &Entry) -> String {
    let t = entry.lang.text();
    let p = project(&Scenario::default());
    let mut rows = String::new();
    for (i, year) in YEARS.iter().enumerate() {
        // The report publishes the totals of 2025 and 2032 only: those are set in bold.
        let total = amount(t, p.total[i]);
        let total = if [BASE_YEAR, LAST_YEAR].contains(year) {
            format!("<strong>{total}</strong>")
        } else {
            total
        };
        rows.push_str(&format!(
            "              <tr><th scope=\"row\">{year}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            total,
            amount(t, p.training[i]),
            amount(t, p.inference[i]),
            amount(t, p.other[i]),
            percent(p.inference_share[i]),
        ));
    }
    let [caption, year, total, training, inference, other, share, note] = entry.table;
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

fn check_svg(entry: &Entry) {
    let current = std::fs::read_to_string(entry.svg).unwrap_or_default();
    let want = baseline_svg(entry.lang);
    let label = investment::report_labels(entry.lang.text())[1].clone();
    assert!(want.contains(&label) && want.matches("<polygon").count() == 3);
    check_or_update(entry.svg, &current, &want);
}

fn check_table(entry: &Entry, total_2032: &str) {
    let html = std::fs::read_to_string(entry.html).expect("entry page");
    let start = html.find(START).expect("start marker") + START.len();
    let end = html.find(END).expect("end marker");
    let want = baseline_table(entry);
    assert!(want.contains(&format!(
        "<th scope=\"row\">2032</th><td><strong>{total_2032}</strong></td>"
    )));
    let updated = format!("{}{}{}", &html[..start], want, &html[end..]);
    check_or_update(entry.html, &html, &updated);
}

#[test]
fn the_english_baseline_chart_svg_is_current() {
    check_svg(&ENGLISH);
}

#[test]
fn the_chinese_baseline_chart_svg_is_current() {
    check_svg(&CHINESE);
}

#[test]
fn the_english_baseline_table_is_current() {
    check_table(&ENGLISH, "525");
}

#[test]
fn the_chinese_baseline_table_is_current() {
    check_table(&CHINESE, "5,250");
}
