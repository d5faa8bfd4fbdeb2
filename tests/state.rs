//! Share links and host messages: every decoder of untrusted input, natively.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::model::*;
use ai_capex_explorer::state::host::{interpret, HostCommand, RawHostMessage, StateOut};
use ai_capex_explorer::state::url::{decode_native as decode, encode};
use ai_capex_explorer::state::ViewState;
use proptest::prelude::*;

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
    let (state, notes) = decode("embed=1&origins=javascript:alert(1),https://a.com/path,*");
    assert!(state.origins.is_empty());
    assert_eq!(notes.len(), 3);
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
    // A multi-byte character straddling the cut.
    let (_, notes) = scenario_of(&"é".repeat(3000));
    assert_eq!(notes.len(), 1);
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
            id: None,
        };
        assert!(interpret(raw).unwrap_err().contains("finite"));
    }
}

#[test]
fn state_message_shape() {
    let s = Preset::CapexBust.scenario();
    let p = project(&s);
    let json = serde_json::to_value(StateOut::new(&s, &p, &[])).unwrap();
    assert_eq!(json["type"], "capex:state");
    assert_eq!(json["preset"], "capex-bust");
    assert_eq!(json["scenario"]["g26"], -20.0);
    assert_eq!(json["projection"]["years"][8], 2032);
    assert_eq!(json["projection"]["total"].as_array().unwrap().len(), 9);
    assert!((json["summary"]["total_2032"].as_f64().unwrap() - 293.78).abs() < 0.01);
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    let edit = (0..N_ASSUMPTIONS).prop_flat_map(|i| {
        let spec = Assumption::ALL[i].spec();
        (Just(i), spec.min..=spec.max)
    });
    proptest::collection::vec(edit, 0..12).prop_map(|edits| {
        let values: Vec<_> = edits
            .into_iter()
            .map(|(i, v)| (Assumption::ALL[i], v))
            .collect();
        Scenario::from_values(&values).scenario
    })
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
    fn any_query_decodes_to_a_valid_scenario(query in ".{0,300}") {
        let (state, _) = decode(&query);
        for a in Assumption::ALL {
            let spec = a.spec();
            let v = state.scenario.get(a);
            prop_assert!(v >= spec.min && v <= spec.max);
        }
    }

    #[test]
    fn any_key_value_soup_decodes(pairs in proptest::collection::vec(("[a-z0-9%]{0,6}", "[-+.0-9eE%a-zA-Z]{0,12}"), 0..20)) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (state, _) = decode(&query.join("&"));
        prop_assert!(project(&state.scenario).total.iter().all(|v| v.is_finite() && *v >= 0.0));
    }
}
