//! The chart drawing code, rendered to SVG with the same code the canvas uses.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::charts::investment::{GuessShown, Guessing, Investment};
use ai_capex_explorer::charts::{investment, labels, ChartStyle, Figure, View};
use ai_capex_explorer::format::{money_b, money_round};
use ai_capex_explorer::i18n::{EN, ZH_HANT};
use ai_capex_explorer::markup::Later;
use ai_capex_explorer::model::*;
use plotters::prelude::*;

/// The trimmed contents of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let body = &t[t.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_owned())
        })
        .collect()
}

fn has_text(svg: &str, want: &str) -> bool {
    texts(svg).iter().any(|t| t == want)
}

/// The value axis' labels: bare numbers (the unit is in the subtitle), thousands
/// grouped, years left out.
fn ticks(svg: &str) -> Vec<f64> {
    texts(svg)
        .iter()
        .filter(|t| !(2024..=2032).any(|y| **t == y.to_string()))
        .filter_map(|t| t.replace(',', "").parse::<f64>().ok())
        .collect()
}

/// The highest value axis label.
fn top_tick(svg: &str) -> f64 {
    ticks(svg).into_iter().fold(0.0, f64::max)
}

/// The largest `font-size` in the SVG.
fn max_font_size(svg: &str) -> f64 {
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|t| t[..t.find('"')?].parse::<f64>().ok())
        .fold(0.0, f64::max)
}

fn render(scenario: &Scenario, size: (u32, u32), style: ChartStyle) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        investment::draw(
            &root,
            &project(scenario),
            &project(&Scenario::default()).total,
            None,
            Later::Reported,
            &style,
            None,
        )
        .expect("draws");
        root.present().expect("presents");
    }
    svg
}

#[test]
fn baseline_chart_has_axes_three_bands_total_line_and_both_report_marks() {
    let svg = render(&Scenario::default(), (800, 450), ChartStyle::default());
    // Three stacked bands (training, inference, other) in their palette colours.
    assert_eq!(svg.matches("<polygon").count(), 3, "{svg}");
    // Each band has a darker top edge (contrast), besides the total line.
    for edge in ["#00446A", "#8A5F00", "#707070"] {
        assert!(svg.contains(edge), "missing band edge {edge}");
    }
    for colour in ["#0072B2", "#E69F00", "#BBBBBB"] {
        assert!(svg.contains(colour), "missing series colour {colour}");
    }
    // Every year labelled on the x axis, bare billions on the y axis (the subtitle
    // names the unit), ending just above the highest figure drawn: the 2026
    // guidance's $725B.
    for year in 2024..=2032 {
        assert!(has_text(&svg, &year.to_string()), "missing x label {year}");
    }
    assert_eq!(ticks(&svg), [0.0, 200.0, 400.0, 600.0, 800.0]);
    assert!(!texts(&svg).iter().any(|t| t.starts_with("$200")));
    // The two published totals: marked with circles and labelled.
    assert!(has_text(&svg, "Report: $371B") && has_text(&svg, "Report: $525B"));
    assert_eq!(
        svg.matches("<circle").count(),
        4,
        "two marks, each fill + ring"
    );
    // The total line on top of the stack.
    assert!(svg.contains("<polyline"));
}

#[test]
fn narrow_charts_label_every_other_year() {
    let svg = render(&Scenario::default(), (320, 240), ChartStyle::default());
    assert!(has_text(&svg, "2024") && has_text(&svg, "2026") && has_text(&svg, "2032"));
    assert!(
        !has_text(&svg, "2025"),
        "2025 should be skipped on narrow charts"
    );
}

#[test]
fn high_dpi_scales_fonts() {
    let one = render(&Scenario::default(), (640, 360), ChartStyle::default());
    let two = render(
        &Scenario::default(),
        (1280, 720),
        ChartStyle {
            scale: 2.0,
            ..ChartStyle::default()
        },
    );
    let (a, b) = (max_font_size(&one), max_font_size(&two));
    // plotters' SVG backend writes canvas sizes ÷ 1.24: 13 px on the canvas is 10.5 here.
    assert!(a * 1.24 >= 12.0, "text at 1x is readable: {a}px in SVG");
    assert!(
        (b / a - 2.0).abs() < 1e-9,
        "2x text is twice as large: {a} vs {b}"
    );
}

#[test]
fn axis_grows_with_the_projection() {
    let big = Scenario::from_values(&[
        (Assumption::NearGrowth, 100.0),
        (Assumption::LongRunGrowth, 40.0),
    ])
    .scenario;
    let total = project(&big).summary().total_2032;
    let svg = render(&big, (800, 450), ChartStyle::default());
    assert!(total > 5000.0, "{total}");
    let top = top_tick(&svg);
    assert!(
        top >= total * 0.8 && top <= total * 1.3,
        "top y label {top} for a total of {total}"
    );
}

fn render_with(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>),
) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&root);
        root.present().expect("presents");
    }
    svg
}

#[test]
fn shares_chart_has_three_patterned_lines_direct_labels_and_the_crossover() {
    use ai_capex_explorer::charts::shares;
    let p = project(&Scenario::default());
    let svg = render_with((800, 450), |root| {
        shares::draw(root, &p, None, &ChartStyle::default(), None).expect("draws");
    });
    for label in [
        "Training 14%",
        "Inference 50%",
        "Other 36%",
        "Inference overtakes training, 2028",
        "0",
        "50",
    ] {
        assert!(
            has_text(&svg, label),
            "missing {label:?} in {:?}",
            texts(&svg)
        );
    }
    assert!(
        svg.contains("stroke-dasharray") || svg.matches("<polyline").count() > 10,
        "other is dashed"
    );
    assert_eq!(
        svg.matches("<circle").count(),
        9,
        "inference markers, one per year"
    );
    // The axis ends just above the highest share (inference's 50 % in 2032), not at
    // 100 %, and its labels are bare.
    assert!(!has_text(&svg, "100") && !has_text(&svg, "0%"));
    // No crossover: no marker line or label.
    let late = Scenario::from_values(&[
        (Assumption::TrainingShare2032, 45.0),
        (Assumption::InferenceShare2032, 30.0),
    ])
    .scenario;
    let p = project(&late);
    let svg = render_with((800, 450), |root| {
        shares::draw(root, &p, None, &ChartStyle::default(), None).expect("draws");
    });
    assert!(!texts(&svg)
        .iter()
        .any(|t| t.starts_with("Inference overtakes")));
}

