//! The CSV download holds exactly what the table shows.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::export::csv;
use ai_capex_explorer::format::number_1;
use ai_capex_explorer::i18n::EN;
use ai_capex_explorer::model::*;

#[test]
fn csv_has_a_header_and_one_row_per_year_matching_the_table() {
    let s = Preset::JevonsBoom.scenario();
    let p = project(&s);
    let text = csv(&EN, &p);
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], EN.csv_header);
    assert_eq!(lines.len(), 1 + YEARS.len());
    for (i, line) in lines[1..].iter().enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 7, "{line}");
        assert_eq!(cells[0], YEARS[i].to_string());
        assert_eq!(cells[1], number_1(p.total[i]), "total, as in the table");
        let sum: f64 = cells[2..5].iter().map(|c| c.parse::<f64>().unwrap()).sum();
        assert!(
            (sum - p.total[i]).abs() < 0.2,
            "parts add up to the total: {line}"
        );
    }
    assert!(text.is_ascii());
}
