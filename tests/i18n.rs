//! Both languages' tables, read natively: no key missing or left untranslated, the same
//! template holes in both, and numbers and money written as each audience reads them.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::format::{amount, column_percent, money_b};
use ai_capex_explorer::i18n::{fill, Lang, EN, EN_EMBED, ZH_HANT, ZH_HANT_EMBED};
use ai_capex_explorer::model::{Assumption, Provenance};
use serde::Serialize;
use serde_json::Value;

/// Every string of a table with its path, e.g. `assumptions[3].label`.
fn leaves(text: &impl Serialize) -> Vec<(String, String)> {
    fn walk(path: String, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::String(s) => out.push((path, s.clone())),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(format!("{path}[{i}]"), item, out);
                }
            }
            Value::Object(fields) => {
                for (k, item) in fields {
                    let sep = if path.is_empty() { "" } else { "." };
                    walk(format!("{path}{sep}{k}"), item, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        String::new(),
        &serde_json::to_value(text).expect("serialises"),
        &mut out,
    );
    out
}

/// The `{name}` holes of a template, sorted.
fn holes(s: &str) -> Vec<&str> {
    let mut found: Vec<&str> = s
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    found.sort_unstable();
    found
}

/// Strings that are the same in both languages on purpose: names, symbols, codes.
const SAME_IN_BOTH: &[&str] = &["Meta", "%", ""];

/// What is wrong between two tables: keys missing on either side, strings left
/// untranslated, templates whose holes differ.
fn problems(en: &[(String, String)], zh: &[(String, String)]) -> Vec<String> {
    let en_keys: Vec<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    let zh_keys: Vec<&str> = zh.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(en_keys, zh_keys, "the two tables have the same keys");
    let mut found = Vec::new();
    for ((key, e), (_, z)) in en.iter().zip(zh) {
        if z.trim().is_empty() && !e.is_empty() {
            found.push(format!("{key}: missing in zh-Hant"));
        }
        if e.trim().is_empty() && !z.is_empty() {
            found.push(format!("{key}: missing in English"));
        }
        if e == z && !SAME_IN_BOTH.contains(&e.as_str()) {
            found.push(format!("{key}: not translated ({e:?})"));
        }
        if holes(e) != holes(z) {
            found.push(format!("{key}: holes {:?} vs {:?}", holes(e), holes(z)));
        }
    }
    found
}

#[test]
fn every_key_is_translated_with_the_same_holes() {
    let (en, zh) = (leaves(&EN), leaves(&ZH_HANT));
    assert!(en.len() > 150, "{} strings", en.len());
    let found = problems(&en, &zh);
    assert!(found.is_empty(), "{found:#?}");
    // The embed build's extras, likewise.
    let (en, zh) = (leaves(&EN_EMBED), leaves(&ZH_HANT_EMBED));
    assert!(en.len() > 10, "{} strings", en.len());
    let found = problems(&en, &zh);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_check_finds_a_missing_key_and_an_untranslated_one() {
    let en = leaves(&EN);
    let mut zh = leaves(&ZH_HANT);
    zh[10].1.clear();
    zh[20].1 = en[20].1.clone();
    let found = problems(&en, &zh);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].ends_with("missing in zh-Hant"), "{found:#?}");
    assert!(found[1].contains("not translated"), "{found:#?}");
}

#[test]
fn each_table_names_its_language_in_itself() {
    assert_eq!(EN.lang, "en");
    assert_eq!(ZH_HANT.lang, "zh-Hant");
    assert_eq!(EN.language_name, "English");
    assert_eq!(ZH_HANT.language_name, "中文（繁體）");
    assert_eq!(Lang::En.text().lang, "en");
    assert_eq!(Lang::ZhHant.text().language(), Lang::ZhHant);
    assert_eq!(Lang::En.other(), Lang::ZhHant);
}

#[test]
fn a_language_tag_picks_the_table() {
    for tag in [
        "zh",
        "zh-Hant",
        "ZH-hant",
        "zh-TW",
        "zh-HK",
        "zh_tw",
        "zh-Hans-CN",
    ] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHant), "{tag}");
    }
    for tag in ["en", "en-US", "EN-gb"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
    }
    for tag in ["", "fr", "de-DE", "zhx", "<script>"] {
        assert_eq!(Lang::from_tag(tag), None, "{tag}");
    }
}

#[test]
fn a_link_names_a_language_only_exactly() {
    for value in ["zh", "zh-Hant", "ZH-HANT", "zh-TW", "zh-hk", "zh_TW"] {
        assert_eq!(Lang::from_param(value), Some(Lang::ZhHant), "{value}");
    }
    assert_eq!(Lang::from_param("en"), Some(Lang::En));
    for value in ["", "zh-CN", "zh-Hans", "en-US", "fr", "zhx", "<b>"] {
        assert_eq!(Lang::from_param(value), None, "{value}");
    }
}

