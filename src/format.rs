//! Numbers as readers of a language read them: money as `$525B` in English and
//! `5,250 億美元` in Traditional Chinese. Pure, so it is tested natively in both
//! languages.

use crate::i18n::{fill, Text};
use crate::model::AssumptionSpec;

/// Billions of US dollars as readers of `t` write money: `$525B`, `$257.6B`,
/// `$1,204B` (one decimal below $1,000B unless it is zero), or `5,250 億美元`.
pub fn money_b(t: &Text, billions: f64) -> String {
    if !billions.is_finite() {
        return "–".to_owned();
    }
    let sign = if billions <= -0.05 { "−" } else { "" };
    format!(
        "{sign}{}",
        fill(t.money, &[("n", &money_number(t, billions.abs()))])
    )
}

/// An axis tick: the amount bare, in the unit the chart's subtitle names (billions of
/// US dollars, or 億 in Chinese): `200`, `1,500`, `−50`.
pub fn money_tick(t: &Text, billions: f64) -> String {
    if !billions.is_finite() {
        return "–".to_owned();
    }
    let sign = if billions <= -0.05 { "−" } else { "" };
    format!("{sign}{}", money_number(t, billions.abs()))
}

/// Money as a headline writes it: whole billions from $100B up (`$647B`, not
/// `$646.5B`), one decimal below; whole 億 in Chinese (as `money_b`).
pub fn money_round(t: &Text, billions: f64) -> String {
    if billions.is_finite() && billions.abs() >= 99.95 && !t.money_in_yi {
        money_b(t, billions.round())
    } else {
        money_b(t, billions)
    }
}

/// A fraction as a whole percentage: `0.415` → `42%`, `-0.2` → `−20%`.
pub fn percent_whole(fraction: f64) -> String {
    format!("{}%", number(fraction * 100.0, 0))
}

/// A non-negative amount's number as `money_b` writes it, without the currency.
fn money_number(t: &Text, v: f64) -> String {
    if t.money_in_yi {
        group_thousands((v * 10.0).round() as u64)
    } else if v >= 999.95 {
        group_thousands(v.round() as u64)
    } else {
        tenths(v)
    }
}

/// A range of non-negative amounts with the currency written once: `$406–410B`,
/// `4,060–4,100 億美元`.
pub fn money_range(t: &Text, low: f64, high: f64) -> String {
    if !(low.is_finite() && high.is_finite()) {
        return "–".to_owned();
    }
    let n = format!(
        "{}–{}",
        money_number(t, low.max(0.0)),
        money_number(t, high.max(0.0))
    );
    fill(t.money, &[("n", &n)])
}

/// An amount without its currency, as the table lists it: billions to one decimal,
/// a zero decimal kept so that a column's decimals line up (`257.6`, `371.0`), or whole
/// 億 with thousands grouped (`2,576`).
pub fn amount(t: &Text, billions: f64) -> String {
    if t.money_in_yi {
        let yi = (billions.abs() * 10.0).round() as u64;
        let minus = if billions < 0.0 && yi > 0 { "−" } else { "" };
        format!("{minus}{}", group_thousands(yi))
    } else {
        column_1(billions)
    }
}

/// A fraction as a percentage to one decimal, as a column of the table lists it:
/// `0.24` → `24.0%`, `0.253` → `25.3%`.
pub fn column_percent(fraction: f64) -> String {
    let n = column_1(fraction * 100.0);
    if n == "–" {
        n
    } else {
        format!("{n}%")
    }
}

/// A number to exactly one decimal, with a real minus sign, for a column of numbers
/// whose decimals line up: `371.0`, `−3.5`.
pub fn column_1(v: f64) -> String {
    // Finite, and still finite once scaled to its tenths.
    if !(v * 10.0).is_finite() {
        return "–".to_owned();
    }
    signed_with(v, 1, "−", rounded)
}

/// A signed difference in billions, e.g. `+$12.5B`, `−$30B`.
pub fn money_delta_b(t: &Text, billions: f64) -> String {
    if billions >= 0.05 {
        format!("+{}", money_b(t, billions))
    } else {
        money_b(t, billions)
    }
}

/// A difference in percentage points, e.g. `+3.5 pp`, `±0 pp`.
pub fn points(t: &Text, d: f64) -> String {
    let n = if d.abs() < 0.0005 {
        "±0".to_owned()
    } else if d > 0.0 {
        format!("+{}", number_1(d * 100.0))
    } else {
        number_1(d * 100.0)
    };
    fill(t.points, &[("n", &n)])
}

/// A value of `spec`'s assumption as readers of `t` read it: in their units and to
/// the precision of its step, e.g. `5.1`, `2576`.
pub fn shown_number(t: &Text, spec: &AssumptionSpec, v: f64) -> String {
    let k = t.unit_scale(spec.unit);
    number(v * k, spec.scaled(k).decimals())
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
    signed_with(v, decimals, minus, fixed)
}

/// `v` written by `write` (to `decimals`) with `minus` before it when it is negative
/// and not written as zero; a dash when it is not a number.
fn signed_with(v: f64, decimals: u32, minus: &str, write: fn(f64, u32) -> String) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let s = write(v.abs(), decimals);
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

/// `v` rounded half away from zero to `decimals`, all of them written: `371.0`.
fn rounded(v: f64, decimals: u32) -> String {
    let scale = 10f64.powi(decimals as i32);
    format!("{:.*}", decimals as usize, (v * scale).round() / scale)
}

/// `v` rounded half away from zero to `decimals`, without trailing zeros.
fn fixed(v: f64, decimals: u32) -> String {
    let s = rounded(v, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// A value and its unit, e.g. "5.1" and "percent per year" → "5.1 percent per year";
/// a percent sign follows its number without a space ("5.1%/yr", "5.1% 每年"), as
/// newsrooms write it in both languages; a unitless value stays bare.
pub fn with_unit(value: String, unit: &str) -> String {
    if unit.is_empty() {
        value
    } else if unit.starts_with('%') {
        format!("{value}{unit}")
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
        let t = &crate::i18n::EN;
        assert_eq!(money_b(t, 525.0), "$525B");
        assert_eq!(money_b(t, 371.0), "$371B");
        assert_eq!(money_b(t, 371.0 / 1.44), "$257.6B");
        assert_eq!(money_b(t, 1204.4), "$1,204B");
        assert_eq!(money_b(t, 0.04), "$0B");
        assert_eq!(money_b(t, f64::NAN), "–");
        assert_eq!(money_delta_b(t, 12.54), "+$12.5B");
        assert_eq!(money_delta_b(t, -30.0), "−$30B");
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
        assert_eq!(with_unit("5.1".to_owned(), "%/yr"), "5.1%/yr");
        assert_eq!(with_unit("0.7".to_owned(), ""), "0.7");
        assert_eq!(
            escape_html(r#"R&D <b>"x"</b>"#),
            "R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt;"
        );
    }
}
