//! Share links: the view state in a short, readable query string, and back.
//!
//! Keys: every assumption's short key (`glr=7.1`, only values that differ from the
//! report baseline), `preset=<id>` (when the scenario is exactly a preset),
//! `lang=en|zh-Hant`, `embed=1`, `origins=<comma-separated origins>` (embed only),
//! `guess=1` (start drawing a guess) or `guess=<seven values, 2026–2032>` (a drawn line;
//! a place left empty is a year not drawn yet).
//! Decoding never fails: unknown keys are ignored (hosts and newsletters add their own,
//! such as Pym.js's `childId` or `utm_source`), and every bad value of a known key is
//! dropped or clamped with a [`LinkNote`] for the reader, while the rest of the link
//! still applies.

use super::{preset_of, ViewState};
use crate::i18n::Lang;
use crate::model::{Adjustment, Assumption, Guess, Preset, Scenario};

/// Something about a link that the reader should know: what was ignored or changed.
/// Data, not words: the text layer writes it in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkNote {
    /// The query was too long; only its beginning was read.
    TooLong,
    /// The value of `key` was too long and was ignored.
    ValueTooLong {
        /// The key, as written in the link.
        key: String,
    },
    /// The value of `key` was not a plain number and was ignored.
    NotANumber {
        /// The key, as written in the link.
        key: String,
        /// The assumption it names.
        assumption: Assumption,
    },
    /// The preset named in the link does not exist.
    NoSuchPreset,
    /// An origin in `origins` was not of the form `https://host[:port]`.
    BadOrigin,
    /// So many notes that this many more were left out.
    More(usize),
    /// A value was adjusted to make the scenario valid.
    Adjusted(Adjustment),
    /// The guess in the link was not seven places, each a number or empty.
    BadGuess,
}

/// Longest query string read; anything beyond is ignored.
pub const MAX_QUERY_LEN: usize = 4096;
/// Longest value read for any key.
pub const MAX_VALUE_LEN: usize = 32;
/// Most origins accepted in `origins`.
pub const MAX_ORIGINS: usize = 8;
/// Longest `origins` value read.
pub const MAX_ORIGINS_LEN: usize = 1700;
/// Longest `guess` value read: seven values of up to six characters and their commas.
pub const MAX_GUESS_LEN: usize = 64;
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
                // parses back to the same f64.
                parts.push(format!(
                    "{}={}",
                    assumption.spec().key,
                    crate::format::plain_number(value, 9)
                ));
            }
        }
    }
    if let Some(lang) = state.lang {
        parts.push(format!("lang={}", lang.tag()));
    }
    if let Some(guess) = &state.guess {
        // The years drawn so far, an empty place for each not drawn yet; nothing drawn
        // at all: `guess=1`.
        parts.push(if guess.is_empty() {
            "guess=1".to_owned()
        } else {
            let values = guess
                .drawn()
                .map(|v| v.map_or(String::new(), |v| crate::format::plain_number(v, 0)));
            format!("guess={}", values.join(","))
        });
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

/// Reads a query string (with or without `?`). Returns the state and a note for each
/// thing that was ignored or adjusted.
pub fn decode(query: &str) -> (ViewState, Vec<LinkNote>) {
    let mut notes = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = if query.len() > MAX_QUERY_LEN {
        notes.push(LinkNote::TooLong);
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
        let limit = match key.as_str() {
            "origins" => MAX_ORIGINS_LEN,
            "guess" => MAX_GUESS_LEN,
            _ => MAX_VALUE_LEN,
        };
        if value.chars().count() > limit {
            notes.push(LinkNote::ValueTooLong { key });
            continue;
        }
        match (assumption, key.as_str()) {
            (Some(a), _) => match number(&value) {
                Some(v) => values.push((a, v)),
                None => notes.push(LinkNote::NotANumber { key, assumption: a }),
            },
            (None, "preset") => match Preset::from_id(&value) {
                Some(p) => preset = Some(p),
                None => notes.push(LinkNote::NoSuchPreset),
            },
            // A language we do not speak is left to the page's own choice.
            (None, "lang") => state.lang = Lang::from_param(&value).or(state.lang),
            // The same rule as mode.js: the last `embed` wins, and only 1 or true.
            (None, "embed") => state.embed = matches!(value.as_str(), "1" | "true"),
            (None, "origins") => state.origins = origins(&value, &mut notes),
            (None, "guess") => match guess(&value) {
                Some(g) => state.guess = Some(g),
                None => notes.push(LinkNote::BadGuess),
            },
            _ => {}
        }
    }

    let start = preset.map(Preset::scenario).unwrap_or_default();
    let validated = start.with_all(&values);
    notes.extend(validated.adjustments.into_iter().map(LinkNote::Adjusted));
    state.scenario = validated.scenario;
    state.preset = preset_of(&state.scenario);
    (state, tidy(notes))
}

/// Each note once, and at most [`MAX_NOTES`] of them: a hostile link must not flood
/// the page with notes.
fn tidy(notes: Vec<LinkNote>) -> Vec<LinkNote> {
    let mut unique: Vec<LinkNote> = Vec::new();
    for note in notes {
        if !unique.contains(&note) {
            unique.push(note);
        }
    }
    if unique.len() > MAX_NOTES {
        let more = unique.len() - (MAX_NOTES - 1);
        unique.truncate(MAX_NOTES - 1);
        unique.push(LinkNote::More(more));
    }
    unique
}

/// Whether a query key is one of ours (the rest belong to hosts, newsletters, Pym.js).
fn is_ours(key: &str) -> bool {
    Assumption::from_key(key).is_some()
        || matches!(key, "preset" | "lang" | "embed" | "origins" | "guess")
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

/// A plain decimal number (`-12.5`, `.5`, `40`), or `None`. Exponents, `NaN`,
/// `Infinity`, hex and anything else are refused before parsing.
fn number(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if body.is_empty() || body == "." || !digits(int) || !digits(frac) {
        return None;
    }
    let v: f64 = s.parse().ok()?;
    // Huge numbers of digits parse to ±inf; the model clamps those like any other.
    (!v.is_nan()).then_some(v)
}

/// `1` or `true`: start drawing; seven places (2026–2032), each a plain number or empty
/// (not drawn yet): that line, kept on the guess's axis and step; anything else: `None`.
fn guess(value: &str) -> Option<Guess> {
    if matches!(value, "1" | "true") {
        return Some(Guess::EMPTY);
    }
    let drawn: Option<Vec<Option<f64>>> = value
        .split(',')
        .map(str::trim)
        .map(|v| {
            if v.is_empty() {
                Some(None)
            } else {
                number(v).map(Some)
            }
        })
        .collect();
    Guess::from_drawn(&drawn?)
}

fn origins(value: &str, notes: &mut Vec<LinkNote>) -> Vec<String> {
    let mut out = Vec::new();
    for origin in value.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        match origin_of(origin) {
            Some(o) if out.len() < MAX_ORIGINS => out.push(o),
            _ => notes.push(LinkNote::BadOrigin),
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
