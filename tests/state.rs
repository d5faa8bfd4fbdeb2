//! Share links and host messages: every decoder of untrusted input, natively.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::charts::View;
use ai_capex_explorer::model::*;
use ai_capex_explorer::state::host::{
    interpret, ChartOut, HostCommand, RawHostMessage, StateOut, MAX_NOTE_CHARS,
};
use ai_capex_explorer::state::url::encode;
use ai_capex_explorer::state::ViewState;
use proptest::prelude::*;

mod common;

use common::decode;

fn scenario_of(query: &str) -> (Scenario, Vec<String>) {
    let (state, notes) = decode(query);
    (state.scenario, notes)
}

#[test]
fn baseline_has_an_empty_query_and_changes_are_short_keys() {
    assert_eq!(encode(&ViewState::default()), "");
    let s = Scenario::from_values(&[
        (Assumption::LongRunGrowth, 7.1),
        (Assumption::InferenceShare2032, 60.0),
    ])
    .scenario;
    assert_eq!(encode(&ViewState::of(s)), "glr=7.1&inf32=60");
    assert_eq!(scenario_of("glr=7.1&inf32=60"), (s, vec![]));
    assert_eq!(scenario_of("?glr=7.1&inf32=60").0, s);
}

#[test]
fn presets_travel_by_id_and_keys_override_them() {
    let jevons = Preset::JevonsBoom.scenario();
    assert_eq!(encode(&ViewState::of(jevons)), "preset=jevons-boom");
    let (state, notes) = decode("preset=jevons-boom");
    assert_eq!(
        (state.scenario, state.preset, notes.len()),
        (jevons, Some(Preset::JevonsBoom), 0)
    );
    let (state, _) = decode("preset=jevons-boom&elas=1.2");
    assert_eq!(state.scenario.get(Assumption::Elasticity), 1.2);
    assert_eq!(state.scenario.get(Assumption::ExtraEfficiency), 15.0);
    assert_eq!(state.preset, None);
}

#[test]
fn embed_and_origins() {
    let (state, notes) = decode("embed=1&origins=https://news.example.com,http://LOCALHOST:8080");
    assert!(state.embed && notes.is_empty());
    assert_eq!(
        state.origins,
        vec!["https://news.example.com", "http://localhost:8080"]
    );
    assert_eq!(
        encode(&state),
        "embed=1&origins=https://news.example.com,http://localhost:8080"
    );
    let (state, notes) = decode("embed=1&origins=javascript:alert(1),https://a.com/path,*,https://,https://u@a.com,https://a.com?x");
    assert!(state.origins.is_empty());
    assert_eq!(notes.len(), 1, "the same note once: {notes:?}");
    let (state, _) =
        decode("origins=https://A.example:443,http://b.example:80,http://c.example:8080");
    assert_eq!(
        state.origins,
        vec![
            "https://a.example",
            "http://b.example",
            "http://c.example:8080"
        ]
    );
    // One embed rule, shared with mode.js: the last value wins, and only 1 or true.
    for (query, embed) in [
        ("embed=1", true),
        ("embed=true", true),
        ("embed", false),
        ("embed=", false),
        ("embed=%31", true),
        ("embe%64=1", true),
        ("embed=1&embed=0", false),
        ("embed=0&embed=1", true),
    ] {
        assert_eq!(decode(query).0.embed, embed, "{query}");
    }
}

