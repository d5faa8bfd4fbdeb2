//! The text layer: every sentence, cell and note the page shows, in the reader's
//! language, as text or small structs that the views render. Pure, so native tests read
//! exactly what the page will show.

use crate::charts::View;
use crate::format::{
    amount, column_percent, money_b, money_delta_b, money_range, money_round, number_1, percent,
    percent_whole, points, shown_number, with_unit,
};
use crate::i18n::{fill, Lang, Part, Text};
use crate::model::{
    distance, later_in, off_range, Adjustment, Assumption, Band, Firmness, Group, Guess,
    LaterFigure, Preset, Projection, Provenance, Scenario, SensitivityBar, Summary, FIRST_GUESSED,
    FORECASTS, LAST_YEAR, N_YEARS, REPORTED, REPORT_INFERENCE_SHARE_2032, REPORT_TOTAL_2032,
    REPORT_TRAINING_SHARE_2032, YEARS,
};
use crate::state::{LinkNote, Notice};

/// Whether the lead between inference and training changes hands in the model, and
/// which way: inference overtakes, training overtakes, or neither.
pub fn crossover_words(t: &Text, s: &Summary) -> String {
    let [inference_overtakes, training_overtakes, inference_ahead, training_ahead] = t.crossover;
    match s.crossover_year {
        Some(year) if s.inference_ahead_in_2032 => {
            fill(inference_overtakes, &[("year", &year.to_string())])
        }
        Some(year) => fill(training_overtakes, &[("year", &year.to_string())]),
        None if s.inference_ahead_from_start => inference_ahead.to_owned(),
        None => fill(training_ahead, &[("year", &LAST_YEAR.to_string())]),
    }
}

/// Training spending from 2025 to 2032, in a sentence.
pub fn training_words(t: &Text, s: &Summary) -> String {
    let [falls, rises] = t.training_change;
    fill(
        if s.training_2032 < s.training_2025 {
            falls
        } else {
            rises
        },
        &[
            ("from", &money_round(t, s.training_2025)),
            ("to", &money_round(t, s.training_2032)),
            ("year", &LAST_YEAR.to_string()),
        ],
    )
}

/// Which of inference and training leads from which year, for a table cell: the
/// year the lead changes, else "not by 2032".
fn lead_cell(t: &Text, s: &Summary) -> String {
    let [none, _, _, inference, training] = t.compare_words;
    match s.crossover_year {
        Some(year) => fill(
            if s.inference_ahead_in_2032 {
                inference
            } else {
                training
            },
            &[("year", &year.to_string())],
        ),
        None => none.to_owned(),
    }
}

