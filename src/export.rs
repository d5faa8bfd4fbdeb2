//! The projection as a CSV file for readers to download: one row per year, the same
//! figures as the table (billions of US dollars to one decimal, shares in percent).

use crate::format::plain_number;
use crate::model::Projection;

/// The CSV header.
pub const CSV_HEADER: &str = "year,total_usd_billion,training_usd_billion,inference_usd_billion,\
other_usd_billion_our_assumption,training_share_percent,inference_share_percent";

/// The projection as CSV (RFC 4180, `\r\n` line ends, ASCII only).
pub fn csv(projection: &Projection) -> String {
    // ASCII minus: CSV readers parse it (the page writes a typographic one).
    let n = |v: f64| plain_number(v, 1);
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for (i, year) in projection.years.iter().enumerate() {
        out.push_str(&format!(
            "{year},{},{},{},{},{},{}\r\n",
            n(projection.total[i]),
            n(projection.training[i]),
            n(projection.inference[i]),
            n(projection.other[i]),
            n(projection.training_share[i] * 100.0),
            n(projection.inference_share[i] * 100.0),
        ));
    }
    out
}