#[test]
fn companies_chart_splits_each_company_into_in_house_and_nvidia() {
    use ai_capex_explorer::charts::companies;
    let p = project(&Scenario::default());
    let svg = render_with((640, 360), |root| {
        companies::draw(root, &p, 8, &ChartStyle::default(), None).expect("draws");
    });
    for company in Company::ALL {
        assert!(
            has_text(&svg, EN.company(company)),
            "missing {}",
            EN.company(company)
        );
        assert!(
            has_text(&svg, &money_round(&EN, p.company(company).total[8])),
            "missing total of {}",
            EN.company(company)
        );
    }
    // Two segments per company, in the companies chart's own colours (bluish green
    // and reddish purple), not training's blue and inference's orange.
    assert_eq!(svg.matches("fill=\"#009E73\"").count(), 5);
    assert_eq!(svg.matches("fill=\"#CC79A7\"").count(), 5);
    assert!(!svg.contains("#0072B2") && !svg.contains("#E69F00"));
}

#[test]
fn companies_chart_draws_the_year_chosen_and_explores_row_by_row() {
    use ai_capex_explorer::charts::companies;
    use ai_capex_explorer::markup::company_text;
    let p = project(&Scenario::default());
    // 2026 (index 2), not 2032: each company's 2026 total is written at its bar.
    let mut scale = None;
    let svg = render_with((640, 360), |root| {
        scale = Some(companies::draw(root, &p, 2, &ChartStyle::default(), None).expect("draws"));
    });
    for c in &p.companies {
        assert!(
            has_text(&svg, &money_round(&EN, c.total[2])),
            "{:?} 2026",
            c.company
        );
        assert!(
            !has_text(&svg, &money_round(&EN, c.total[8])),
            "{:?} 2032",
            c.company
        );
    }
    // Rows run top to bottom; a pointer's y finds the row under it.
    let scale = scale.expect("a scale");
    assert_eq!(scale.count, Company::ALL.len());
    assert!(scale.step > 0.0);
    for row in 0..Company::ALL.len() {
        assert_eq!(scale.index_at(scale.x_of(row) + scale.step * 0.3), row);
    }
    assert_eq!(scale.index_at(-1e9), 0);
    assert_eq!(scale.index_at(1e9), Company::ALL.len() - 1);
    // Exploring Alphabet outlines its bar and writes its split beside it.
    let svg = render_with((640, 360), |root| {
        companies::draw(root, &p, 2, &ChartStyle::default(), Some(2)).expect("draws");
    });
    let text = company_text(&EN, &p, 2, 2);
    assert!(
        text.starts_with("Alphabet (Google), 2026\nTotal $"),
        "{text}"
    );
    for line in text.lines() {
        assert!(has_text(&svg, line), "missing {line:?}");
    }
    let alphabet = &p.companies[2];
    assert!(text.contains(&format!(
        "In-house chips {}",
        money_b(&EN, alphabet.in_house[2])
    )));
    assert!(text.contains(&format!(
        "Bought from chip vendors {}",
        money_b(&EN, alphabet.nvidia[2])
    )));
}

#[test]
fn on_a_phone_the_bar_labels_sit_above_the_bars() {
    use ai_capex_explorer::charts::companies;
    let p = project(&Scenario::default());
    let svg = render_with((320, 340), |root| {
        companies::draw(root, &p, 8, &ChartStyle::default(), None).expect("draws");
    });
    // Every name is drawn left-aligned at the plot's left edge, where the bars start.
    let starts: Vec<&str> = svg
        .split("<text")
        .skip(1)
        .filter(|t| {
            Company::ALL.iter().any(|c| {
                t.contains(&format!(">{}<", EN.company(*c)))
                    || t.contains(&format!(">\n{}\n<", EN.company(*c)))
            })
        })
        .collect();
    assert_eq!(starts.len(), Company::ALL.len(), "{svg}");
    for t in starts {
        assert!(t.contains("text-anchor=\"start\""), "{t}");
    }
}

#[test]
fn dashed_lines_are_drawn_as_dashes() {
    use ai_capex_explorer::charts::shares;
    let p = project(&Scenario::default());
    let svg = render_with((800, 450), |root| {
        shares::draw(root, &p, None, &ChartStyle::default(), None).expect("draws");
    });
    // The "other" share and the crossover marker are dashed: many short segments.
    assert!(svg.matches("<polyline").count() > 40, "{svg}");
}

