//! The entry pages' static baseline (their loading view, and what readers without
//! JavaScript or WebAssembly see): the chart as SVG drawn by the same code as the
//! canvas, and the table, both generated from the model, in each entry page's language:
//! `index.html` and `style/baseline-chart.svg` in English, `src/zh-hant/index.html` and
//! `style/baseline-chart.zh-hant.svg` in Traditional Chinese. These tests fail when
//! the committed copies are stale; `UPDATE_STATIC=1 cargo test --test static_page`
//! rewrites them.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::charts::{investment, ChartStyle};
use ai_capex_explorer::i18n::Lang;
use ai_capex_explorer::markup::{key_number, table_row, Later};
use ai_capex_explorer::model::{project, Scenario, BASE_YEAR, LAST_YEAR, YEARS};
use plotters::prelude::*;

/// One entry page: its language, its chart, its HTML, and its static table's caption,
/// header cells and note.
struct Entry {
    lang: Lang,
    /// The chart for laptops and tablets, and the one for phones.
    svg: &'static str,
    svg_narrow: &'static str,
    html: &'static str,
    /// How the page reaches the files of `dist/`, the charts' suffix, and their text.
    prefix: &'static str,
    suffix: &'static str,
    alt: &'static str,
    table: [&'static str; 8],
}

const ENGLISH: Entry = Entry {
    lang: Lang::En,
    svg: concat!(env!("CARGO_MANIFEST_DIR"), "/style/baseline-chart.svg"),
    svg_narrow: concat!(env!("CARGO_MANIFEST_DIR"), "/style/baseline-chart.narrow.svg"),
    html: concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"),
    prefix: "./",
    suffix: "",
    alt: "Stacked area chart of AI investment, 2024–2032. The report's figures: $371B in 2025 and $525B in 2032, training 40% of it in 2025 and 14% in 2032, inference about half in 2032. Derived or our assumptions: $257.6B in 2024 (from the report's +44%), the years between, inference at 24% in 2025 and the 50% default for 2032. Crosses mark the big four's total capex reported later, not only AI: $406–410B in 2025 and $700–725B guided for 2026.",
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
    svg_narrow: concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/style/baseline-chart.narrow.zh-hant.svg"
    ),
    html: concat!(env!("CARGO_MANIFEST_DIR"), "/src/zh-hant/index.html"),
    prefix: "../",
    suffix: ".zh-hant",
    alt: "AI 投資的堆疊面積圖，2024–2032 年。報告的數字：2025 年 3,710 億美元、2032 年 5,250 億美元；訓練占比 2025 年 40%、2032 年 14%；2032 年的推論占比，文章說「超過 50%」，英文報導說「將近一半」。推算值或我們的假設：2024 年 2,576 億美元（由報告的 +44% 推算）、其間各年、2025 年推論占 24%，以及 2032 年預設的 50%。叉號標示後續公布的四大業者資本支出總額（不只 AI）：2025 年 4,060–4,100 億美元，2026 年指引 7,000–7,250 億美元。",
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
const FIGURE_START: &str = "<!-- baseline-figure:start -->\n";
const FIGURE_END: &str = "<!-- baseline-figure:end -->";

/// The charts' sizes in CSS pixels: the live chart's proportions on a laptop (height
/// 0.6 × width) and its size on a 360 px phone, so the picture fills the same box.
const WIDE: (u32, u32) = (600, 360);
const NARROW: (u32, u32) = (336, 220);

fn baseline_svg(lang: Lang, size: (u32, u32)) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
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
        // The live table's cells; the report publishes the totals of 2025 and 2032
        // only: those are set in bold.
        let [total, training, inference, other, share] = table_row(t, &p, i);
        let total = if [BASE_YEAR, LAST_YEAR].contains(year) {
            format!("<strong>{total}</strong>")
        } else {
            total
        };
        rows.push_str(&format!(
            "              <tr><th scope=\"row\">{year}</th><td>{total}</td><td>{training}</td><td>{inference}</td><td>{other}</td><td>{share}</td></tr>\n",
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
    for (path, size) in [(entry.svg, WIDE), (entry.svg_narrow, NARROW)] {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        let want = baseline_svg(entry.lang, size);
        let label = investment::report_labels(entry.lang.text())[1].clone();
        assert!(want.contains(&label) && want.matches("<polygon").count() == 3);
        check_or_update(path, &current, &want);
    }
}

/// What the live widget shows above and around its chart, as static HTML with the
/// same classes, words and order, so that nothing moves when the widget takes over:
/// the embed's title shows only in the embed; the switch and checkboxes are disabled
/// and hidden from screen readers; they and the controls' column keep their room only
/// while scripts load the widget (without scripts they are left out).
fn baseline_figure(entry: &Entry) -> String {
    let t = entry.lang.text();
    let [total, change, _] = key_number(t, &project(&Scenario::default()).summary());
    let (title, unit) = (t.chart_titles[0], t.chart_titles[1]);
    let switch: String = t.chart_switch[1..]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let checked = if i == 0 { " checked" } else { "" };
            format!("                  <label><input type=\"radio\" name=\"capex-static-chart\"{checked}>{name}</label>\n")
        })
        .collect();
    let legend: String = [
        ("swatch swatch-training", "", 0),
        ("swatch swatch-inference", "", 1),
        ("swatch swatch-other", "", 2),
        ("swatch swatch-ring", "", 4),
        ("swatch-cross", "×", 5),
    ]
    .iter()
    .map(|(class, mark, i)| {
        format!(
            "                  <li><span class=\"{class}\">{mark}</span>{}</li>\n",
            t.legend[*i]
        )
    })
    .collect();
    let (prefix, suffix, alt) = (entry.prefix, entry.suffix, entry.alt);
    format!(
        "          <h1 class=\"embed-title static-embed-title\">{embed_title}</h1>\n\
         \x20         <p class=\"key-number\"><strong class=\"key-total\">{total}</strong><span class=\"key-change\">{change}</span></p>\n\
         \x20         <div class=\"notices\"></div>\n\
         \x20         <div class=\"capex-grid\">\n\
         \x20           <div class=\"chart-column\">\n\
         \x20             <figure class=\"chart\">\n\
         \x20               <figcaption class=\"chart-title\">{title}<span class=\"chart-unit\">{unit}</span></figcaption>\n\
         \x20               <fieldset class=\"chart-switch\" disabled aria-hidden=\"true\">\n\
         \x20                 <legend class=\"visually-hidden\">{chart}</legend>\n\
         {switch}\
         \x20               </fieldset>\n\
         \x20               <!-- One line, as the live widget has no space between them. -->\n\
         \x20               <label class=\"chart-band\" aria-hidden=\"true\"><input type=\"checkbox\" disabled> {band}</label>\
         <label class=\"chart-band\" aria-hidden=\"true\"><input type=\"checkbox\" disabled> {forecasts}</label>\
         <button type=\"button\" class=\"button guess-start\" disabled aria-hidden=\"true\">{guess}</button>\n\
         \x20               <ul class=\"legend\" aria-hidden=\"true\">\n\
         {legend}\
         \x20               </ul>\n\
         \x20               <div class=\"chart-box\">\n\
         \x20                 <picture>\n\
         \x20                   <source media=\"(max-width: 499px)\" srcset=\"{prefix}baseline-chart.narrow{suffix}.svg\" width=\"{nw}\" height=\"{nh}\">\n\
         \x20                   <img class=\"static-chart\" src=\"{prefix}baseline-chart{suffix}.svg\" width=\"{ww}\" height=\"{wh}\"\n\
         \x20                     alt=\"{alt}\">\n\
         \x20                 </picture>\n\
         \x20               </div>\n\
         \x20             </figure>\n\
         \x20           </div>\n\
         \x20           <div class=\"controls static-controls\" aria-hidden=\"true\"></div>\n\
         \x20         </div>\n",
        embed_title = entry.lang.extras().iframe_title,
        chart = t.chart_switch[0],
        band = t.band[0],
        forecasts = t.later.toggle,
        guess = t.guess[0],
        nw = NARROW.0,
        nh = NARROW.1,
        ww = WIDE.0,
        wh = WIDE.1,
    )
}

fn check_figure(entry: &Entry) {
    let html = std::fs::read_to_string(entry.html).expect("entry page");
    let start = html.find(FIGURE_START).expect("start marker") + FIGURE_START.len();
    let end = html.find(FIGURE_END).expect("end marker");
    let updated = format!(
        "{}{}{}",
        &html[..start],
        baseline_figure(entry),
        &html[end..]
    );
    check_or_update(entry.html, &html, &updated);
}

#[test]
fn the_english_baseline_figure_is_current() {
    check_figure(&ENGLISH);
}

#[test]
fn the_chinese_baseline_figure_is_current() {
    check_figure(&CHINESE);
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
    check_table(&ENGLISH, "525.0");
}

#[test]
fn the_chinese_baseline_table_is_current() {
    check_table(&CHINESE, "5,250");
}