#[test]
fn the_browser_languages_pick_the_first_we_speak() {
    assert_eq!(Lang::negotiate(["de-DE", "zh-TW", "en"]), Lang::ZhHant);
    assert_eq!(Lang::negotiate(["fr", "en-GB", "zh-HK"]), Lang::En);
    assert_eq!(Lang::negotiate(["fr", "de"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
}

#[test]
fn every_assumption_of_our_own_says_so_in_both_languages() {
    for a in Assumption::ALL {
        if a.spec().provenance == Provenance::OurAssumption {
            let en = EN.assumption(a).source;
            let zh = ZH_HANT.assumption(a).source;
            assert!(en.to_lowercase().contains("our assumption"), "{en}");
            assert!(zh.contains("我們") && zh.contains("假設"), "{zh}");
        }
    }
}

#[test]
fn money_as_each_audience_reads_it() {
    // English: billions of US dollars.
    assert_eq!(money_b(&EN, 525.0), "$525B");
    assert_eq!(money_b(&EN, 371.0 / 1.44), "$257.6B");
    assert_eq!(money_b(&EN, 1204.4), "$1,204B");
    assert_eq!(money_b(&EN, -30.0), "−$30B");
    assert_eq!(amount(&EN, 257.6), "257.6");
    // Traditional Chinese: 億美元 (hundreds of millions), thousands grouped.
    assert_eq!(money_b(&ZH_HANT, 525.0), "5,250 億美元");
    assert_eq!(money_b(&ZH_HANT, 371.0), "3,710 億美元");
    assert_eq!(money_b(&ZH_HANT, 371.0 / 1.44), "2,576 億美元");
    assert_eq!(money_b(&ZH_HANT, 1204.4), "12,044 億美元");
    assert_eq!(money_b(&ZH_HANT, 73.5), "735 億美元");
    assert_eq!(money_b(&ZH_HANT, -30.0), "−300 億美元");
    assert_eq!(money_b(&ZH_HANT, f64::NAN), "–");
    assert_eq!(amount(&ZH_HANT, 525.0), "5,250");
    assert_eq!(amount(&ZH_HANT, 0.04), "0");
}

#[test]
fn table_columns_keep_one_decimal_so_they_line_up() {
    assert_eq!(amount(&EN, 371.0), "371.0");
    assert_eq!(amount(&EN, 189.04), "189.0");
    assert_eq!(amount(&EN, -3.46), "−3.5");
    assert_eq!(amount(&EN, -0.04), "0.0");
    assert_eq!(amount(&EN, f64::NAN), "–");
    assert_eq!(column_percent(0.24), "24.0%");
    assert_eq!(column_percent(0.2534), "25.3%");
    assert_eq!(column_percent(f64::NAN), "–");
    assert_eq!(amount(&EN, 1e308), "–");
}

#[test]
fn templates_are_filled_by_name_in_either_order() {
    assert_eq!(
        fill(
            "{year} 年，{total}",
            &[("total", "5,250 億美元"), ("year", "2032")]
        ),
        "2032 年，5,250 億美元"
    );
    // Unknown names and lone braces stay as they are.
    assert_eq!(fill("{a} {b} {", &[("a", "1")]), "1 {b} {");
    assert_eq!(fill("no holes", &[]), "no holes");
    // Each language's sentence takes the same holes.
    for t in [&EN, &ZH_HANT] {
        let s = fill(
            t.sentence,
            &[
                ("total", "T"),
                ("year", "Y"),
                ("inference", "I"),
                ("training", "R"),
                ("crossover", "C"),
                ("versus", "V"),
            ],
        );
        assert!(!s.contains('{'), "{s}");
    }
}

#[test]
fn the_tables_hold_plain_text_without_markup_or_test_ids() {
    let tables = [
        ("en", leaves(&EN)),
        ("zh-Hant", leaves(&ZH_HANT)),
        ("en extras", leaves(&EN_EMBED)),
        ("zh-Hant extras", leaves(&ZH_HANT_EMBED)),
    ];
    for (lang, table) in tables {
        for (path, text) in table {
            assert!(
                !text.contains('<') && !text.contains("data-testid"),
                "{lang} {path}: {text}"
            );
        }
    }
}

#[test]
fn a_template_splits_into_text_and_holes() {
    use ai_capex_explorer::i18n::{parts, Part};
    assert_eq!(
        parts("{total} in {year}; {x"),
        [
            Part::Hole("total"),
            Part::Text(" in "),
            Part::Hole("year"),
            Part::Text("; {x"),
        ]
    );
    assert_eq!(parts("plain"), [Part::Text("plain")]);
    assert_eq!(parts(""), []);
}