#[test]
fn hostile_links_never_break_and_say_what_was_adjusted() {
    let cases: &[(&str, f64, usize)] = &[
        // (query, long-run growth after decoding, number of notes)
        ("glr=NaN", 5.085, 1),
        ("glr=Infinity", 5.085, 1),
        ("glr=-Infinity", 5.085, 1),
        ("glr=1e308", 5.085, 1),
        ("glr=0x10", 5.085, 1),
        ("glr=", 5.085, 1),
        ("glr=.", 5.085, 1),
        ("glr=--5", 5.085, 1),
        ("glr=5%00", 5.085, 1),
        ("glr=%F0%9F%92%A3", 5.085, 1),
        ("glr=%FF%FE", 5.085, 1),
        ("glr=99999999999999999999999999999", 40.0, 1),
        ("glr=123456789012345678901234567890123", 5.085, 1),
        ("glr=1000000000000000000000000", 40.0, 1),
        ("glr=-50", -10.0, 1),
        ("glr=12&glr=13", 13.0, 0),
        ("gl%72=12", 12.0, 0),
        ("glr=%2B12", 12.0, 0),
        ("glr=+12", 5.085, 1), // "+" is a space in a query
        ("utm_source=x&childId=c1&initialWidth=320&glr=12", 12.0, 0),
        ("%%%&&&===&glr=12", 12.0, 0),
        ("\u{202E}glr=12", 5.085, 0),
        ("preset=%3Cscript%3E&glr=12", 12.0, 1),
    ];
    for &(query, want, notes) in cases {
        let (s, got_notes) = scenario_of(query);
        let glr = s.get(Assumption::LongRunGrowth);
        assert!(
            (glr - want).abs() < 1e-3,
            "{query:?}: glr {glr}, want {want}"
        );
        assert_eq!(got_notes.len(), notes, "{query:?}: {got_notes:?}");
    }
}

#[test]
fn the_rest_of_a_bad_link_still_applies() {
    let (s, notes) = scenario_of("glr=NaN&inf32=60&tr32=-5&g26=abc&sdg=4");
    assert_eq!(s.get(Assumption::InferenceShare2032), 60.0);
    assert_eq!(s.get(Assumption::TrainingShare2032), 0.0);
    assert_eq!(s.get(Assumption::GrowthSpread), 4.0);
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes
        .iter()
        .any(|n| n.contains("Long-run growth needs a number")));
    assert!(notes
        .iter()
        .any(|n| n.contains("Training share in 2032 must be between 0 and 80")));
}

#[test]
fn very_long_links_and_values_are_cut_not_fatal() {
    let long = format!("glr=12&x={}", "a".repeat(100_000));
    let (s, notes) = scenario_of(&long);
    assert_eq!(s.get(Assumption::LongRunGrowth), 12.0);
    assert_eq!(notes.len(), 1);
    let (s, notes) = scenario_of(&format!("glr={}", "1".repeat(40)));
    assert_eq!(s, Scenario::default());
    assert!(notes[0].contains("too long"));
    // A multi-byte character straddling the cut (4096 is odd bytes into "aé…").
    let (_, notes) = scenario_of(&format!("a{}", "é".repeat(3000)));
    assert_eq!(notes.len(), 1);
    // A flood of bad values: each note once, and at most five.
    let flood: Vec<String> = (0..700)
        .map(|i| {
            format!(
                "{}=x{i}",
                ["glr", "g26", "tr32", "inf32", "eff", "elas", "sdg"][i % 7]
            )
        })
        .collect();
    let (_, notes) = scenario_of(&flood.join("&"));
    assert_eq!(notes.len(), 5, "{notes:?}");
    assert!(notes[4].contains("more adjustments"));
}

#[test]
fn tiny_and_edge_values_round_trip_in_short_links() {
    for (a, v) in [
        (Assumption::ExtraEfficiency, 1.2345678901234568e-16),
        (Assumption::ExtraEfficiency, 1e-300),
        (Assumption::LongRunGrowth, -9.999999999999),
        (Assumption::Base2024, 399.99999999999994),
    ] {
        let s = Scenario::default().with(a, v).scenario;
        let query = encode(&ViewState::of(s));
        assert!(query.len() < 40, "{query}");
        assert_eq!(decode(&query).0.scenario, s, "{query}");
    }
}

#[test]
fn rewriting_the_address_keeps_other_parameters() {
    use ai_capex_explorer::state::url::merge;
    assert_eq!(
        merge("?utm_source=news&glr=5&childId=c1", "glr=7"),
        "utm_source=news&childId=c1&glr=7"
    );
    assert_eq!(merge("?glr=5&inf32=60", ""), "");
    assert_eq!(merge("", "preset=capex-bust"), "preset=capex-bust");
    assert_eq!(merge("?gl%72=5&x=%zz", "glr=7"), "x=%zz&glr=7");
}