#[test]
fn tornado_shows_the_assumptions_that_move_the_total_largest_first() {
    use ai_capex_explorer::charts::tornado;
    let s = Scenario::default();
    let bars = sensitivity(&s);
    let svg = render_with((640, 400), |root| {
        tornado::draw(root, &bars, 525.0, &ChartStyle::default(), None).expect("draws");
    });
    let moving: Vec<_> = bars
        .iter()
        .filter(|b| b.swing > 0.0)
        .take(tornado::MAX_BARS)
        .collect();
    assert!(moving.len() >= 4);
    let labels = texts(&svg);
    let positions: Vec<usize> = moving
        .iter()
        .map(|b| {
            labels
                .iter()
                .position(|t| t == EN.label(b.assumption))
                .expect("label drawn")
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "drawn in order of swing"
    );
    assert!(
        !labels.iter().any(|t| t == "Meta's share"),
        "zero-swing bars are left out"
    );
}

#[test]
fn the_explored_year_gets_a_crosshair_and_its_figures_where_the_scale_says() {
    let p = project(&Scenario::default());
    let mut svg = String::new();
    let scale = {
        let root = SVGBackend::with_string(&mut svg, (800, 450)).into_drawing_area();
        let scale = investment::draw(
            &root,
            &p,
            &p.total,
            None,
            Later::Reported,
            &ChartStyle::default(),
            Some(6),
        )
        .expect("draws");
        root.present().expect("presents");
        scale
    };
    // The year and its figures as the table and the keyboard announcement give them.
    for line in ai_capex_explorer::markup::year_text(&EN, &p, None, Later::Reported, 6).lines() {
        assert!(has_text(&svg, line), "missing {line:?}");
    }
    assert!(has_text(&svg, "2030") && has_text(&svg, "Total $475.4B"));
    // The scale maps the years back: the crosshair's year, the ends, and beyond them.
    assert_eq!(scale.index_at(scale.x_of(6)), 6);
    assert_eq!(scale.index_at(scale.x_of(6) + scale.step * 0.4), 6);
    assert_eq!(scale.index_at(-100.0), 0);
    assert_eq!(scale.index_at(1e6), 8);
    assert_eq!(scale.index_at(f64::NAN), 0);
    assert!(scale.first > 0.0 && scale.step > 50.0, "{scale:?}");
    // Without a focus there is no box: one fewer rectangle outline.
    let plain = render(&Scenario::default(), (800, 450), ChartStyle::default());
    assert!(svg.matches("<rect").count() > plain.matches("<rect").count());
}

#[test]
fn a_changed_scenario_keeps_the_reports_path_in_view_and_the_later_figures_are_marked() {
    let report = project(&Scenario::default()).total;
    let draw = |scenario: &Scenario| {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (800, 450)).into_drawing_area();
            investment::draw(
                &root,
                &project(scenario),
                &report,
                None,
                Later::Reported,
                &ChartStyle::default(),
                None,
            )
            .expect("draws");
            root.present().expect("presents");
        }
        svg
    };
    let same = draw(&Scenario::default());
    let faster = draw(
        &Scenario::default()
            .with(Assumption::LongRunGrowth, 12.0)
            .scenario,
    );
    // Two report marks (a filled disc and a ring each) on both; the report's path as a
    // dashed line (many short strokes) only once the reader departs from it.
    assert_eq!(same.matches("<circle").count(), 4);
    assert_eq!(faster.matches("<circle").count(), 4);
    assert!(faster.matches("<polyline").count() > same.matches("<polyline").count() + 30);
    // Each figure reported later is a cross: two 10-pixel strokes centred on its year.
    let scale = {
        let mut svg = String::new();
        let root = SVGBackend::with_string(&mut svg, (800, 450)).into_drawing_area();
        investment::draw(
            &root,
            &project(&Scenario::default()),
            &report,
            None,
            Later::Reported,
            &ChartStyle::default(),
            None,
        )
        .expect("draws")
    };
    let crossings = |year_index: usize| {
        same.split("<polyline")
            .skip(1)
            .filter_map(|line| {
                let at = line.find(" points=\"")? + 9;
                let points = &line[at..at + line[at..].find('"')?];
                let xs: Vec<f64> = points
                    .split_whitespace()
                    .filter_map(|p| p.split(',').next()?.parse().ok())
                    .collect();
                (xs.len() == 2).then(|| (xs[0], xs[1]))
            })
            .filter(|&(a, b)| {
                (b - a).abs() == 10.0 && ((a + b) / 2.0 - scale.x_of(year_index)).abs() <= 1.0
            })
            .count()
    };
    assert_eq!(crossings(1), 2, "2025");
    assert_eq!(crossings(2), 2, "2026");
}

#[test]
fn the_picture_names_its_scenario_and_its_answer_under_the_title() {
    use ai_capex_explorer::markup::poster_subtitle;
    let summary = |preset: Preset| project(&preset.scenario()).summary();
    assert_eq!(
        poster_subtitle(&EN, Some(Preset::Report), Some(&summary(Preset::Report))),
        "Report baseline (Bloomberg Intelligence, Mar 2025): $525B in 2032, +42% on 2025"
    );
    assert_eq!(
        poster_subtitle(
            &EN,
            Some(Preset::JevonsBoom),
            Some(&summary(Preset::JevonsBoom))
        ),
        "Cheaper AI, bigger boom: $927B in 2032, +150% on 2025"
    );
    assert_eq!(
        poster_subtitle(
            &ZH_HANT,
            Some(Preset::JevonsBoom),
            Some(&summary(Preset::JevonsBoom))
        ),
        "AI 更便宜，需求更旺：2032 年 9,272 億美元，較 2025 年 +150%"
    );
    let own = Scenario::default()
        .with(Assumption::NearGrowth, 30.0)
        .scenario;
    assert!(poster_subtitle(&EN, None, Some(&project(&own).summary()))
        .starts_with("Your own assumptions: $"));
    // While a guess is drawn, the picture keeps the answer to itself, as the chart does.
    assert_eq!(
        poster_subtitle(&EN, Some(Preset::Report), None),
        "Report baseline (Bloomberg Intelligence, Mar 2025)"
    );
}

