//! Markup that is mostly text: the table's rows and the methodology panel, built as
//! HTML strings. One string per change costs far less wasm than a view tree per cell,
//! and it is pure, so native tests read exactly what the page will show.

use crate::charts::View;
use crate::format::{
    amount, escape_html, money_b, money_delta_b, percent, points, shown_number, with_unit,
};
use crate::i18n::{fill, T};
use crate::model::{
    Assumption, Band, Preset, Projection, Provenance, Scenario, SensitivityBar, Summary, LAST_YEAR,
    REPORT_TOTAL_2032, YEARS,
};

/// When inference spending overtakes training, in a sentence.
pub fn crossover_words(s: &Summary) -> String {
    let [overtakes, ahead, not_before] = T.crossover;
    match s.crossover_year {
        Some(year) => fill(overtakes, &[("year", &year.to_string())]),
        None if s.inference_ahead_from_start => ahead.to_owned(),
        None => fill(not_before, &[("year", &(LAST_YEAR + 1).to_string())]),
    }
}

/// The sentence whose numbers and words follow the inputs.
pub fn sentence_html(s: &Summary) -> String {
    let [matches, differs, above, below] = T.versus;
    let versus = if s.vs_report_2032.abs() < 0.05 {
        matches.to_owned()
    } else {
        fill(
            differs,
            &[
                ("delta", &money_delta_b(s.vs_report_2032)),
                ("percent", &percent(s.vs_report_2032_pct.abs())),
                (
                    "side",
                    if s.vs_report_2032_pct > 0.0 {
                        above
                    } else {
                        below
                    },
                ),
                ("report", &money_b(REPORT_TOTAL_2032)),
            ],
        )
    };
    fill(
        T.sentence,
        &[
            ("total", &money_b(s.total_2032)),
            ("year", &LAST_YEAR.to_string()),
            ("inference", &percent(s.inference_share_2032)),
            ("crossover", &crossover_words(s)),
            ("versus", &versus),
        ],
    )
}

/// A likely range and how to write its values: money for the total, percentages for
/// the inference share.
pub type ShownBand<'a> = (&'a Band, fn(f64) -> String);

/// One year of the projection in words, for the chart's tooltip and what a screen
/// reader hears when stepping through the chart: one figure per line, the P10–P90
/// range of `band` last when the chart shows one.
pub fn year_text(p: &Projection, band: Option<ShownBand>, i: usize) -> String {
    let mut text = fill(
        T.year_text,
        &[
            ("year", &YEARS[i].to_string()),
            ("total", &money_b(p.total[i])),
            ("training", &money_b(p.training[i])),
            ("training_share", &percent(p.training_share[i])),
            ("inference", &money_b(p.inference[i])),
            ("inference_share", &percent(p.inference_share[i])),
            ("other", &money_b(p.other[i])),
            ("other_share", &percent(p.other_share[i])),
        ],
    );
    if let Some((band, write)) = band {
        text.push('\n');
        text += &fill(
            T.band[2],
            &[("low", &write(band.p10[i])), ("high", &write(band.p90[i]))],
        );
    }
    text
}

/// One company in the year with index `i` (tooltip and announcement; one figure per
/// line): its total, and the in-house and Nvidia-dependent parts.
pub fn company_text(p: &Projection, row: usize, i: usize) -> String {
    let c = &p.companies[row.min(p.companies.len() - 1)];
    fill(
        T.company_text,
        &[
            ("company", c.company.name()),
            ("year", &YEARS[i].to_string()),
            ("total", &money_b(c.total[i])),
            ("in_house", &money_b(c.in_house[i])),
            ("share", &percent(c.in_house_share(i))),
            ("nvidia", &money_b(c.nvidia[i])),
        ],
    )
}

/// Every company in the year with index `i`, in one sentence (the companies chart's
/// description for screen readers).
pub fn companies_text(p: &Projection, i: usize) -> String {
    let [whole, item, separator] = T.companies_year;
    let list: Vec<String> = p
        .companies
        .iter()
        .map(|c| {
            fill(
                item,
                &[
                    ("company", c.company.name()),
                    ("total", &money_b(c.total[i])),
                    ("share", &percent(c.in_house_share(i))),
                ],
            )
        })
        .collect();
    fill(
        whole,
        &[
            ("year", &YEARS[i].to_string()),
            ("list", &list.join(separator)),
        ],
    )
}

/// One bar of the tornado (tooltip and announcement; one figure per line): the
/// assumption, and the 2032 total at either end of its range.
pub fn sensitivity_text(bar: &SensitivityBar) -> String {
    let spec = bar.assumption.spec();
    let end = |v: f64| with_unit(shown_number(&spec, v), spec.unit.suffix());
    fill(
        T.sensitivity_text[0],
        &[
            ("label", spec.label),
            ("low", &end(bar.low)),
            ("low_total", &money_b(bar.total_at_low)),
            ("high", &end(bar.high)),
            ("high_total", &money_b(bar.total_at_high)),
        ],
    )
}

/// The tornado in words: its description for screen readers.
pub fn sensitivity_words(bars: &[SensitivityBar], total: f64) -> String {
    let [_, item, separator] = T.sensitivity_text;
    let list: Vec<String> = crate::charts::tornado::shown(bars)
        .map(|b| {
            fill(
                item,
                &[
                    ("label", b.assumption.spec().label),
                    ("low_total", &money_b(b.total_at_low)),
                    ("high_total", &money_b(b.total_at_high)),
                ],
            )
        })
        .collect();
    fill(
        T.chart_descriptions[3],
        &[("total", &money_b(total)), ("list", &list.join(separator))],
    )
}