#[test]
fn host_messages_decode_strictly() {
    let get: RawHostMessage = serde_json::from_str(r#"{"type":"capex:get"}"#).unwrap();
    assert_eq!(interpret(get), Ok(HostCommand::Get));
    let set: RawHostMessage =
        serde_json::from_str(r#"{"type":"capex:set","scenario":{"glr":7,"inf32":60}}"#).unwrap();
    assert_eq!(
        interpret(set),
        Ok(HostCommand::Set(vec![
            (Assumption::LongRunGrowth, 7.0),
            (Assumption::InferenceShare2032, 60.0)
        ]))
    );
    let preset: RawHostMessage =
        serde_json::from_str(r#"{"type":"capex:preset","id":"capex-bust"}"#).unwrap();
    assert_eq!(
        interpret(preset),
        Ok(HostCommand::Preset(Preset::CapexBust))
    );
}

#[test]
fn hostile_host_messages_are_errors() {
    // Rejected by the decoder itself.
    for json in [
        r#"{"type":"capex:get","extra":1}"#,
        r#"{"type":"capex:set","scenario":{"glr":"fast"}}"#,
        r#"{"type":"capex:set","scenario":{"glr":{"deep":{"deeper":[1,2,3]}}}}"#,
        r#"{"type":"capex:set","scenario":[1,2]}"#,
        r#"{"type":7}"#,
        r#"{"scenario":{"glr":7}}"#,
        r#"[]"#,
        r#""capex:get""#,
    ] {
        assert!(
            serde_json::from_str::<RawHostMessage>(json).is_err(),
            "{json}"
        );
    }
    // Decoded, then refused.
    let refused =
        |json: &str| interpret(serde_json::from_str::<RawHostMessage>(json).unwrap()).unwrap_err();
    assert!(
        refused(r#"{"type":"capex:set","scenario":{"__proto__":1}}"#)
            .contains("unknown assumption key \"__proto__\"")
    );
    assert!(refused(r#"{"type":"capex:set","scenario":{}}"#).contains("between 1 and"));
    assert!(refused(r#"{"type":"capex:preset","id":"nope"}"#).contains("unknown preset"));
    assert!(refused(r#"{"type":"capex:get","id":"report"}"#).contains("wrong fields"));
    assert!(refused(r#"{"type":"capex:explode"}"#).contains("unknown message type"));
    let huge = format!(
        r#"{{"type":"capex:preset","id":"{}"}}"#,
        "x".repeat(1_000_000)
    );
    assert!(
        refused(&huge).chars().count() < 80,
        "error text stays short"
    );
    // NaN and infinities cannot come through JSON but can through structured clone.
    for bad in [f64::NAN, f64::INFINITY] {
        let raw = RawHostMessage {
            kind: "capex:set".into(),
            scenario: Some([("glr".to_owned(), bad)].into()),
            ..RawHostMessage::default()
        };
        assert!(interpret(raw).unwrap_err().contains("finite"));
    }
}

#[test]
fn story_steps_decode_to_a_whole_state() {
    let step = |json: &str| match interpret(serde_json::from_str(json).unwrap()) {
        Ok(HostCommand::Step(step)) => step,
        other => panic!("{json}: {other:?}"),
    };
    let jevons = step(
        r#"{"type":"capex:step","preset":"jevons-boom","view":"shares","range":true,"note":"Cheaper AI"}"#,
    );
    assert_eq!(jevons.preset, Some(Preset::JevonsBoom));
    assert_eq!(jevons.view, View::Shares);
    assert!(jevons.range);
    assert_eq!(jevons.note.as_deref(), Some("Cheaper AI"));
    assert_eq!(jevons.scenario().scenario, Preset::JevonsBoom.scenario());
    // Nothing but the type: the report's baseline, the investment chart, no range, no note.
    let bare = step(r#"{"type":"capex:step"}"#);
    assert_eq!(bare.scenario().scenario, Scenario::default());
    assert_eq!(
        (bare.view, bare.range, bare.note),
        (View::Investment, false, None)
    );
    // A scenario applies on top of the baseline, whatever the widget showed before.
    let faster = step(r#"{"type":"capex:step","scenario":{"glr":9}}"#);
    assert_eq!(
        faster.scenario().scenario,
        Scenario::default()
            .with(Assumption::LongRunGrowth, 9.0)
            .scenario
    );
}

#[test]
fn step_notes_are_one_line_of_plain_text() {
    let note = |text: &str| {
        let raw = RawHostMessage {
            kind: "capex:step".into(),
            note: Some(text.to_owned()),
            ..RawHostMessage::default()
        };
        match interpret(raw) {
            Ok(HostCommand::Step(step)) => step.note,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(
        note("  Two\nlines\u{0}  here "),
        Some("Two lines here".to_owned())
    );
    assert_eq!(note(" \t "), None);
    // Markup is text: the page writes it as text, never as HTML.
    assert_eq!(note("<b>bold</b>"), Some("<b>bold</b>".to_owned()));
    let longest = "字".repeat(MAX_NOTE_CHARS);
    assert_eq!(note(&longest), Some(longest.clone()));
}

#[test]
fn hostile_steps_are_errors() {
    let refused =
        |json: &str| interpret(serde_json::from_str::<RawHostMessage>(json).unwrap()).unwrap_err();
    assert!(refused(r#"{"type":"capex:step","view":"pie"}"#).contains("unknown view \"pie\""));
    assert!(refused(r#"{"type":"capex:step","preset":"nope"}"#).contains("unknown preset"));
    assert!(
        refused(r#"{"type":"capex:step","preset":"report","scenario":{"glr":7}}"#)
            .contains("not both")
    );
    assert!(refused(r#"{"type":"capex:step","scenario":{"zz":7}}"#).contains("unknown assumption"));
    assert!(refused(r#"{"type":"capex:step","id":"report"}"#).contains("wrong fields"));
    assert!(
        refused(r#"{"type":"capex:set","scenario":{"glr":7},"view":"shares"}"#)
            .contains("wrong fields")
    );
    let long = format!(
        r#"{{"type":"capex:step","note":"{}"}}"#,
        "x".repeat(MAX_NOTE_CHARS + 1)
    );
    assert!(refused(&long).contains("too long"));
    // Wrong types do not decode at all.
    for json in [
        r#"{"type":"capex:step","range":"yes"}"#,
        r#"{"type":"capex:step","note":7}"#,
        r#"{"type":"capex:step","view":["shares"]}"#,
        r#"{"type":"capex:step","scenario":{"glr":"fast"}}"#,
    ] {
        assert!(
            serde_json::from_str::<RawHostMessage>(json).is_err(),
            "{json}"
        );
    }
}

#[test]
fn state_message_shape() {
    let s = Preset::CapexBust.scenario();
    let p = project(&s);
    let chart = ChartOut {
        view: "shares",
        range: true,
        note: Some("Training falls"),
    };
    let json = serde_json::to_value(StateOut::new(&s, &p, &[], "en", chart)).unwrap();
    assert_eq!(json["type"], "capex:state");
    assert_eq!(json["view"], "shares");
    assert_eq!(json["range"], true);
    assert_eq!(json["note"], "Training falls");
    assert_eq!(json["preset"], "capex-bust");
    assert_eq!(json["scenario"]["g26"], -20.0);
    assert_eq!(json["projection"]["years"][8], 2032);
    assert_eq!(json["projection"]["total"].as_array().unwrap().len(), 9);
    assert!((json["summary"]["total_2032"].as_f64().unwrap() - 293.78).abs() < 0.01);
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    common::scenarios(12, false)
}

proptest! {
    #[test]
    fn scenario_to_url_to_scenario_is_identity(s in any_scenario(), embed in any::<bool>()) {
        let state = ViewState { embed, ..ViewState::of(s) };
        let (back, notes) = decode(&encode(&state));
        prop_assert_eq!(back, state);
        prop_assert!(notes.is_empty());
    }

    #[test]
    fn any_query_decodes_to_a_valid_scenario(query in ".{0,5000}") {
        let (state, _) = decode(&query);
        for a in Assumption::ALL {
            let spec = a.spec();
            let v = state.scenario.get(a);
            prop_assert!(v >= spec.min && v <= spec.max);
        }
    }

    #[test]
    fn any_key_value_soup_decodes(
        pairs in proptest::collection::vec(
            (prop_oneof![
                3 => proptest::sample::select(Assumption::ALL.map(|a| a.spec().key).to_vec()).prop_map(str::to_owned),
                1 => prop_oneof![Just("preset".to_owned()), Just("embed".to_owned()), Just("origins".to_owned())],
                1 => "[a-z0-9%]{0,6}",
            ],
            prop_oneof![
                3 => (-1e6..1e6f64).prop_map(|v| v.to_string()),
                1 => "[-+.0-9eE%a-zA-Z,:/]{0,40}",
                1 => "(%[0-9A-Fa-f]{2}){0,20}",
            ]),
            0..60,
        )
    ) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (state, notes) = decode(&query.join("&"));
        let s = &state.scenario;
        prop_assert!(notes.len() <= 5);
        prop_assert!(project(s).total.iter().all(|v| v.is_finite() && *v >= 0.0));
        for (t, i) in [(Assumption::TrainingShare2025, Assumption::InferenceShare2025),
                       (Assumption::TrainingShare2032, Assumption::InferenceShare2032)] {
            prop_assert!(s.get(t) + s.get(i) <= 100.0 + 1e-9);
        }
        let named: f64 = Company::NAMED.iter().filter_map(|c| c.share_assumption()).map(|a| s.get(a)).sum();
        prop_assert!(named <= 100.0 + 1e-9);
    }
}

#[test]
fn a_guess_travels_in_the_link() {
    let line = Guess::from_values(&[450.0, 500.0, 550.0, 600.0, 650.0, 700.0, 750.0]).unwrap();
    let state = ViewState {
        guess: Some(line),
        ..ViewState::default()
    };
    assert_eq!(encode(&state), "guess=450,500,550,600,650,700,750");
    let (back, notes) = decode(&encode(&state));
    assert_eq!((back.guess, notes.is_empty()), (Some(line), true));
    // `guess=1`: an editor's embed that opens drawing, nothing drawn yet.
    let start = ViewState {
        guess: Some(Guess::EMPTY),
        ..ViewState::default()
    };
    assert_eq!(encode(&start), "guess=1");
    assert_eq!(decode("embed=1&guess=1").0.guess, Some(Guess::EMPTY));
    // Values are kept on the axis and the step, as drawn ones are.
    let (kept, _) = decode("guess=-5,1e3,12.4,9999,0,0,0");
    assert_eq!(kept.guess, None, "an exponent is not a plain number");
    let (kept, _) = decode("guess=-5,1000,12.4,9999,0,0,0");
    assert_eq!(
        kept.guess.and_then(|g| g.values()),
        Some([0.0, 1000.0, 10.0, GUESS_MAX, 0.0, 0.0, 0.0])
    );
}

#[test]
fn a_half_drawn_guess_travels_with_the_years_drawn_so_far() {
    let line =
        Guess::from_drawn(&[Some(450.0), Some(500.0), None, None, None, None, None]).unwrap();
    let state = ViewState {
        guess: Some(line),
        ..ViewState::default()
    };
    assert_eq!(encode(&state), "guess=450,500,,,,,");
    let (back, notes) = decode(&encode(&state));
    assert_eq!((back.guess, notes.is_empty()), (Some(line), true));
    // Any years, in any order of drawing; spaces around a place are ignored.
    let (gaps, _) = decode("guess=,%20600,,,,,900");
    assert_eq!(
        gaps.guess.map(|g| g.drawn()),
        Some([None, Some(600.0), None, None, None, None, Some(900.0)])
    );
    // Seven empty places: nothing drawn, as `guess=1`.
    assert_eq!(decode("guess=,,,,,,").0.guess, Some(Guess::EMPTY));
}

#[test]
fn a_hand_edited_guess_gets_a_note_and_the_rest_of_the_link_applies() {
    for bad in [
        "guess=1,2,3",
        "guess=a,b,c,d,e,f,g",
        "guess=NaN,1,1,1,1,1,1",
        "guess=1,2,3,4,5,6,7,8",
        "guess=",
        "guess=2",
        "guess=450,,,,",
        "guess=,,,,,,,",
        "guess=450,,,,,,x",
    ] {
        let (state, notes) = decode(&format!("{bad}&glr=7"));
        assert_eq!(state.guess, None, "{bad}");
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("Ignored the guess in the link")),
            "{bad}: {notes:?}"
        );
        assert_eq!(state.scenario.get(Assumption::LongRunGrowth), 7.0);
    }
    let long = format!("guess={}", "1,".repeat(100));
    let (state, notes) = decode(&long);
    assert_eq!(state.guess, None);
    assert!(
        notes[0].contains("\"guess\"") && notes[0].contains("too long"),
        "{notes:?}"
    );
}