#[test]
fn the_downloadable_picture_carries_a_title_the_source_and_what_changed() {
    use ai_capex_explorer::charts::poster;
    use ai_capex_explorer::markup::{poster_notes, poster_subtitle};
    let scenario = Scenario::default()
        .with(Assumption::ExtraEfficiency, 15.0)
        .scenario;
    let p = project(&scenario);
    let notes = poster_notes(&EN, &scenario, View::Investment, false);
    let subtitle = poster_subtitle(&EN, None, Some(&p.summary()));
    assert_eq!(
        notes[1],
        "Changed from the report: Extra efficiency gains 15%/yr."
    );
    assert_eq!(
        poster_notes(&EN, &Scenario::default(), View::Investment, false)[1],
        "Assumptions: the report's."
    );
    // Each picture explains its own marks: the investment chart's dashed line and
    // crosses, the companies' weights, the tornado's bars; the range's key when shown.
    let key = |view, shaded| poster_notes(&EN, &scenario, view, shaded)[2..].join(" | ");
    assert!(key(View::Investment, false).starts_with("Dashed line: the report's path"));
    assert!(key(View::Companies, false).contains("relative weight"));
    assert!(!key(View::Companies, true).contains("Likely range"));
    assert!(key(View::Sensitivity, false).starts_with("Each bar moves one assumption"));
    assert!(key(View::Shares, true)
        .ends_with("Likely range: 8 in 10 simulated paths, each year (our assumptions)"));
    let report = project(&Scenario::default()).total;
    let picture = |figure: Figure| {
        render_with(poster::SIZE, |root| {
            poster::draw(root, &p, figure, &ChartStyle::default(), &subtitle, &notes)
                .expect("draws")
        })
    };
    let svg = picture(Figure::Investment(Investment {
        reference: &report,
        band: None,
        later: Later::Reported,
        guess: None,
    }));
    assert!(has_text(
        &svg,
        "AI investment by workload, 2024–2032 (billions of US dollars)"
    ));
    assert!(svg.contains("Source: Bloomberg Intelligence (17 Mar 2025)"));
    assert!(svg.contains("Extra efficiency gains 15%/yr."));
    // Which scenario it is, and its answer, under the title.
    assert!(has_text(&svg, &subtitle));
    // The chart itself is in it, with its report marks.
    assert!(has_text(&svg, "Report: $525B"));
    // The shares chart's picture: its own title and chart, the same notes.
    let svg = picture(Figure::Shares(None));
    assert!(has_text(&svg, EN.poster_titles[1]));
    assert!(!has_text(&svg, "Report: $525B"));
    assert!(svg.contains("Extra efficiency gains 15%/yr."));
    assert!(texts(&svg)
        .iter()
        .any(|t| t.starts_with("Inference overtakes training")));
    // The companies chart's picture names the year chosen, and draws that year's bars.
    let svg = picture(Figure::Companies(6));
    assert!(has_text(
        &svg,
        "AI investment per company in 2030: in-house chips or Nvidia (billions of US dollars)"
    ));
    assert!(has_text(&svg, &money_round(&EN, p.companies[1].total[6])));
    assert!(svg.contains("Extra efficiency gains 15%/yr."));
}

#[test]
fn the_bands_are_named_on_the_chart_not_only_by_colour() {
    let svg = render(&Scenario::default(), (800, 450), ChartStyle::default());
    for name in ["Training", "Inference", "Other"] {
        assert!(has_text(&svg, name), "missing {name}");
    }
    // A band too thin to hold its name goes without (the legend still names it).
    let thin = Scenario::default()
        .with_all(&[
            (Assumption::TrainingShare2025, 10.0),
            (Assumption::TrainingShare2032, 0.0),
        ])
        .scenario;
    assert!(!has_text(
        &render(&thin, (800, 450), ChartStyle::default()),
        "Training"
    ));
}

/// WCAG 2.x contrast ratio of two colours.
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let luminance = |c: RGBColor| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn chart_text_and_marks_meet_wcag_contrast_in_both_themes() {
    use ai_capex_explorer::charts::{darker, Palette};
    for (theme, p) in [("light", Palette::LIGHT), ("dark", Palette::DARK)] {
        let bg = p.background;
        // Text (axis labels, names, the crosshair's figures): 4.5:1 (WCAG 1.4.3).
        for (what, c) in [("text", p.text), ("ink", p.ink)] {
            assert!(
                contrast(c, bg) >= 4.5,
                "{theme} {what}: {:.2}",
                contrast(c, bg)
            );
        }
        // Lines and marks a reader needs: 3:1 (WCAG 1.4.11). The shares chart draws
        // training, inference and other (in the axis colour) as lines.
        for (what, c) in [
            ("axis", p.axis),
            ("training line", p.training),
            ("inference line", p.inference_line),
        ] {
            assert!(
                contrast(c, bg) >= 3.0,
                "{theme} {what}: {:.2}",
                contrast(c, bg)
            );
        }
        // A stacked band or a bar has 3:1 at its fill or at its darker edge.
        for (what, c) in [
            ("training band", p.training),
            ("inference band", p.inference),
            ("other band", p.other),
            ("in-house chips bar", p.own_chips),
            ("bought chips bar", p.vendor_chips),
            ("low end bar", p.lower),
            ("high end bar", p.higher),
        ] {
            let best = contrast(c, bg).max(contrast(darker(c), bg));
            assert!(best >= 3.0, "{theme} {what}: {best:.2}");
        }
    }
    // The check can fail: light orange on white is the case it exists for.
    assert!(contrast(Palette::LIGHT.inference, Palette::LIGHT.background) < 3.0);
}

