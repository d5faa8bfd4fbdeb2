//! Numbers as readers read them, in the build's language (`i18n::T`): money as
//! `$525B` in English and `5,250 億美元` in Traditional Chinese. Pure, so it is tested
//! natively, in both languages (the `*_in` forms take the language).
//!
//! Formatting goes through integers (tenths) rather than `{:.1}`: it keeps the
//! float-formatting machinery of `core::fmt` out of the wasm, a few KB readers
//! would otherwise download.

use crate::i18n::{fill, Text, T};
use crate::model::AssumptionSpec;

/// Billions of US dollars as the build's readers write money: `$525B`, `$257.6B`,
/// `$1,204B` (one decimal below $1,000B unless it is zero), or `5,250 億美元`.
pub fn money_b(billions: f64) -> String {
    money_in(T, billions)
}

/// [`money_b`] in the language `t`.
pub fn money_in(t: &Text, billions: f64) -> String {
    if !billions.is_finite() {
        return "–".to_owned();
    }
    let sign = if billions <= -0.05 { "−" } else { "" };
    let v = billions.abs();
    let n = if t.money_in_yi {
        group_thousands((v * 10.0).round() as u64)
    } else if v >= 999.95 {
        group_thousands(v.round() as u64)
    } else {
        tenths(v)
    };
    format!("{sign}{}", fill(t.money, &[("n", &n)]))
}

/// An amount without its currency, as the table lists it: billions to one decimal
/// (`257.6`), or whole 億 with thousands grouped (`2,576`).
pub fn amount(billions: f64) -> String {
    amount_in(T, billions)
}

/// [`amount`] in the language `t`.
pub fn amount_in(t: &Text, billions: f64) -> String {
    if t.money_in_yi {
        let yi = (billions.abs() * 10.0).round() as u64;
        let minus = if billions < 0.0 && yi > 0 { "−" } else { "" };
        format!("{minus}{}", group_thousands(yi))
    } else {
        number_1(billions)
    }
}

/// A signed difference in billions, e.g. `+$12.5B`, `−$30B`.
pub fn money_delta_b(billions: f64) -> String {
    if billions >= 0.05 {
        format!("+{}", money_b(billions))
    } else {
        money_b(billions)
    }
}

/// A difference in percentage points, e.g. `+3.5 pp`, `±0 pp`.
pub fn points(d: f64) -> String {
    let n = if d.abs() < 0.0005 {
        "±0".to_owned()
    } else if d > 0.0 {
        format!("+{}", number_1(d * 100.0))
    } else {
        number_1(d * 100.0)
    };
    fill(T.points, &[("n", &n)])
}

/// A value of `spec`'s assumption as readers read it: in their units (money in 億 in
/// the Chinese build) and to the precision of its step, e.g. `5.1`, `2576`.
pub fn shown_number(spec: &AssumptionSpec, v: f64) -> String {
    number(v * spec.shown_scale(), spec.shown().decimals())
}

/// A fraction as a percentage with at most one decimal, e.g. `0.5` → `50%`.
pub fn percent(fraction: f64) -> String {
    format!("{}%", number_1(fraction * 100.0))
}

/// A number with at most one decimal, using a real minus sign: `5.1`, `14`, `−3.5`.
pub fn number_1(v: f64) -> String {
    number(v, 1)
}

/// A number with at most `decimals` decimals (trailing zeros dropped), using a real
/// minus sign: `number(0.45, 2)` → `0.45`, `number(0.5, 2)` → `0.5`.
pub fn number(v: f64, decimals: u32) -> String {
    signed(v, decimals, "−")
}

/// The same for a value put back into a number field: an ASCII minus, which the
/// browser can parse.
pub fn plain_number(v: f64, decimals: u32) -> String {
    signed(v, decimals, "-")
}

fn signed(v: f64, decimals: u32, minus: &str) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let s = fixed(v.abs(), decimals);
    if v < 0.0 && s.bytes().any(|b| b != b'0' && b != b'.') {
        format!("{minus}{s}")
    } else {
        s
    }
}

/// A non-negative number rounded to `decimals`, without trailing zeros: `257.6`, `371`.
fn tenths(v: f64) -> String {
    fixed(v, 1)
}

fn fixed(v: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    // Saturates for huge values; callers only pass validated, bounded numbers.
    let t = (v * scale as f64).round() as u64;
    let (whole, mut frac, mut digits) = (t / scale, t % scale, decimals as usize);
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    if digits == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{frac:0digits$}")
    }
}

/// A value and its unit, e.g. "5.1" and "percent per year" → "5.1 percent per year";
/// a unitless value stays bare.
pub fn with_unit(value: String, unit: &str) -> String {
    if unit.is_empty() {
        value
    } else {
        format!("{value} {unit}")
    }
}

/// `text` safe as HTML content or inside a double-quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A year or other whole number from an axis value: `2024.0` → `"2024"`.
pub fn whole(v: f64) -> String {
    (v.round() as i64).to_string()
}

/// A count with its thousands grouped: `10,000`.
pub fn count(n: usize) -> String {
    group_thousands(n as u64)
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money() {
        assert_eq!(money_b(525.0), "$525B");
        assert_eq!(money_b(371.0), "$371B");
        assert_eq!(money_b(371.0 / 1.44), "$257.6B");
        assert_eq!(money_b(1204.4), "$1,204B");
        assert_eq!(money_b(0.04), "$0B");
        assert_eq!(money_b(f64::NAN), "–");
        assert_eq!(money_delta_b(12.54), "+$12.5B");
        assert_eq!(money_delta_b(-30.0), "−$30B");
    }

    #[test]
    fn percents() {
        assert_eq!(percent(0.5), "50%");
        assert_eq!(percent(0.1449), "14.5%");
        assert_eq!(number_1(-3.49), "−3.5");
        assert_eq!(number_1(5.0862), "5.1");
        assert_eq!(number_1(-0.01), "0");
        assert_eq!(number_1(0.05), "0.1");
        assert_eq!(number_1(99.96), "100");
        assert_eq!(whole(2024.0000001), "2024");
        assert_eq!(number(0.45, 2), "0.45");
        assert_eq!(number(0.5, 2), "0.5");
        assert_eq!(number(0.05, 2), "0.05");
        assert_eq!(number(2029.5, 1), "2029.5");
        assert_eq!(number(-0.004, 2), "0");
        assert_eq!(number(-12.25, 1), "−12.3");
        assert_eq!(plain_number(-12.25, 2), "-12.25");
        assert_eq!(number(7.0, 0), "7");
        assert_eq!(with_unit("5.1".to_owned(), "%/yr"), "5.1 %/yr");
        assert_eq!(with_unit("0.7".to_owned(), ""), "0.7");
        assert_eq!(
            escape_html(r#"R&D <b>"x"</b>"#),
            "R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt;"
        );
    }
}
