//! The reader's own guess of the path, as in the NYT's "You Draw It": the years
//! 2024–2025 are shown as reported, the reader draws 2026–2032, and the page then
//! shows how far the drawn line was from the report's path and from what the
//! companies guided since. Data only: the text layer writes the sentences.

use super::projection::N_YEARS;

/// The first year the reader draws, as an index into the years (2026).
pub const FIRST_GUESSED: usize = 2;

/// How many years the reader draws (2026–2032).
pub const N_GUESSED: usize = N_YEARS - FIRST_GUESSED;

/// The highest value a guess can take, in billions of US dollars: the top of the
/// drawing's fixed axis (a line drawn to the top is a guess of this).
pub const GUESS_MAX: f64 = 1200.0;

/// The step of a guess in billions: the keyboard moves it by this, and every drawn or
/// typed value is rounded to it.
pub const GUESS_STEP: f64 = 5.0;

/// A drawn line: one value per year in billions of US dollars, `None` where the reader
/// has not drawn yet. Only the years from [`FIRST_GUESSED`] on are ever set.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Guess {
    values: [Option<f64>; N_YEARS],
}

impl Guess {
    /// Nothing drawn.
    pub const EMPTY: Guess = Guess {
        values: [None; N_YEARS],
    };

    /// A line from the values of 2026–2032, each kept within `0..=GUESS_MAX` and on
    /// the step; `None` if any is not a finite number.
    pub fn from_values(values: &[f64]) -> Option<Guess> {
        let drawn: Vec<Option<f64>> = values.iter().copied().map(Some).collect();
        Guess::from_drawn(&drawn)
    }

    /// A line from the values of 2026–2032 drawn so far (`None`: not drawn yet), each
    /// kept within `0..=GUESS_MAX` and on the step; `None` if there are not seven or a
    /// drawn one is not a finite number.
    pub fn from_drawn(drawn: &[Option<f64>]) -> Option<Guess> {
        if drawn.len() != N_GUESSED || drawn.iter().flatten().any(|v| !v.is_finite()) {
            return None;
        }
        let mut guess = Guess::EMPTY;
        for (i, v) in drawn.iter().enumerate() {
            if let Some(v) = *v {
                guess.set(FIRST_GUESSED + i, v);
            }
        }
        Some(guess)
    }

    /// The values of 2026–2032 drawn so far (`None`: not drawn yet).
    pub fn drawn(&self) -> [Option<f64>; N_GUESSED] {
        std::array::from_fn(|i| self.values[FIRST_GUESSED + i])
    }

    /// The value of year index `i`, if drawn.
    pub fn get(&self, i: usize) -> Option<f64> {
        self.values.get(i).copied().flatten()
    }

    /// Sets year index `i` (from [`FIRST_GUESSED`] on) to `value`, kept within
    /// `0..=GUESS_MAX` and rounded to the step; a non-finite value or another year
    /// changes nothing.
    pub fn set(&mut self, i: usize, value: f64) {
        if (FIRST_GUESSED..N_YEARS).contains(&i) && value.is_finite() {
            self.values[i] = Some(snap(value));
        }
    }

    /// Sets year index `to` to `value` and every year between `from` and `to` on a
    /// straight line from `from`'s value: a finger moving fast skips years, and the
    /// line it draws must not have holes. Without a value at `from`, only `to` is set.
    pub fn draw_to(&mut self, from: usize, to: usize, value: f64) {
        let Some(start) = self.get(from) else {
            self.set(to, value);
            return;
        };
        let (lo, hi) = (from.min(to), from.max(to));
        for i in lo..=hi {
            let t = if hi == lo {
                1.0
            } else {
                (i as f64 - from as f64) / (to as f64 - from as f64)
            };
            self.set(i, start + (value - start) * t);
        }
    }

    /// Whether every year from 2026 to 2032 is drawn.
    pub fn is_complete(&self) -> bool {
        self.values[FIRST_GUESSED..].iter().all(Option::is_some)
    }

    /// Whether nothing is drawn.
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    /// The drawn values of 2026–2032, once all are drawn.
    pub fn values(&self) -> Option<[f64; N_GUESSED]> {
        let mut out = [0.0; N_GUESSED];
        for (o, v) in out.iter_mut().zip(&self.values[FIRST_GUESSED..]) {
            *o = (*v)?;
        }
        Some(out)
    }

    /// The drawn points as (year index, value), in order of the years.
    pub fn points(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i, v)))
    }
}

/// `value` kept within `0..=GUESS_MAX` and rounded to the step.
fn snap(value: f64) -> f64 {
    ((value / GUESS_STEP).round() * GUESS_STEP).clamp(0.0, GUESS_MAX)
}

/// How far a drawn line is from a path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Distance {
    /// The drawn value and the path's in 2032, in billions.
    pub last: (f64, f64),
    /// How far off the 2032 value is, as a fraction of the path's (positive: above).
    pub last_off: f64,
    /// The mean, over 2026–2032, of each year's distance as a fraction of the path's
    /// value that year (always positive: how far, not which way).
    pub mean_off: f64,
    /// The drawn line was above the path in this many of the years drawn.
    pub years_above: usize,
}

/// How far `guess` is from `path` (one value per year), or `None` until the guess is
/// complete. A path at zero counts a guess of zero as exact and any other as 100% off.
pub fn distance(guess: &Guess, path: &[f64; N_YEARS]) -> Option<Distance> {
    let drawn = guess.values()?;
    let off = |g: f64, p: f64| {
        if p > 0.0 {
            (g - p) / p
        } else if g > 0.0 {
            1.0
        } else {
            0.0
        }
    };
    let actual = &path[FIRST_GUESSED..];
    let mean_off = drawn
        .iter()
        .zip(actual)
        .map(|(&g, &p)| off(g, p).abs())
        .sum::<f64>()
        / N_GUESSED as f64;
    let years_above = drawn.iter().zip(actual).filter(|(g, p)| g > p).count();
    let last = (drawn[N_GUESSED - 1], path[N_YEARS - 1]);
    Some(Distance {
        last,
        last_off: off(last.0, last.1),
        mean_off,
        years_above,
    })
}

/// How far a drawn `value` is from a figure published as a range `low..=high`: zero
/// inside the range, else the fraction of the nearer end it is above (positive) or
/// below (negative).
pub fn off_range(value: f64, (low, high): (f64, f64)) -> f64 {
    if value > high && high > 0.0 {
        (value - high) / high
    } else if value < low && low > 0.0 {
        (value - low) / low
    } else {
        0.0
    }
}