#[test]
fn the_likely_range_is_shaded_with_dashed_edges_and_read_out_at_the_crosshair() {
    use ai_capex_explorer::charts::shares;
    use ai_capex_explorer::markup::year_text;
    let s = Scenario::default();
    let p = project(&s);
    let mc = monte_carlo(&s, MONTE_CARLO_PATHS);
    let draw = |band: Option<&Band>, focus: Option<usize>| {
        render_with((800, 450), |root| {
            investment::draw(
                root,
                &p,
                &p.total,
                band,
                Later::Reported,
                &ChartStyle::default(),
                focus,
            )
            .expect("draws");
        })
    };
    let (plain, shaded) = (draw(None, None), draw(Some(&mc.total), None));
    // One more filled shape (the range), and its two edges as many short dashes.
    assert_eq!(
        shaded.matches("<polygon").count(),
        plain.matches("<polygon").count() + 1
    );
    assert!(shaded.matches("<polyline").count() > plain.matches("<polyline").count() + 20);
    // The value axis reaches the range's top.
    // (the highest label, plus one step: the axis ends less than a step above it).
    let top = |svg: &str| {
        let mut t = ticks(svg);
        t.sort_by(f64::total_cmp);
        let n = t.len();
        t[n - 1] + (t[n - 1] - t[n - 2])
    };
    assert!(
        top(&shaded) >= mc.total.p90[8],
        "{} < {}",
        top(&shaded),
        mc.total.p90[8]
    );
    // The crosshair gives the range of the explored year, as the announcement does.
    let text = year_text(
        &EN,
        &p,
        Some((&mc.total, ai_capex_explorer::markup::BandUnit::Money)),
        Later::None,
        8,
    );
    let last = text.lines().last().expect("a line");
    assert_eq!(
        last,
        format!(
            "Likely range {}–{}",
            money_b(&EN, mc.total.p10[8]),
            money_b(&EN, mc.total.p90[8])
        )
    );
    assert!(has_text(&draw(Some(&mc.total), Some(8)), last));
    // The shares chart shades the inference share's range.
    let shares_svg = |band: Option<&Band>| {
        render_with((800, 450), |root| {
            shares::draw(root, &p, band, &ChartStyle::default(), None).expect("draws");
        })
    };
    assert_eq!(
        shares_svg(Some(&mc.inference_share))
            .matches("<polygon")
            .count(),
        shares_svg(None).matches("<polygon").count() + 1
    );
}

/// Every `<polyline>` of `svg` with its stroke colour and width, as pixel points.
fn polylines(svg: &str) -> Vec<(String, Vec<(i32, i32)>)> {
    polylines_with_width(svg)
        .into_iter()
        .map(|(stroke, _, points)| (stroke, points))
        .collect()
}

/// The value of attribute `name` in an SVG tag's text.
fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[start..start + tag[start..].find('"')?].to_owned())
}

/// A drawn line: its stroke colour, its stroke width and its points.
type Drawn = (String, String, Vec<(i32, i32)>);

fn polylines_with_width(svg: &str) -> Vec<Drawn> {
    svg.split("<polyline")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find("/>")?];
            let points = attr(tag, "points")?
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            Some((attr(tag, "stroke")?, attr(tag, "stroke-width")?, points))
        })
        .collect()
}

/// The box of each `<text>` of `svg` whose words start with one of `prefixes`, sized
/// by the charts' own estimate (the SVG writes font sizes 1.24 times smaller).
fn label_boxes(svg: &str, prefixes: &[&str]) -> Vec<(String, labels::Rect)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find('>')?];
            let body = t[t.find('>')? + 1..t.find("</text>")?]
                .trim()
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            prefixes.iter().any(|p| body.starts_with(p)).then_some(())?;
            let x: i32 = attr(tag, "x")?.parse().ok()?;
            let y: i32 = attr(tag, "y")?.parse().ok()?;
            let size = attr(tag, "font-size")?.parse::<f64>().ok()? * 1.24;
            let bold = attr(tag, "font-weight").as_deref() == Some("bold");
            let (w, h) = ai_capex_explorer::charts::text_size(&body, size, bold);
            let (w, h) = (w as i32, h as i32);
            let left = match attr(tag, "text-anchor")?.as_str() {
                "end" => x - w,
                "middle" => x - w / 2,
                _ => x,
            };
            let top = match attr(tag, "dy")?.as_str() {
                "0.76em" => y,
                "0.5ex" => y - h / 2,
                _ => y - h,
            };
            Some((body, (left, top, left + w, top + h)))
        })
        .collect()
}

#[test]
fn the_shares_charts_end_labels_clear_every_line_and_each_other() {
    use ai_capex_explorer::charts::shares;
    // The defaults; lines that meet at the end; a late crossover; inference far ahead.
    let scenarios = [
        vec![],
        vec![
            (Assumption::TrainingShare2032, 30.0),
            (Assumption::InferenceShare2032, 34.0),
        ],
        vec![
            (Assumption::TrainingShare2032, 32.0),
            (Assumption::InferenceShare2032, 36.0),
            (Assumption::ShiftMidpoint, 2031.0),
        ],
        vec![(Assumption::InferenceShare2032, 85.0)],
    ];
    for text in [&EN, &ZH_HANT] {
        for (width, height) in [(320, 220), (1280, 450)] {
            for values in &scenarios {
                let p = project(&Scenario::from_values(values).scenario);
                let style = ChartStyle {
                    text,
                    ..ChartStyle::default()
                };
                let svg = render_with((width, height), |root| {
                    shares::draw(root, &p, None, &style, None).expect("draws");
                });
                // The end labels: a series' name and its share ("Training 14%").
                let boxes: Vec<_> = label_boxes(&svg, &text.series)
                    .into_iter()
                    .filter(|(words, _)| words.ends_with('%'))
                    .collect();
                let case = format!("{} at {width} px, {values:?}", text.lang);
                assert_eq!(boxes.len(), 3, "{case}: {boxes:?}");
                for (i, (a, ra)) in boxes.iter().enumerate() {
                    for (b, rb) in &boxes[i + 1..] {
                        assert!(!labels::overlap(*ra, *rb), "{case}: {a:?} overlaps {b:?}");
                    }
                    for (stroke, line) in polylines(&svg) {
                        // Grid lines sit behind everything; every other line must miss.
                        if stroke == "#E2E2E2" {
                            continue;
                        }
                        assert!(
                            !labels::crosses(&line, *ra),
                            "{case}: {stroke} line crosses {a:?}"
                        );
                    }
                    assert!(
                        ra.0 >= 0 && ra.2 <= width as i32 && ra.1 >= 0,
                        "{case}: {a:?} outside"
                    );
                }
            }
        }
    }
}

