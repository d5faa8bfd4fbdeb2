//! Markup that is mostly text: the table's rows and the methodology panel, built as
//! HTML strings. One string per change costs far less wasm than a view tree per cell,
//! and it is pure, so native tests read exactly what the page will show.

use crate::format::{escape_html, money_b, money_delta_b, number, number_1, percent, with_unit};
use crate::model::{
    Assumption, Projection, Provenance, Scenario, Summary, LAST_YEAR, REPORT_TOTAL_2032, YEARS,
};

/// When inference spending overtakes training, in a sentence.
pub fn crossover_words(s: &Summary) -> String {
    match s.crossover_year {
        Some(year) => format!("Inference spending overtakes training in {year}."),
        None if s.inference_ahead_from_start => {
            "Inference spending is ahead of training from the start.".to_owned()
        }
        None => format!(
            "Inference spending does not overtake training before {}.",
            LAST_YEAR + 1
        ),
    }
}

/// The sentence whose numbers and words follow the inputs.
pub fn sentence_html(s: &Summary) -> String {
    let crossover = crossover_words(s);
    let versus = if s.vs_report_2032.abs() < 0.05 {
        "That matches the report's projection.".to_owned()
    } else {
        let side = if s.vs_report_2032_pct > 0.0 {
            "above"
        } else {
            "below"
        };
        format!(
            "That is {} ({} {side}) compared with the report's {}.",
            money_delta_b(s.vs_report_2032),
            percent(s.vs_report_2032_pct.abs()),
            money_b(REPORT_TOTAL_2032)
        )
    };
    format!(
        r#"Under these assumptions, AI investment reaches <strong data-testid="sentence-total">{}</strong> in {LAST_YEAR}; <strong data-testid="sentence-inference">{}</strong> of it goes to inference. {crossover} {versus}"#,
        money_b(s.total_2032),
        percent(s.inference_share_2032),
    )
}

/// One year of the projection in words, for the chart's tooltip and what a screen
/// reader hears when stepping through the chart: one figure per line.
pub fn year_text(p: &Projection, i: usize) -> String {
    format!(
        "{}\nTotal {}\nTraining {} ({})\nInference {} ({})\nOther {} ({})",
        YEARS[i],
        money_b(p.total[i]),
        money_b(p.training[i]),
        percent(p.training_share[i]),
        money_b(p.inference[i]),
        percent(p.inference_share[i]),
        money_b(p.other[i]),
        percent(p.other_share[i]),
    )
}

/// The lines printed under a downloaded chart: the source, and what the reader
/// changed from the report (or that nothing was).
pub fn poster_notes(scenario: &Scenario) -> Vec<String> {
    let changes = scenario.changes();
    let assumptions = if changes.is_empty() {
        "Assumptions: the report's.".to_owned()
    } else {
        let listed: Vec<String> = changes
            .iter()
            .map(|&(a, v)| {
                let spec = a.spec();
                let value = with_unit(number(v, spec.decimals()), spec.unit.suffix());
                format!("{} {value}", spec.label)
            })
            .collect();
        format!("Changed from the report: {}.", listed.join("; "))
    };
    vec![
        "Source: Bloomberg Intelligence (17 Mar 2025) via ChainNews / ABMedia; years between \
         the report's figures, and \"other\", are our assumptions. AI Capex Explorer."
            .to_owned(),
        assumptions,
        "Rings: the report's path (or a pinned scenario). Crosses: figures reported later, \
         as total capital expenditure."
            .to_owned(),
    ]
}

