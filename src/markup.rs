//! The text layer: every sentence, cell and note the page shows, in the reader's
//! language, as text or small structs that the views render. Pure, so native tests read
//! exactly what the page will show.

use crate::charts::View;
use crate::format::{
    amount, money_b, money_delta_b, number_1, percent, points, shown_number, with_unit,
};
use crate::i18n::{fill, Lang, Part, Text};
use crate::model::{
    Adjustment, Assumption, Band, Projection, Provenance, Scenario, SensitivityBar, Summary,
    LAST_YEAR, REPORT_TOTAL_2032, YEARS,
};
use crate::state::{LinkNote, Notice};

/// When inference spending overtakes training, in a sentence.
pub fn crossover_words(t: &Text, s: &Summary) -> String {
    let [overtakes, ahead, not_before] = t.crossover;
    match s.crossover_year {
        Some(year) => fill(overtakes, &[("year", &year.to_string())]),
        None if s.inference_ahead_from_start => ahead.to_owned(),
        None => fill(not_before, &[("year", &(LAST_YEAR + 1).to_string())]),
    }
}

/// The value of one hole of the sentence (`total`, `year`, `inference`, `crossover`,
/// `versus`); empty for any other name.
pub fn sentence_hole(t: &Text, s: &Summary, hole: &str) -> String {
    match hole {
        "total" => money_b(t, s.total_2032),
        "year" => LAST_YEAR.to_string(),
        "inference" => percent(s.inference_share_2032),
        "crossover" => crossover_words(t, s),
        "versus" => versus_words(t, s),
        _ => String::new(),
    }
}

/// The sentence whose numbers and words follow the inputs, as plain text.
pub fn sentence(t: &Text, s: &Summary) -> String {
    crate::i18n::parts(t.sentence)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.to_owned(),
            Part::Hole(name) => sentence_hole(t, s, name),
        })
        .collect()
}

/// How the 2032 total compares with the report's, in a sentence.
pub fn versus_words(t: &Text, s: &Summary) -> String {
    let [matches, differs, above, below] = t.versus;
    if s.vs_report_2032.abs() < 0.05 {
        matches.to_owned()
    } else {
        fill(
            differs,
            &[
                ("delta", &money_delta_b(t, s.vs_report_2032)),
                ("percent", &percent(s.vs_report_2032_pct.abs())),
                (
                    "side",
                    if s.vs_report_2032_pct > 0.0 {
                        above
                    } else {
                        below
                    },
                ),
                ("report", &money_b(t, REPORT_TOTAL_2032)),
            ],
        )
    }
}

/// How a likely range's values are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandUnit {
    /// Money (the total).
    Money,
    /// A share, in percent (the inference share).
    Share,
}

impl BandUnit {
    /// `v` written in this unit for readers of `t`.
    pub fn write(self, t: &Text, v: f64) -> String {
        match self {
            BandUnit::Money => money_b(t, v),
            BandUnit::Share => percent(v),
        }
    }
}

/// A likely range and how to write its values.
pub type ShownBand<'a> = (&'a Band, BandUnit);

/// One year of the projection in words, for the chart's tooltip and what a screen
/// reader hears when stepping through the chart: one figure per line, the P10–P90
/// range of `band` last when the chart shows one.
pub fn year_text(t: &Text, p: &Projection, band: Option<ShownBand>, i: usize) -> String {
    let mut text = fill(
        t.year_text,
        &[
            ("year", &YEARS[i].to_string()),
            ("total", &money_b(t, p.total[i])),
            ("training", &money_b(t, p.training[i])),
            ("training_share", &percent(p.training_share[i])),
            ("inference", &money_b(t, p.inference[i])),
            ("inference_share", &percent(p.inference_share[i])),
            ("other", &money_b(t, p.other[i])),
            ("other_share", &percent(p.other_share[i])),
        ],
    );
    if let Some((band, unit)) = band {
        text.push('\n');
        text += &fill(
            t.band[2],
            &[
                ("low", &unit.write(t, band.p10[i])),
                ("high", &unit.write(t, band.p90[i])),
            ],
        );
    }
    text
}

/// One company in the year with index `i` (tooltip and announcement; one figure per
/// line): its total, and the in-house and Nvidia-dependent parts.
pub fn company_text(t: &Text, p: &Projection, row: usize, i: usize) -> String {
    let c = &p.companies[row.min(p.companies.len() - 1)];
    fill(
        t.company_text,
        &[
            ("company", t.company(c.company)),
            ("year", &YEARS[i].to_string()),
            ("total", &money_b(t, c.total[i])),
            ("in_house", &money_b(t, c.in_house[i])),
            ("share", &percent(c.in_house_share(i))),
            ("nvidia", &money_b(t, c.nvidia[i])),
        ],
    )
}