#[test]
fn end_labels_move_off_a_line_that_would_cross_them() {
    // A line rising into its end and another falling into nearly the same end: each
    // label finds a place that neither line crosses, and they do not overlap.
    let rising = vec![(0, 100), (100, 50)];
    let falling = vec![(0, 0), (100, 52)];
    let boxes = labels::end_labels(
        &[rising.clone(), falling.clone()],
        &[(60, 14), (60, 14)],
        4,
        (0, 0, 100, 200),
    );
    assert!(!labels::overlap(boxes[0], boxes[1]));
    for line in [&rising, &falling] {
        for rect in &boxes {
            assert!(!labels::crosses(line, *rect), "{boxes:?}");
        }
    }
    // Without the falling line, the rising one's label sits just above its end.
    let alone = labels::end_labels(
        std::slice::from_ref(&rising),
        &[(60, 14)],
        4,
        (0, 0, 100, 200),
    );
    assert_eq!(alone, [(40, 32, 100, 46)]);
}

#[test]
fn chinese_ticks_are_bare_numbers_in_yi_named_once_in_the_subtitle() {
    use ai_capex_explorer::i18n::ZH_HANT;
    let style = ChartStyle {
        text: &ZH_HANT,
        ..ChartStyle::default()
    };
    let svg = render(&Scenario::default(), (320, 220), style);
    // Up to $725B of guidance is 7,250 億: the axis reads 0 and 5,000, bare.
    assert!(ticks(&svg).contains(&5000.0), "{:?}", texts(&svg));
    let with_unit: Vec<String> = texts(&svg)
        .into_iter()
        .filter(|t| t.ends_with("億美元") && !t.starts_with("報告"))
        .collect();
    assert!(with_unit.is_empty(), "{with_unit:?}");
}

/// The labels of a drawn investment chart (all but the axes' numbers) overlap no other
/// label and no line a reader follows: the total line, the report's path, the crosses
/// and the other forecasts (ink and text colours). The bands' edges and the likely
/// range's thin dashed edges may run under a label's halo (a label stays by its point
/// rather than move away).
fn assert_labels_clear(svg: &str, case: &str) {
    let boxes: Vec<_> = label_boxes(svg, &[""])
        .into_iter()
        .filter(|(words, _)| words.replace(',', "").parse::<f64>().is_err())
        .collect();
    let lines: Vec<_> = polylines_with_width(svg)
        .into_iter()
        .filter(|(stroke, width, _)| (stroke == "#111111" && width != "1") || stroke == "#333333")
        .collect();
    for (i, (a, ra)) in boxes.iter().enumerate() {
        for (b, rb) in &boxes[i + 1..] {
            assert!(!labels::overlap(*ra, *rb), "{case}: {a:?} overlaps {b:?}");
        }
        for (stroke, _, line) in &lines {
            assert!(
                !labels::crosses(line, *ra),
                "{case}: {stroke} line {line:?} crosses {a:?} at {ra:?}"
            );
        }
    }
}

#[test]
fn the_downloadable_pictures_labels_sit_by_their_points_below_the_title() {
    use ai_capex_explorer::charts::poster;
    use ai_capex_explorer::markup::poster_subtitle;
    // The picture draws the chart below its title: labels placed in the chart's own
    // pixels must land there too, clear of the lines, not a title's height lower.
    let scenario = Scenario::from_values(&[(Assumption::NearGrowth, 30.0)]).scenario;
    let p = project(&scenario);
    let report = project(&Scenario::default()).total;
    let band = monte_carlo(&scenario, 2000).total;
    let notes = ["Changed from the report: Growth in 2026 30%/yr.".to_owned()];
    for band in [None, Some(&band)] {
        let svg = render_with(poster::SIZE, |root| {
            let figure = Figure::Investment(Investment {
                reference: &report,
                band,
                later: Later::All,
                guess: None,
            });
            let subtitle = poster_subtitle(&EN, None, Some(&p.summary()));
            poster::draw(root, &p, figure, &ChartStyle::default(), &subtitle, &notes)
                .expect("draws");
        });
        assert_labels_clear(&svg, &format!("picture, band {}", band.is_some()));
        // The 2032 report label sits just above or below its ring.
        let (_, label) = label_boxes(&svg, &["Report: $525B"])[0];
        let ring = svg.split("<circle").nth(2).expect("the 2032 ring");
        let cy: i32 = ring[ring.find("cy=\"").unwrap() + 4..]
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (label.1 - cy).abs() < 60 && (label.3 - cy).abs() < 60,
            "{label:?} vs ring at {cy}"
        );
    }
}

#[test]
fn the_investment_charts_labels_clear_its_lines_and_each_other() {
    use ai_capex_explorer::i18n::ZH_HANT;
    let scenarios = [
        vec![],
        vec![
            (Assumption::NearGrowth, 60.0),
            (Assumption::LongRunGrowth, 20.0),
        ],
        vec![
            (Assumption::NearGrowth, -20.0),
            (Assumption::LongRunGrowth, -5.0),
        ],
        vec![(Assumption::InferenceShare2032, 80.0)],
        // Steep: the 2032 label comes near the 2025 one on a narrow chart, and the 2025
        // label must leave the 2025 cross clear.
        vec![(Assumption::NearGrowth, 100.0)],
    ];
    // The narrowest phone (320 px) and a laptop (1280 px), in both languages.
    for text in [&EN, &ZH_HANT] {
        for (width, height) in [(320, 220), (1280, 380)] {
            for values in &scenarios {
                for later in [Later::Reported, Later::All] {
                    let scenario = Scenario::from_values(values).scenario;
                    let p = project(&scenario);
                    let band = monte_carlo(&scenario, 2000).total;
                    for band in [None, Some(&band)] {
                        let style = ChartStyle {
                            text,
                            ..ChartStyle::default()
                        };
                        let report = project(&Scenario::default()).total;
                        let svg = render_with((width, height), |root| {
                            investment::draw(root, &p, &report, band, later, &style, None)
                                .expect("draws");
                        });
                        let case = format!(
                            "{} at {width} px, {values:?}, {later:?}, band {}",
                            text.lang,
                            band.is_some()
                        );
                        assert_labels_clear(&svg, &case);
                    }
                }
            }
        }
    }
}