/// The value of one hole of the sentence (`total`, `year`, `inference`, `training`,
/// `crossover`, `versus`); empty for any other name.
pub fn sentence_hole(t: &Text, s: &Summary, hole: &str) -> String {
    match hole {
        "total" => money_round(t, s.total_2032),
        "year" => LAST_YEAR.to_string(),
        "inference" => percent(s.inference_share_2032),
        "training" => training_words(t, s),
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

/// The key number above the chart, in three parts: the 2032 total (the part set in
/// large type), its change on 2025, and the report's 2032 total when this one differs.
pub fn key_number(t: &Text, s: &Summary) -> [String; 3] {
    let [total, change, report] = t.key_number;
    let growth = if s.total_2025 > 0.0 {
        s.total_2032 / s.total_2025 - 1.0
    } else {
        0.0
    };
    let sign = if growth >= 0.005 { "+" } else { "" };
    [
        fill(
            total,
            &[
                ("total", &money_round(t, s.total_2032)),
                ("year", &LAST_YEAR.to_string()),
            ],
        ),
        fill(
            change,
            &[
                ("change", &format!("{sign}{}", percent_whole(growth))),
                ("base", "2025"),
            ],
        ),
        if s.vs_report_2032.abs() < 0.05 {
            String::new()
        } else {
            fill(report, &[("report", &money_b(t, REPORT_TOTAL_2032))])
        },
    ]
}

/// How the 2032 total compares with the report's, in a sentence.
pub fn versus_words(t: &Text, s: &Summary) -> String {
    let [matches, differs, above, below, times, total_only] = t.versus;
    let same = |a: f64, b: f64| (a - b).abs() < 0.0005;
    if s.vs_report_2032.abs() < 0.05 {
        // The total alone can match while the mix was forced far from the report's.
        let mix = same(s.training_share_2032, REPORT_TRAINING_SHARE_2032)
            && same(s.inference_share_2032, REPORT_INFERENCE_SHARE_2032);
        if mix { matches } else { total_only }.to_owned()
    } else if s.vs_report_2032_pct >= 1.0 {
        // Twice the report's or more reads better as a multiple than as "+138.9 %".
        fill(
            times,
            &[
                ("times", &number_1(1.0 + s.vs_report_2032_pct)),
                ("report", &money_round(t, REPORT_TOTAL_2032)),
            ],
        )
    } else {
        let delta = money_round(t, s.vs_report_2032.abs());
        let sign = if s.vs_report_2032 > 0.0 { "+" } else { "−" };
        fill(
            differs,
            &[
                ("delta", &format!("{sign}{delta}")),
                ("percent", &percent_whole(s.vs_report_2032_pct.abs())),
                (
                    "side",
                    if s.vs_report_2032_pct > 0.0 {
                        above
                    } else {
                        below
                    },
                ),
                ("report", &money_round(t, REPORT_TOTAL_2032)),
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

/// What a year chart marks beside the projection: nothing (the shares chart), the
/// figures the companies reported, or those and the other forecasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    /// No later figures.
    None,
    /// The companies' reported figures.
    Reported,
    /// Those and the other forecasts.
    All,
}

impl Later {
    /// The later figures of `year` it includes.
    pub fn figures(self, year: i32) -> impl Iterator<Item = &'static LaterFigure> {
        later_in(year).filter(move |f| match self {
            Later::None => false,
            Later::Reported => f.firmness != Firmness::Forecast,
            Later::All => true,
        })
    }
}

/// A later figure's value: one amount, or its range.
pub fn later_value(t: &Text, f: &LaterFigure) -> String {
    if f.high > f.low {
        money_range(t, f.low, f.high)
    } else {
        money_b(t, f.value)
    }
}

/// One year of the projection in words, for the chart's tooltip and what a screen
/// reader hears when stepping through the chart: one figure per line, the P10–P90
/// range of `band` when the chart shows one, then the `later` figures of that year.
pub fn year_text(
    t: &Text,
    p: &Projection,
    band: Option<ShownBand>,
    later: Later,
    i: usize,
) -> String {
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
    for figure in later.figures(YEARS[i]) {
        text.push('\n');
        text += &fill(
            t.later.line[0],
            &[
                ("label", t.later.labels[figure.publisher as usize]),
                ("value", &later_value(t, figure)),
                ("measure", t.measure(figure.measure)),
            ],
        );
    }
    text
}

/// Every figure published after the article, one sentence each, for the methodology:
/// what it measures, who published it and when, and how firm it is.
pub fn later_list(t: &Text) -> Vec<String> {
    REPORTED
        .iter()
        .chain(FORECASTS.iter().flatten())
        .map(|f| {
            fill(
                t.later.line[1],
                &[
                    ("year", &f.year.to_string()),
                    ("value", &later_value(t, f)),
                    ("measure", t.measure(f.measure)),
                    ("publisher", t.publisher(f.publisher)),
                    ("date", &t.date(f.published)),
                    ("firmness", t.firmness(f.firmness)),
                ],
            )
        })
        .collect()
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

/// How far the reader's line was from the report's `path`, once it is complete: its
/// 2032 figure against the report's, then its mean distance year by year.
pub fn guess_report_words(t: &Text, guess: &Guess, path: &[f64; N_YEARS]) -> Option<String> {
    let d = distance(guess, path)?;
    let [above, below, close, mean, ..] = t.guess_results;
    let template = if d.last_off.abs() < 0.01 {
        close
    } else if d.last_off > 0.0 {
        above
    } else {
        below
    };
    let first = fill(
        template,
        &[
            ("guess", &money_round(t, d.last.0)),
            ("off", &percent_whole(d.last_off.abs())),
            ("actual", &money_round(t, d.last.1)),
        ],
    );
    Some(fill(
        mean,
        &[("first", &first), ("mean", &percent_whole(d.mean_off))],
    ))
}

/// How far the reader's 2026 figure was from the companies' guidance for 2026.
pub fn guess_guidance_words(t: &Text, guess: &Guess) -> Option<String> {
    let drawn = guess.get(FIRST_GUESSED)?;
    let guidance = REPORTED.iter().find(|f| f.year == YEARS[FIRST_GUESSED])?;
    let [.., above, below, inside] = t.guess_results;
    let off = off_range(drawn, (guidance.low, guidance.high));
    let template = if off > 0.0 {
        above
    } else if off < 0.0 {
        below
    } else {
        inside
    };
    Some(fill(
        template,
        &[
            ("guess", &money_round(t, drawn)),
            ("off", &percent_whole(off.abs())),
            ("range", &money_range(t, guidance.low, guidance.high)),
        ],
    ))
}

/// One year of the reader's line, read out as the keyboard reaches it.
pub fn guess_year_words(t: &Text, guess: &Guess, i: usize) -> String {
    let [drawn, not_drawn, ..] = t.guess_spoken;
    let year = YEARS.get(i).copied().unwrap_or_default().to_string();
    match guess.get(i) {
        Some(v) => fill(drawn, &[("year", &year), ("value", &money_round(t, v))]),
        None => fill(not_drawn, &[("year", &year)]),
    }
}

/// The reader's line so far, for screen readers.
pub fn guess_line_words(t: &Text, guess: &Guess) -> String {
    let [_, _, so_far, nothing, point] = t.guess_spoken;
    if guess.is_empty() {
        return nothing.to_owned();
    }
    let points: Vec<String> = guess
        .points()
        .map(|(i, v)| {
            fill(
                point,
                &[
                    ("year", &YEARS[i].to_string()),
                    ("value", &money_round(t, v)),
                ],
            )
        })
        .collect();
    fill(so_far, &[("points", &points.join(t.companies_year[2]))])
}

/// The picture's subtitle: the scenario it shows, by its preset's name (or "your own
/// assumptions"), and its key number when `answer` gives it: "Cheaper AI, bigger boom:
/// $927B in 2032, +150% on 2025". A shared picture says at a glance which scenario it is.
pub fn poster_subtitle(t: &Text, preset: Option<Preset>, answer: Option<&Summary>) -> String {
    let name = preset.map_or(t.preset[1], |p| t.preset(p).title);
    let Some(s) = answer else {
        return name.to_owned();
    };
    let [total, change, _] = key_number(t, s);
    fill(
        t.poster_subtitle,
        &[("name", name), ("total", &total), ("change", &change)],
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
    let [_, same, changed, ..] = t.compare_words;
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
            lead_cell(t, pinned),
            lead_cell(t, now),
            if lead_cell(t, pinned) == lead_cell(t, now) {
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
        column_percent(p.inference_share[i]),
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
    /// The plausible range the tornado swings it over, or a dash when it does not move
    /// the total.
    pub plausible: String,
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
                plausible: if matches!(spec.group, Group::Growth | Group::Efficiency) {
                    let (low, high) = spec.plausible;
                    let end = |v| shown_number(t, &spec, v);
                    with_unit(format!("{} – {}", end(low), end(high)), t.unit(spec.unit))
                } else {
                    t.methodology.defaults[5].to_owned()
                },
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
                    (
                        "max",
                        &with_unit(shown_number(t, &spec, spec.max), t.unit(spec.unit)),
                    ),
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
    let [too_long, value_too_long, not_a_number, no_preset, bad_origin, more, adjusted, bad_guess] =
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
        LinkNote::BadGuess => bad_guess.to_owned(),
    }
}

/// A notice for the reader, in `lang`.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Input(a) => adjustment(lang.text(), a),
        Notice::Link(note) => link_note(lang, note),
    }
}