/// The likely range in a sentence, for a year chart's description.
pub fn band_words((band, write): ShownBand, paths: usize) -> String {
    fill(
        T.band[3],
        &[
            ("paths", &crate::format::count(paths)),
            ("low", &write(band.p10[YEARS.len() - 1])),
            ("high", &write(band.p90[YEARS.len() - 1])),
        ],
    )
}

/// `<option>`s for `presets`, by id, each named by its title.
pub fn preset_options(presets: &[Preset]) -> String {
    presets
        .iter()
        .map(|p| {
            format!(
                r#"<option value="{}">{}</option>"#,
                p.id(),
                escape_html(p.title())
            )
        })
        .collect()
}

/// How far a guess of the 2032 total was from the projection, in a sentence; or what
/// to do when there is no guess to judge (not a number, or below zero).
pub fn guess_result(guessed: f64, actual: f64) -> String {
    let [.., result, over, under, missing] = T.guess;
    if !(guessed.is_finite() && guessed >= 0.0) {
        return missing.to_owned();
    }
    let off = (guessed - actual) / actual;
    fill(
        result,
        &[
            ("guess", &money_b(guessed)),
            ("actual", &money_b(actual)),
            ("off", &percent(off.abs())),
            ("side", if off > 0.0 { over } else { under }),
        ],
    )
}

/// The lines printed under a downloaded chart: the source, what the reader changed
/// from the report (or that nothing was), what the marks of chart `view` mean, and the
/// likely range's key when it is `shaded`.
pub fn poster_notes(scenario: &Scenario, view: View, shaded: bool) -> Vec<String> {
    let [source, unchanged, changed, separator, marks] = T.poster_notes;
    let changes = scenario.changes();
    let assumptions = if changes.is_empty() {
        unchanged.to_owned()
    } else {
        let listed: Vec<String> = changes
            .iter()
            .map(|&(a, v)| {
                let spec = a.spec();
                let value = with_unit(shown_number(&spec, v), spec.unit.suffix());
                format!("{} {value}", spec.label)
            })
            .collect();
        fill(changed, &[("list", &listed.join(separator))])
    };
    let key = match view {
        View::Investment => marks,
        View::Shares => T.chart_notes[0],
        View::Companies => T.chart_notes[2],
        View::Sensitivity => T.chart_notes[3],
    };
    let mut notes = vec![source.to_owned(), assumptions, key.to_owned()];
    if shaded && view.by_year() {
        notes.push(T.band[1].to_owned());
    }
    notes
}

/// The comparison of a pinned scenario with the current one: the headline numbers side
/// by side, and how far the current one is from the pinned one.
pub fn compare_html(pinned: &Summary, now: &Summary) -> String {
    let [none, same, changed] = T.compare_words;
    let year = |y: Option<i32>| y.map_or(none.to_owned(), |y| y.to_string());
    let [total, invested, inference, training, crossover] = T.compare_rows;
    let rows = [
        (
            total,
            money_b(pinned.total_2032),
            money_b(now.total_2032),
            money_delta_b(now.total_2032 - pinned.total_2032),
        ),
        (
            invested,
            money_b(pinned.cumulative_2025_2032),
            money_b(now.cumulative_2025_2032),
            money_delta_b(now.cumulative_2025_2032 - pinned.cumulative_2025_2032),
        ),
        (
            inference,
            percent(pinned.inference_share_2032),
            percent(now.inference_share_2032),
            points(now.inference_share_2032 - pinned.inference_share_2032),
        ),
        (
            training,
            percent(pinned.training_share_2032),
            percent(now.training_share_2032),
            points(now.training_share_2032 - pinned.training_share_2032),
        ),
        (
            crossover,
            year(pinned.crossover_year),
            year(now.crossover_year),
            if pinned.crossover_year == now.crossover_year {
                same.to_owned()
            } else {
                changed.to_owned()
            },
        ),
    ];
    let mut body = String::new();
    for (label, a, b, change) in rows {
        body.push_str(&format!(
            r#"<tr><th scope="row">{label}</th><td>{a}</td><td>{b}</td><td>{change}</td></tr>"#
        ));
    }
    format!(
        r#"<table class="compare-table" data-testid="compare-table">{}<tbody>{body}</tbody></table>"#,
        T.compare_head
    )
}

/// The table's body: one row per year, every figure of the projection.
pub fn table_rows(p: &Projection) -> String {
    let mut rows = String::with_capacity(1200);
    for (i, year) in YEARS.iter().enumerate() {
        rows.push_str(&format!(
            r#"<tr data-testid="row-{year}"><th scope="row">{year}</th><td data-testid="total-{year}">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            amount(p.total[i]),
            amount(p.training[i]),
            amount(p.inference[i]),
            amount(p.other[i]),
            percent(p.inference_share[i]),
        ));
    }
    rows
}

/// The methodology panel: how the projection is made, every default of `shown` with
/// its source and whether it is the report's or ours, and the sources with their dates.
pub fn methodology(shown: &[Assumption]) -> String {
    let mut defaults = String::new();
    for &assumption in shown {
        let spec = assumption.spec();
        let tag = T.provenance[spec.provenance as usize];
        let class = if spec.provenance == Provenance::OurAssumption {
            "tag tag-ours"
        } else {
            "tag"
        };
        defaults.push_str(&format!(
            r#"<tr><th scope="row">{}</th><td>{}</td><td><span class="{class}">{tag}</span> {}</td></tr>"#,
            escape_html(spec.label),
            with_unit(shown_number(&spec, spec.default), spec.unit.suffix()),
            escape_html(spec.source),
        ));
    }
    fill(T.methodology, &[("defaults", &defaults)])
}
