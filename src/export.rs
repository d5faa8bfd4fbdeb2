//! The projection as a CSV file for readers to download: one row per year, the same
//! figures as the table (billions of US dollars to one decimal, or whole 億 in
//! Traditional Chinese; shares in percent), under a header in the reader's language.

use crate::format::plain_number;
use crate::i18n::Text;
use crate::model::Projection;

/// The projection as CSV (RFC 4180, `\r\n` line ends, ASCII only).
pub fn csv(t: &Text, projection: &Projection) -> String {
    // ASCII minus: CSV readers parse it (the page writes a typographic one).
    let n = |v: f64| plain_number(v, 1);
    let money = |v: f64| {
        if t.money_in_yi {
            plain_number(v * 10.0, 0)
        } else {
            n(v)
        }
    };
    let mut out = String::from(t.csv_header);
    out.push_str("\r\n");
    for (i, year) in projection.years.iter().enumerate() {
        out.push_str(&format!(
            "{year},{},{},{},{},{},{}\r\n",
            money(projection.total[i]),
            money(projection.training[i]),
            money(projection.inference[i]),
            money(projection.other[i]),
            n(projection.training_share[i] * 100.0),
            n(projection.inference_share[i] * 100.0),
        ));
    }
    out
}