/// Every company in the year with index `i`, in one sentence (the companies chart's
/// description for screen readers).
pub fn companies_text(t: &Text, p: &Projection, i: usize) -> String {
    let [whole, item, separator] = t.companies_year;
    let list: Vec<String> = p
        .companies
        .iter()
        .map(|c| {
            fill(
                item,
                &[
                    ("company", t.company(c.company)),
                    ("total", &money_b(t, c.total[i])),
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
pub fn sensitivity_text(t: &Text, bar: &SensitivityBar) -> String {
    let spec = bar.assumption.spec();
    let end = |v: f64| with_unit(shown_number(t, &spec, v), t.unit(spec.unit));
    fill(
        t.sensitivity_text[0],
        &[
            ("label", t.label(bar.assumption)),
            ("low", &end(bar.low)),
            ("low_total", &money_b(t, bar.total_at_low)),
            ("high", &end(bar.high)),
            ("high_total", &money_b(t, bar.total_at_high)),
        ],
    )
}

/// The tornado in words: its description for screen readers.
pub fn sensitivity_words(t: &Text, bars: &[SensitivityBar], total: f64) -> String {
    let [_, item, separator] = t.sensitivity_text;
    let list: Vec<String> = crate::charts::tornado::shown(bars)
        .map(|b| {
            fill(
                item,
                &[
                    ("label", t.label(b.assumption)),
                    ("low_total", &money_b(t, b.total_at_low)),
                    ("high_total", &money_b(t, b.total_at_high)),
                ],
            )
        })
        .collect();
    fill(
        t.chart_descriptions[3],
        &[
            ("total", &money_b(t, total)),
            ("list", &list.join(separator)),
        ],
    )
}

/// The likely range in a sentence, for a year chart's description.
pub fn band_words(t: &Text, (band, unit): ShownBand, paths: usize) -> String {
    fill(
        t.band[3],
        &[
            ("paths", &crate::format::count(paths)),
            ("low", &unit.write(t, band.p10[YEARS.len() - 1])),
            ("high", &unit.write(t, band.p90[YEARS.len() - 1])),
        ],
    )
}

/// How far a guess of the 2032 total was from the projection, in a sentence; or what
/// to do when there is no guess to judge (not a number, or below zero).
pub fn guess_result(t: &Text, guessed: f64, actual: f64) -> String {
    let [.., result, over, under, missing] = t.guess;
    if !(guessed.is_finite() && guessed >= 0.0) {
        return missing.to_owned();
    }
    let off = (guessed - actual) / actual;
    fill(
        result,
        &[
            ("guess", &money_b(t, guessed)),
            ("actual", &money_b(t, actual)),
            ("off", &percent(off.abs())),
            ("side", if off > 0.0 { over } else { under }),
        ],
    )
}

/// The lines printed under a downloaded chart: the source, what the reader changed
/// from the report (or that nothing was), what the marks of chart `view` mean, and the
/// likely range's key when it is `shaded`.
pub fn poster_notes(t: &Text, scenario: &Scenario, view: View, shaded: bool) -> Vec<String> {
    let [source, unchanged, changed, separator, marks] = t.poster_notes;
    let changes = scenario.changes();
    let assumptions = if changes.is_empty() {
        unchanged.to_owned()
    } else {
        let listed: Vec<String> = changes
            .iter()
            .map(|&(a, v)| {
                let spec = a.spec();
                let value = with_unit(shown_number(t, &spec, v), t.unit(spec.unit));
                format!("{} {value}", t.label(a))
            })
            .collect();
        fill(changed, &[("list", &listed.join(separator))])
    };
    let key = match view {
        View::Investment => marks,
        View::Shares => t.chart_notes[0],
        View::Companies => t.chart_notes[2],
        View::Sensitivity => t.chart_notes[3],
    };
    let mut notes = vec![source.to_owned(), assumptions, key.to_owned()];
    if shaded && view.by_year() {
        notes.push(t.band[1].to_owned());
    }
    notes
}

/// The comparison of a pinned scenario with the current one: for each headline number,
/// its label, the pinned value, the current value and the change.
pub fn compare_rows(t: &Text, pinned: &Summary, now: &Summary) -> [[String; 4]; 5] {
    let [none, same, changed] = t.compare_words;
    let year = |y: Option<i32>| y.map_or(none.to_owned(), |y| y.to_string());
    let [total, invested, inference, training, crossover] = t.compare_rows;
    [
        [
            total.to_owned(),
            money_b(t, pinned.total_2032),
            money_b(t, now.total_2032),
            money_delta_b(t, now.total_2032 - pinned.total_2032),
        ],
        [
            invested.to_owned(),
            money_b(t, pinned.cumulative_2025_2032),
            money_b(t, now.cumulative_2025_2032),
            money_delta_b(t, now.cumulative_2025_2032 - pinned.cumulative_2025_2032),
        ],
        [
            inference.to_owned(),
            percent(pinned.inference_share_2032),
            percent(now.inference_share_2032),
            points(t, now.inference_share_2032 - pinned.inference_share_2032),
        ],
        [
            training.to_owned(),
            percent(pinned.training_share_2032),
            percent(now.training_share_2032),
            points(t, now.training_share_2032 - pinned.training_share_2032),
        ],
        [
            crossover.to_owned(),
            year(pinned.crossover_year),
            year(now.crossover_year),
            if pinned.crossover_year == now.crossover_year {
                same.to_owned()
            } else {
                changed.to_owned()
            },
        ],
    ]
}

/// One row of the table, for the year with index `i`: total, training, inference,
/// other (amounts in the reader's units) and the inference share.
pub fn table_row(t: &Text, p: &Projection, i: usize) -> [String; 5] {
    [
        amount(t, p.total[i]),
        amount(t, p.training[i]),
        amount(t, p.inference[i]),
        amount(t, p.other[i]),
        percent(p.inference_share[i]),
    ]
}

/// One row of the methodology's defaults table.
#[derive(Clone, Debug, PartialEq)]
pub struct DefaultRow {
    /// The assumption's label.
    pub label: &'static str,
    /// Its default, with its unit.
    pub value: String,
    /// Where it comes from, in a word (the report's, derived, ours).
    pub tag: &'static str,
    /// Whether it is our own assumption (marked apart).
    pub ours: bool,
    /// Its source, with the date.
    pub source: &'static str,
}

/// Every default of `shown`, with its source and whether it is the report's or ours.
pub fn default_rows(t: &Text, shown: &[Assumption]) -> Vec<DefaultRow> {
    shown
        .iter()
        .map(|&assumption| {
            let spec = assumption.spec();
            DefaultRow {
                label: t.label(assumption),
                value: with_unit(shown_number(t, &spec, spec.default), t.unit(spec.unit)),
                tag: t.provenance(spec.provenance),
                ours: spec.provenance == Provenance::OurAssumption,
                source: t.assumption(assumption).source,
            }
        })
        .collect()
}

/// A plain sentence for the reader about one change the validating constructor made.
pub fn adjustment(t: &Text, adjustment: &Adjustment) -> String {
    let [not_a_number, clamped, made_room, capped] = t.adjustments;
    match *adjustment {
        Adjustment::NotANumber { assumption } => {
            fill(not_a_number, &[("label", t.label(assumption))])
        }
        Adjustment::Clamped {
            assumption,
            applied,
            ..
        } => {
            let spec = assumption.spec();
            fill(
                clamped,
                &[
                    ("label", t.label(assumption)),
                    ("min", &shown_number(t, &spec, spec.min)),
                    ("max", &shown_number(t, &spec, spec.max)),
                    ("unit", t.unit(spec.unit)),
                    ("value", &shown_number(t, &spec, applied)),
                ],
            )
        }
        Adjustment::MadeRoom { assumption, to, .. } => fill(
            made_room,
            &[("label", t.label(assumption)), ("value", &number_1(to))],
        ),
        Adjustment::Capped {
            assumption,
            applied,
        } => fill(
            capped,
            &[
                ("label", t.label(assumption)),
                ("value", &number_1(applied)),
            ],
        ),
    }
}

/// A note about the link the page was opened with, in `lang`.
pub fn link_note(lang: Lang, note: &LinkNote) -> String {
    let [too_long, value_too_long, not_a_number, no_preset, bad_origin, more, adjusted] =
        lang.extras().link_notes;
    match note {
        LinkNote::TooLong => too_long.to_owned(),
        LinkNote::ValueTooLong { key } => fill(value_too_long, &[("key", key)]),
        LinkNote::NotANumber { key, assumption } => fill(
            not_a_number,
            &[("key", key), ("label", lang.text().label(*assumption))],
        ),
        LinkNote::NoSuchPreset => no_preset.to_owned(),
        LinkNote::BadOrigin => bad_origin.to_owned(),
        LinkNote::More(n) => fill(more, &[("n", &n.to_string())]),
        LinkNote::Adjusted(a) => fill(adjusted, &[("message", &adjustment(lang.text(), a))]),
    }
}

/// A notice for the reader, in `lang`.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Input(a) => adjustment(lang.text(), a),
        Notice::Link(note) => link_note(lang, note),
    }
}
