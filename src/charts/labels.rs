//! Where direct labels go: at the right end of their line, above or below it, clear of
//! every line and of each other. Pure geometry in pixels (y down), so the layout is
//! tested natively, alike for every chart and language.

/// A box: left, top, right, bottom, in pixels.
pub type Rect = (i32, i32, i32, i32);

/// Whether two boxes overlap.
pub fn overlap(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The top and bottom that `line` (pixel points, x ascending) reaches between x = `a`
/// and x = `b`, or `None` where it does not run.
pub fn extent(line: &[(i32, i32)], a: i32, b: i32) -> Option<(i32, i32)> {
    let y_at = |x: i32| {
        line.windows(2).find_map(|w| {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            (x0 <= x && x <= x1).then(|| {
                if x1 == x0 {
                    y0
                } else {
                    y0 + (y1 - y0) * (x - x0) / (x1 - x0)
                }
            })
        })
    };
    let ys = line
        .iter()
        .filter(|p| a <= p.0 && p.0 <= b)
        .map(|p| p.1)
        .chain(y_at(a))
        .chain(y_at(b));
    ys.fold(None, |acc, y| match acc {
        None => Some((y, y)),
        Some((top, bottom)) => Some((top.min(y), bottom.max(y))),
    })
}

/// Whether `line` runs through `rect`.
pub fn crosses(line: &[(i32, i32)], rect: Rect) -> bool {
    extent(line, rect.0, rect.2).is_some_and(|(top, bottom)| top < rect.3 && rect.1 < bottom)
}

/// How many of `lines`, `taken` boxes and the edges of `bounds` a label at `rect`
/// would touch.
pub fn clashes(rect: Rect, lines: &[Vec<(i32, i32)>], taken: &[Rect], bounds: Rect) -> usize {
    let outside = rect.0 < bounds.0 || rect.1 < bounds.1 || rect.2 > bounds.2 || rect.3 > bounds.3;
    lines.iter().filter(|l| crosses(l, rect)).count()
        + taken.iter().filter(|&&t| overlap(t, rect)).count()
        + usize::from(outside)
}

/// The first of `candidates` (nearest first) that touches no line, no taken box and no
/// edge of `bounds`; failing all, the one that touches fewest.
pub fn place(
    candidates: &[Rect],
    lines: &[Vec<(i32, i32)>],
    taken: &[Rect],
    bounds: Rect,
) -> Option<Rect> {
    let cost = |&r: &Rect| clashes(r, lines, taken, bounds);
    candidates
        .iter()
        .find(|r| cost(r) == 0)
        .or_else(|| candidates.iter().min_by_key(|r| cost(r)))
        .copied()
}

/// As [`place`], but nearness first: the first of the `near` first candidates clear of
/// the `hard` and `soft` lines, marks and bounds; else the first of them clear of all but
/// the `soft` lines (a label on its halo over a thin line reads better than one far from
/// its point); else the first clear of everything, or the one that touches fewest.
pub fn place_near(
    candidates: &[Rect],
    near: usize,
    hard: &[Vec<(i32, i32)>],
    soft: &[Vec<(i32, i32)>],
    taken: &[Rect],
    bounds: Rect,
) -> Option<Rect> {
    let nearby = &candidates[..near.min(candidates.len())];
    let hard_cost = |r: &Rect| clashes(*r, hard, taken, bounds);
    let cost = |r: &Rect| hard_cost(r) + soft.iter().filter(|l| crosses(l, *r)).count();
    nearby
        .iter()
        .find(|r| cost(r) == 0)
        .or_else(|| nearby.iter().find(|r| hard_cost(r) == 0))
        .or_else(|| candidates.iter().find(|r| cost(r) == 0))
        .or_else(|| candidates.iter().min_by_key(|r| cost(r)))
        .copied()
}

/// How far point `p` is from box `r` (0 inside it), squared.
pub fn distance_sq(r: Rect, (x, y): (i32, i32)) -> i64 {
    let dx = i64::from((r.0 - x).max(x - r.2).max(0));
    let dy = i64::from((r.1 - y).max(y - r.3).max(0));
    dx * dx + dy * dy
}

/// Which of `candidates` are as near their own mark `own` as any other of `marks`, or
/// less than `slack` pixels further: a label nearer another mark reads as that mark's
/// (where two marks nearly coincide, either reading is right).
pub fn owned(candidates: &[Rect], own: (i32, i32), marks: &[(i32, i32)], slack: f64) -> Vec<bool> {
    let far = |r: Rect, m: (i32, i32)| (distance_sq(r, m) as f64).sqrt();
    candidates
        .iter()
        .map(|&r| {
            let mine = far(r, own);
            marks.iter().all(|&m| m == own || mine <= far(r, m) + slack)
        })
        .collect()
}

/// Places around a point `at` for a box of `size`: above and below it (`gap` away), its
/// left edge at the point, then its right edge, then centred, then a half-height further
/// away at a time; nearest first.
pub fn around(at: (i32, i32), (w, h): (i32, i32), gap: i32) -> Vec<Rect> {
    let (x, y) = at;
    let mut out = Vec::with_capacity(144);
    for step in 0..24 {
        let away = gap + step * h / 2;
        for left in [x, x - w, x - w / 2] {
            out.push((left, y - away - h, left + w, y - away));
            out.push((left, y + away, left + w, y + away + h));
        }
    }
    out
}

/// Boxes of sizes `sizes[k]` (width, height) for the labels of the first `sizes.len()`
/// of `lines` (the rest are only kept clear of), right-aligned at each line's last point
/// and `gap` pixels above or below the line, inside `bounds`.
/// Each label takes the nearest place that touches no line and no label placed before
/// it (labels are placed top line first): above or below its line, then further away a
/// half-height at a time, then slid left a half-width at a time; failing all, the place
/// that touches fewest.
pub fn end_labels(
    lines: &[Vec<(i32, i32)>],
    sizes: &[(i32, i32)],
    gap: i32,
    bounds: Rect,
) -> Vec<Rect> {
    let mut order: Vec<usize> = (0..sizes.len().min(lines.len())).collect();
    order.sort_by_key(|&k| lines[k].last().map_or(0, |p| p.1));
    let mut placed: Vec<Option<Rect>> = vec![None; order.len()];
    for k in order {
        let (w, h) = sizes[k];
        let Some(&(end, _)) = lines[k].last() else {
            continue;
        };
        let mut candidates = Vec::with_capacity(48);
        for slide in 0..4 {
            let right = end - slide * w / 2;
            let left = right - w;
            let Some((top, bottom)) = extent(&lines[k], left, right) else {
                continue;
            };
            for step in 0..6 {
                let away = gap + step * h / 2;
                let distance = step * h / 2 + slide * w / 2;
                candidates.push((distance, (left, top - away - h, right, top - away)));
                candidates.push((distance, (left, bottom + away, right, bottom + away + h)));
            }
        }
        // Stable: at equal distances, above before below.
        candidates.sort_by_key(|c| c.0);
        let taken: Vec<Rect> = placed.iter().flatten().copied().collect();
        let ordered: Vec<Rect> = candidates.iter().map(|c| c.1).collect();
        placed[k] = place(&ordered, lines, &taken, bounds);
    }
    placed.into_iter().map(|r| r.unwrap_or_default()).collect()
}
