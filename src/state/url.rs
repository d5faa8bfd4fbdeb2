//! Share links: the view state in a short, readable query string, and back.
//!
//! Keys: every assumption's short key (`glr=7.1`, only values that differ from the
//! report baseline), `preset=<id>` (when the scenario is exactly a preset), `embed=1`,
//! `origins=<comma-separated origins>` (embed only). Decoding never fails: unknown keys
//! are ignored (hosts and newsletters add their own, such as Pym.js's `childId` or
//! `utm_source`), and every bad value of a known key is dropped or clamped with a
//! sentence for the reader, while the rest of the link still applies.

use super::{preset_of, ViewState};
use crate::model::{Adjustment, Assumption, Preset, Scenario};

/// Longest query string read; anything beyond is ignored.
pub const MAX_QUERY_LEN: usize = 4096;
/// Longest value read for any key.
pub const MAX_VALUE_LEN: usize = 32;
/// Most origins accepted in `origins`.
pub const MAX_ORIGINS: usize = 8;

/// The query string (without `?`) for `state`: empty for the report baseline.
pub fn encode(state: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    match preset_of(&state.scenario) {
        Some(Preset::Report) => {}
        Some(preset) => parts.push(format!("preset={}", preset.id())),
        None => {
            for (assumption, value) in state.scenario.changes() {
                // Rust's shortest round-trip representation: parses back to the same f64.
                parts.push(format!("{}={}", assumption.spec().key, value));
            }
        }
    }
    if state.embed {
        parts.push("embed=1".to_owned());
        if !state.origins.is_empty() {
            parts.push(format!(
                "origins={}",
                percent_encode(&state.origins.join(","))
            ));
        }
    }
    parts.join("&")
}

/// Reads a query string (with or without `?`). `parse_number` turns a string that
/// already looks like a plain decimal number into an f64 (the browser's `Number`, or
/// `str::parse` natively; both round correctly). Returns the state and one sentence per
/// adjustment made.
pub fn decode(query: &str, parse_number: impl Fn(&str) -> f64) -> (ViewState, Vec<String>) {
    let mut notes = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = if query.len() > MAX_QUERY_LEN {
        notes.push("The link was too long; only its beginning was read.".to_owned());
        truncate_at_char(query, MAX_QUERY_LEN)
    } else {
        query
    };

    let mut state = ViewState::default();
    let mut preset = None;
    let mut values: Vec<(Assumption, f64)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        let assumption = Assumption::from_key(&key);
        let known = assumption.is_some() || matches!(key.as_str(), "preset" | "embed" | "origins");
        if !known {
            continue;
        }
        if value.chars().count() > MAX_VALUE_LEN && key != "origins" {
            notes.push(format!(
                "Ignored \"{key}\" in the link: its value is too long."
            ));
            continue;
        }
        match (assumption, key.as_str()) {
            (Some(a), _) => match number(&value, &parse_number) {
                Some(v) => values.push((a, v)),
                None => notes.push(format!(
                    "Ignored \"{}\" in the link: {} needs a number.",
                    key,
                    a.spec().label
                )),
            },
            (None, "preset") => match Preset::from_id(&value) {
                Some(p) => preset = Some(p),
                None => {
                    notes.push("Ignored the link's preset: there is no such scenario.".to_owned())
                }
            },
            (None, "embed") => state.embed = matches!(value.as_str(), "1" | "true" | ""),
            (None, "origins") => state.origins = origins(&value, &mut notes),
            _ => {}
        }
    }

    let start = preset.map(Preset::scenario).unwrap_or_default();
    let validated = start.with_all(&values);
    notes.extend(validated.adjustments.iter().map(in_link));
    state.scenario = validated.scenario;
    state.preset = preset_of(&state.scenario);
    (state, notes)
}

fn in_link(adjustment: &Adjustment) -> String {
    format!("From the link: {}", adjustment.message())
}

/// A plain decimal number (`-12.5`, `.5`, `40`), or `None`. Exponents, `NaN`,
/// `Infinity`, hex and anything else are refused before parsing.
fn number(s: &str, parse_number: &impl Fn(&str) -> f64) -> Option<f64> {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if body.is_empty() || body == "." || !digits(int) || !digits(frac) {
        return None;
    }
    let v = parse_number(s);
    // Huge numbers of digits parse to ±inf; the model clamps those like any other.
    (!v.is_nan()).then_some(v)
}

fn origins(value: &str, notes: &mut Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for origin in value.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        let valid = (origin.starts_with("https://") || origin.starts_with("http://"))
            && origin.len() <= 200
            && !origin
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .contains('/')
            && origin.chars().all(|c| c.is_ascii_graphic());
        if valid && out.len() < MAX_ORIGINS {
            out.push(origin.to_ascii_lowercase());
        } else {
            notes.push(
                "Ignored an origin in the link that is not of the form https://host.".to_owned(),
            );
        }
    }
    out
}

fn truncate_at_char(s: &str, max: usize) -> &str {
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Percent-decodes a query component (`+` is a space); invalid escapes stay as they
/// are and invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters and `,` `:` `/`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',' | b':' | b'/')
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The scenario of a query string, for tests and tools that parse natively.
pub fn decode_native(query: &str) -> (ViewState, Vec<String>) {
    decode(query, |s| s.parse().unwrap_or(f64::NAN))
}

impl ViewState {
    /// The state for `scenario` with the rest at its defaults.
    pub fn of(scenario: Scenario) -> Self {
        ViewState {
            scenario,
            preset: preset_of(&scenario),
            ..ViewState::default()
        }
    }
}