#[test]
fn the_bar_charts_labels_and_ticks_fit_without_overlapping() {
    use ai_capex_explorer::charts::{companies, tornado};
    use ai_capex_explorer::i18n::ZH_HANT;
    let scenario = Scenario::default();
    let p = project(&scenario);
    let bars = sensitivity(&scenario);
    for text in [&EN, &ZH_HANT] {
        for (width, height) in [(320, 340), (1280, 380)] {
            let style = ChartStyle {
                text,
                ..ChartStyle::default()
            };
            for (name, svg) in [
                (
                    "companies",
                    render_with((width, height), |root| {
                        companies::draw(root, &p, 8, &style, None).expect("draws");
                    }),
                ),
                (
                    "tornado",
                    render_with((width, height), |root| {
                        tornado::draw(root, &bars, p.summary().total_2032, &style, None)
                            .expect("draws");
                    }),
                ),
            ] {
                let case = format!("{name}, {} at {width} px", text.lang);
                let boxes = label_boxes(&svg, &[""]);
                assert!(boxes.len() > 5, "{case}: {boxes:?}");
                for (i, (a, ra)) in boxes.iter().enumerate() {
                    assert!(
                        ra.0 >= 0 && ra.2 <= width as i32,
                        "{case}: {a:?} at {ra:?} is cut off"
                    );
                    for (b, rb) in &boxes[i + 1..] {
                        assert!(!labels::overlap(*ra, *rb), "{case}: {a:?} overlaps {b:?}");
                    }
                }
            }
        }
    }
}

/// The investment chart of the report's baseline with a guess shown as `shown`.
fn guess_chart(line: &Guess, shown: GuessShown, year: Option<usize>) -> String {
    let report = project(&Scenario::default());
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 380)).into_drawing_area();
        let later = if shown == GuessShown::Reported {
            Later::Reported
        } else {
            Later::None
        };
        let figure = Investment {
            reference: &report.total,
            band: None,
            later,
            guess: Some(Guessing { line, shown, year }),
        };
        investment::draw_with(&root, &report, figure, &ChartStyle::default(), Some(8))
            .expect("draws");
        root.present().expect("presents");
    }
    svg
}

#[test]
fn while_drawing_a_guess_the_chart_hides_2026_on_and_keeps_its_axis() {
    let empty = guess_chart(&Guess::EMPTY, GuessShown::Drawing, None);
    // 2025 as reported, where to start, and not the answer: no 2032 figure, no
    // crosshair (focus on 2032 asked for), no crosses' names.
    assert!(has_text(&empty, "Report: $371B"), "{:?}", texts(&empty));
    assert!(has_text(&empty, "Draw from here"));
    assert!(!has_text(&empty, "Report: $525B"));
    assert!(!texts(&empty).iter().any(|t| t.contains("Total")));
    assert!(!has_text(&empty, "Guidance 2026"));
    // The axis is fixed at the most a guess can be, whatever is drawn.
    let high = Guess::from_values(&[1200.0; N_GUESSED]).unwrap();
    let drawn = guess_chart(&high, GuessShown::Drawing, None);
    assert_eq!(top_tick(&empty), top_tick(&drawn));
    assert!(top_tick(&empty) >= 1000.0 && top_tick(&empty) <= GUESS_MAX);
    assert!(has_text(&drawn, "Your guess"));
    assert!(!has_text(&drawn, "Draw from here"));
}

#[test]
fn a_guess_revealed_shows_the_report_then_the_companies_figures() {
    let line = Guess::from_values(&[600.0; N_GUESSED]).unwrap();
    let report = guess_chart(&line, GuessShown::Report, None);
    assert!(has_text(&report, "Report: $525B"));
    assert!(has_text(&report, "Your guess"));
    assert!(!has_text(&report, "Guidance 2026"));
    let reported = guess_chart(&line, GuessShown::Reported, None);
    assert!(
        has_text(&reported, "Guidance 2026"),
        "{:?}",
        texts(&reported)
    );
    // Kept on the usual chart, the line raises the axis to show itself.
    let kept = guess_chart(
        &Guess::from_values(&[1100.0; N_GUESSED]).unwrap(),
        GuessShown::Kept,
        None,
    );
    assert!(top_tick(&kept) >= 1000.0, "{}", top_tick(&kept));
}

#[test]
fn the_guess_line_is_drawn_in_runs_with_a_dot_per_year() {
    let mut partial = Guess::EMPTY;
    for (i, v) in [(2, 500.0), (3, 550.0), (6, 700.0)] {
        partial.set(i, v);
    }
    let svg = guess_chart(&partial, GuessShown::Drawing, Some(5));
    let unmarked = guess_chart(&partial, GuessShown::Drawing, None);
    let none = guess_chart(&Guess::EMPTY, GuessShown::Drawing, None);
    // The keyboard's year, not drawn yet, is marked by its column: one line more.
    assert_eq!(
        svg.matches("<polyline").count(),
        unmarked.matches("<polyline").count() + 1
    );
    // A drawn one by a ring: one circle more.
    let ringed = guess_chart(&partial, GuessShown::Drawing, Some(2));
    assert_eq!(
        ringed.matches("<circle").count(),
        unmarked.matches("<circle").count() + 1
    );
    // Three dots more than the empty chart's circles (the report's 2025 mark).
    assert_eq!(
        svg.matches("<circle").count(),
        none.matches("<circle").count() + 3
    );
    assert!(svg.matches("<polyline").count() > none.matches("<polyline").count());
}

