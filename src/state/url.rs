//! Share links: the view state in a short, readable query string, and back.
//!
//! Keys: every assumption's short key (`glr=7.1`, only values that differ from the
//! report baseline), `preset=<id>` (when the scenario is exactly a preset), `embed=1`,
//! `origins=<comma-separated origins>` (embed only). Decoding never fails: unknown keys
//! are ignored (hosts and newsletters add their own, such as Pym.js's `childId` or
//! `utm_source`), and every bad value of a known key is dropped or clamped with a
//! sentence for the reader, while the rest of the link still applies.

use super::{preset_of, ViewState};
use crate::i18n::{fill, E};
use crate::model::{Adjustment, Assumption, Preset, Scenario};

/// Longest query string read; anything beyond is ignored.
pub const MAX_QUERY_LEN: usize = 4096;
/// Longest value read for any key.
pub const MAX_VALUE_LEN: usize = 32;
/// Most origins accepted in `origins`.
pub const MAX_ORIGINS: usize = 8;
/// Longest `origins` value read.
pub const MAX_ORIGINS_LEN: usize = 1700;
/// Most notes shown about one link; the rest are counted.
pub const MAX_NOTES: usize = 5;

/// The query string (without `?`) for `state`: empty for the report baseline.
pub fn encode(state: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    match preset_of(&state.scenario) {
        Some(Preset::Report) => {}
        Some(preset) => parts.push(format!("preset={}", preset.id())),
        None => {
            for (assumption, value) in state.scenario.changes() {
                // Nine decimals, the precision a scenario keeps (`Scenario::with`), so it
                // parses back to the same f64; written through integers, which keeps
                // Rust's float formatting out of the wasm.
                parts.push(format!(
                    "{}={}",
                    assumption.spec().key,
                    crate::format::plain_number(value, 9)
                ));
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
        notes.push(E.link_notes[0].to_owned());
        truncate_at_char(query, MAX_QUERY_LEN)
    } else {
        query
    };

    let mut state = ViewState::default();
    let mut preset = None;
    let mut values: Vec<(Assumption, f64)> = Vec::new();
    for (_, key, value) in pairs(query) {
        let assumption = Assumption::from_key(&key);
        if !is_ours(&key) {
            continue;
        }
        let limit = if key == "origins" {
            MAX_ORIGINS_LEN
        } else {
            MAX_VALUE_LEN
        };
        if value.chars().count() > limit {
            notes.push(fill(E.link_notes[1], &[("key", &key)]));
            continue;
        }
        match (assumption, key.as_str()) {
            (Some(a), _) => match number(&value, &parse_number) {
                Some(v) => values.push((a, v)),
                None => notes.push(fill(
                    E.link_notes[2],
                    &[("key", &key), ("label", a.spec().label)],
                )),
            },
            (None, "preset") => match Preset::from_id(&value) {
                Some(p) => preset = Some(p),
                None => notes.push(E.link_notes[3].to_owned()),
            },
            // The same rule as mode.js: the last `embed` wins, and only 1 or true.
            (None, "embed") => state.embed = matches!(value.as_str(), "1" | "true"),
            (None, "origins") => state.origins = origins(&value, &mut notes),
            _ => {}
        }
    }

    let start = preset.map(Preset::scenario).unwrap_or_default();
    let validated = start.with_all(&values);
    notes.extend(validated.adjustments.iter().map(in_link));
    state.scenario = validated.scenario;
    state.preset = preset_of(&state.scenario);
    (state, tidy(notes))
}

/// Each note once, and at most [`MAX_NOTES`] of them: a hostile link must not flood
/// the page with notes.
fn tidy(notes: Vec<String>) -> Vec<String> {
    let mut unique: Vec<String> = Vec::new();
    for note in notes {
        if !unique.contains(&note) {
            unique.push(note);
        }
    }
    if unique.len() > MAX_NOTES {
        let more = unique.len() - (MAX_NOTES - 1);
        unique.truncate(MAX_NOTES - 1);
        unique.push(fill(E.link_notes[5], &[("n", &more.to_string())]));
    }
    unique
}

/// Whether a query key is one of ours (the rest belong to hosts, newsletters, Pym.js).
fn is_ours(key: &str) -> bool {
    Assumption::from_key(key).is_some() || matches!(key, "preset" | "embed" | "origins")
}

/// `existing` with our keys replaced by `ours`: other parameters (`utm_source`,
/// Pym.js's `childId`, …) stay where they were.
pub fn merge(existing: &str, ours: &str) -> String {
    let mut parts: Vec<&str> = pairs(existing)
        .filter(|(_, key, _)| !is_ours(key))
        .map(|(raw, _, _)| raw)
        .collect();
    parts.extend(ours.split('&').filter(|p| !p.is_empty()));
    parts.join("&")
}

/// The pairs of a query string (with or without `?`): each raw `key=value` with its
/// decoded key and value. Empty pairs are skipped; a pair without `=` has an empty value.
fn pairs(query: &str) -> impl Iterator<Item = (&str, String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (pair, percent_decode(key), percent_decode(value))
        })
}

/// The decoded value of the first `key` in a query string, if any.
pub fn param(query: &str, key: &str) -> Option<String> {
    pairs(query).find(|(_, k, _)| k == key).map(|(_, _, v)| v)
}

fn in_link(adjustment: &Adjustment) -> String {
    fill(E.link_notes[6], &[("message", &adjustment.message())])
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
        match origin_of(origin) {
            Some(o) if out.len() < MAX_ORIGINS => out.push(o),
            _ => notes.push(E.link_notes[4].to_owned()),
        }
    }
    out
}

/// `scheme://host[:port]`, lower-cased, without a default port; `None` if it is not one.
fn origin_of(s: &str) -> Option<String> {
    let s = s.to_ascii_lowercase();
    let (scheme, rest) = s.split_once("://")?;
    let default_port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            (h, Some(p))
        }
        Some(_) => return None,
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !host.starts_with(['.', '-']);
    if !host_ok {
        return None;
    }
    Some(match port {
        Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
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