/// The comparison of a pinned scenario with the current one: the headline numbers side
/// by side, and how far the current one is from the pinned one.
pub fn compare_html(pinned: &Summary, now: &Summary) -> String {
    let points = |d: f64| {
        if d.abs() < 0.0005 {
            "±0 pp".to_owned()
        } else if d > 0.0 {
            format!("+{} pp", number_1(d * 100.0))
        } else {
            format!("{} pp", number_1(d * 100.0))
        }
    };
    let year = |y: Option<i32>| y.map_or("not by 2032".to_owned(), |y| y.to_string());
    let rows = [
        (
            "AI investment in 2032",
            money_b(pinned.total_2032),
            money_b(now.total_2032),
            money_delta_b(now.total_2032 - pinned.total_2032),
        ),
        (
            "Invested 2025–2032",
            money_b(pinned.cumulative_2025_2032),
            money_b(now.cumulative_2025_2032),
            money_delta_b(now.cumulative_2025_2032 - pinned.cumulative_2025_2032),
        ),
        (
            "Inference share in 2032",
            percent(pinned.inference_share_2032),
            percent(now.inference_share_2032),
            points(now.inference_share_2032 - pinned.inference_share_2032),
        ),
        (
            "Training share in 2032",
            percent(pinned.training_share_2032),
            percent(now.training_share_2032),
            points(now.training_share_2032 - pinned.training_share_2032),
        ),
        (
            "Inference overtakes training",
            year(pinned.crossover_year),
            year(now.crossover_year),
            if pinned.crossover_year == now.crossover_year {
                "same".to_owned()
            } else {
                "changed".to_owned()
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
        r#"<table class="compare-table" data-testid="compare-table"><caption>Your pinned scenario and now</caption><thead><tr><th scope="col">Headline</th><th scope="col">Pinned</th><th scope="col">Now</th><th scope="col">Change</th></tr></thead><tbody>{body}</tbody></table>"#
    )
}

/// The table's body: one row per year, every figure of the projection.
pub fn table_rows(p: &Projection) -> String {
    let mut rows = String::with_capacity(1200);
    for (i, year) in YEARS.iter().enumerate() {
        rows.push_str(&format!(
            r#"<tr data-testid="row-{year}"><th scope="row">{year}</th><td data-testid="total-{year}">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            number_1(p.total[i]),
            number_1(p.training[i]),
            number_1(p.inference[i]),
            number_1(p.other[i]),
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
        let (tag, class) = match spec.provenance {
            Provenance::Report => ("Report figure", "tag"),
            Provenance::Derived => ("Derived from the report", "tag"),
            Provenance::OurAssumption => ("Our assumption", "tag tag-ours"),
        };
        defaults.push_str(&format!(
            r#"<tr><th scope="row">{}</th><td>{}</td><td><span class="{class}">{tag}</span> {}</td></tr>"#,
            escape_html(spec.label),
            with_unit(number(spec.default, spec.decimals()), spec.unit.suffix()),
            escape_html(spec.source),
        ));
    }
    format!(
        r#"<h3 class="panel-title">How the projection is made</h3>
<p><strong>The total.</strong> It starts from the report: $371B in 2025, 44% more than in 2024, so 2024 was about $257.6B (371 ÷ 1.44). From 2026 each year grows by a rate that starts at the 2026 growth and fades into the long-run rate: g = long + (2026 − long) × e<sup>−(year − 2026) / fade</sup>. With both rates at 5.1% a year, the rate implied by the report's $525B in 2032 ((525 ÷ 371)<sup>1/7</sup> − 1), the path lands on the report's figure.</p>
<p><strong>Efficiency and demand.</strong> Extra efficiency e makes a unit of AI computing cost (1 − e)<sup>year − 2025</sup> of what the report expects. Demand answers with an elasticity ε, so spending is multiplied by ((1 − e)<sup>year − 2025</sup>)<sup>1 − ε</sup>. Below 1, efficiency cuts spending; above 1, cheaper computing raises it (the Jevons paradox); at 1 nothing changes. The report gives neither number: both are our assumptions, and by default they change nothing.</p>
<p><strong>Training, inference and other.</strong> The shares move from their 2025 to their 2032 values along an S-shaped curve centred on the midpoint year. The report gives training at about 40% of AI budgets now and 14% in 2032, and inference at about half in 2032; sources differ between about 45% and 50%, and we use 50%. The 2025 inference share, and "other" (neither training nor inference, such as networking, storage and general computing), are our assumptions: no source names them.</p>
<p><strong>What this is not.</strong> A what-if calculator built on one report's published figures, not a forecast of our own. Between 2025 and 2032 the report publishes no yearly path; the years in between follow the assumptions above.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="capex-defaults-caption"><table class="defaults-table"><caption id="capex-defaults-caption">Every default and where it comes from</caption><thead><tr><th scope="col">Assumption</th><th scope="col">Default</th><th scope="col">Source</th></tr></thead><tbody>{defaults}</tbody></table></div>
<h3 class="panel-title">Sources</h3>
<ul class="sources"><li>Bloomberg Intelligence, report on hyperscalers' AI investment, 17 March 2025 (analyst Mandeep Singh): $371B in 2025 (+44%), over $525B in 2032, training about 40% → 14%, inference about half.</li><li>ChainNews / ABMedia, "2032 AI investment wave will break through $500 billion! Google has the most advantage, Microsoft, Meta still limited by Nvidia", summarising that report; Bloomberg News (Jackie Davalos), the same day.</li></ul>"#
    )
}