/// The centres of the investment chart's rings (the report's figures) and crosses (the
/// companies' reported figures), in the SVG's pixels.
fn rings_and_crosses(svg: &str) -> [Vec<(i32, i32)>; 2] {
    let mut rings: Vec<(i32, i32)> = svg
        .split("<circle")
        .skip(1)
        .filter_map(|c| {
            let tag = &c[..c.find('>')?];
            Some((
                attr(tag, "cx")?.parse().ok()?,
                attr(tag, "cy")?.parse().ok()?,
            ))
        })
        .collect();
    rings.dedup();
    // A cross is two short diagonal strokes through one centre, one of each slope.
    let strokes: Vec<((i32, i32), bool)> = polylines(svg)
        .into_iter()
        .filter_map(|(_, line)| match line[..] {
            [(x0, y0), (x1, y1)]
                if (x1 - x0).abs() == (y1 - y0).abs() && (1..=12).contains(&(x1 - x0).abs()) =>
            {
                Some((((x0 + x1) / 2, (y0 + y1) / 2), (x1 - x0) * (y1 - y0) > 0))
            }
            _ => None,
        })
        .collect();
    let mut crosses: Vec<(i32, i32)> = strokes
        .iter()
        .filter(|&&(at, down)| strokes.contains(&(at, !down)))
        .map(|&(at, _)| at)
        .collect();
    crosses.sort_unstable();
    crosses.dedup();
    [rings, crosses]
}

#[test]
fn each_marks_label_sits_nearer_its_own_mark_than_any_other() {
    use ai_capex_explorer::charts::labels::distance_sq;
    use ai_capex_explorer::i18n::fill;
    // A label nearer another mark reads as that mark's: "Report: $371B" must not sit by
    // the 2025 cross, nor "Capex 2025" by the report's ring or the 2026 cross.
    let mut dropped = 0;
    for text in [&EN, &ZH_HANT] {
        let report = fill(text.report_label, &[("money", "")]);
        let crossed: Vec<&str> = REPORTED
            .iter()
            .map(|f| text.later.labels[f.publisher as usize])
            .collect();
        let figure_2025 = money_b(text, REPORT_TOTAL_2025);
        for (width, height) in [(320, 220), (360, 220), (1280, 380)] {
            for preset in Preset::ALL {
                let scenario = preset.scenario();
                let p = project(&scenario);
                let band = monte_carlo(&scenario, 2000).total;
                for (band, later) in [None, Some(&band)]
                    .into_iter()
                    .flat_map(|b| [(b, Later::Reported), (b, Later::All)])
                {
                    let style = ChartStyle {
                        text,
                        ..ChartStyle::default()
                    };
                    let reference = project(&Scenario::default()).total;
                    let svg = render_with((width, height), |root| {
                        investment::draw(root, &p, &reference, band, later, &style, None)
                            .expect("draws");
                    });
                    let [rings, crosses] = rings_and_crosses(&svg);
                    assert_eq!(
                        (rings.len(), crosses.len()),
                        (2, 2),
                        "{rings:?} {crosses:?}"
                    );
                    // Each label's own mark: the report's rings and the crosses, 2025's
                    // first (leftmost).
                    let mut rings = rings;
                    rings.sort_unstable();
                    let marks: Vec<(i32, i32)> = rings.iter().chain(&crosses).copied().collect();
                    // How much nearer another mark is than the label's own, in pixels;
                    // where two marks nearly coincide (a 2025 cross on its ring on a
                    // phone), a few pixels either way tell nothing.
                    let astray = |r: labels::Rect, own: (i32, i32)| {
                        let far = |m| (distance_sq(r, m) as f64).sqrt();
                        marks.iter().map(|&m| far(own) - far(m)).fold(0.0, f64::max)
                    };
                    const SLACK: f64 = 3.0;
                    let case = format!(
                        "{} at {width} px, {}, band {}, {later:?}",
                        text.lang,
                        preset.id(),
                        band.is_some()
                    );
                    let reports = label_boxes(&svg, &[report.as_str()]);
                    let names = label_boxes(&svg, &crossed);
                    for (words, r) in &reports {
                        let own = rings[usize::from(!words.contains(&figure_2025))];
                        assert!(
                            astray(*r, own) <= SLACK,
                            "{case}: {words:?} at {r:?} is nearer another mark than its ring at {own:?}: {marks:?}"
                        );
                    }
                    for (words, r) in &names {
                        let k = crossed.iter().position(|c| words == c).unwrap();
                        assert!(
                            astray(*r, crosses[k]) <= SLACK,
                            "{case}: {words:?} at {r:?} is nearer another mark than its cross at {:?}: {marks:?}",
                            crosses[k]
                        );
                    }
                    // Left out only where no place is its own: the answer, 2032's
                    // figure, is always named, and everything is on a laptop.
                    assert!(
                        reports.iter().any(|(w, _)| !w.contains(&figure_2025)),
                        "{case}: no label for the report's 2032 figure"
                    );
                    if width >= 1280 {
                        assert_eq!((reports.len(), names.len()), (2, 2), "{case}");
                    }
                    dropped += 4 - reports.len() - names.len();
                }
            }
        }
    }
    // 120 charts of four labels each: those left out are the crowded phone charts'.
    assert!(dropped <= 80, "{dropped} labels left out");
    eprintln!("{dropped} of 480 labels left out");
}

#[test]
fn a_place_is_owned_by_a_mark_when_no_other_mark_is_nearer() {
    use ai_capex_explorer::charts::labels::{distance_sq, owned};
    assert_eq!(distance_sq((10, 10, 20, 20), (15, 15)), 0);
    assert_eq!(distance_sq((10, 10, 20, 20), (23, 24)), 9 + 16);
    // A ring at (0, 0) and a cross at (30, 0): a box above the ring is the ring's, one
    // reaching over the cross is not, and a box midway is either's.
    let marks = [(0, 0), (30, 0)];
    let boxes = [(-5, -20, 5, -10), (10, -20, 40, -10), (10, -5, 20, 5)];
    assert_eq!(owned(&boxes, (0, 0), &marks, 0.0), [true, false, true]);
    assert_eq!(owned(&boxes, (30, 0), &marks, 0.0), [false, true, true]);
    // Within the slack, a box a little nearer the other mark is still its own.
    assert_eq!(owned(&[(18, -5, 20, 5)], (0, 0), &marks, 0.0), [false]);
    assert_eq!(owned(&[(18, -5, 20, 5)], (0, 0), &marks, 10.0), [true]);
}
