// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Extracting points and boxes from what the model actually writes.
//!
//! The answer is read as text with brackets: `[...]`, `(...)` and `{...}` all open a group (so do
//! the full-width `（` and `【`), and any closing bracket closes the innermost open group, whatever
//! its kind (models do write `(10, 20]`). Inside, numbers are integers or decimals with an optional
//! sign and exponent (`12`, `-3`, `45.5`, `.5`, `1e2`); commas, semicolons and whitespace only
//! separate. A number glued to letters (`3cm`, `x1`, `bbox_2d`) is a word, not a number, and a
//! sign glued to a preceding number or word is not a sign (`10-20` is not 10 and -20).
//!
//! Rules, chosen so that a coordinate is only ever taken from the model's own numbers:
//! - A **tuple** is an innermost group holding only numbers and separators: `(10, 20)`,
//!   `[1.5 -2]`, the `[x1, y1, x2, y2]` inside `{"bbox_2d": [x1, y1, x2, y2], "label": "cup"}`.
//! - A point is a 2-tuple. A box is a 4-tuple `[x1, y1, x2, y2]`, or a group holding exactly two
//!   2-tuples and no loose numbers (corner form `[[x1, y1], [x2, y2]]`, and `(x1, y1), (x2, y2)`
//!   when those two 2-tuples are all the groups of the answer). Boxes are normalised so that
//!   x1 <= x2 and y1 <= y2.
//! - Every well-formed tuple is taken, in the order written; everything else that holds numbers
//!   is a **dropped fragment** and counted: a tuple of the wrong length for the task, an innermost
//!   group mixing numbers with words (`(x=10, y=20)`, `(about 3 cm)`), and a group still open at
//!   the end of the answer that directly holds numbers (the output was cut: its last number may
//!   be incomplete). Groups that hold no number at all (`(see below)`, the echoed template
//!   `[(x1, y1), ...]`) and numbers outside any group (prose such as "I see 3 cups") are ignored
//!   without counting. A group left open at the end whose inner groups closed keeps them.
//! - Nothing found is an error ([`AnswerError`]); it never falls back to guessing.
//!
//! Coordinates are returned as written, in the model's frame (pixels of the resized image); see
//! [`super::mapping`] for the way back to the camera image.

/// Why an answer gave no usable coordinates.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the answer is empty")]
    Empty,
    #[error("the model's reasoning never finished (no </think>, no <answer>), so there is no answer to parse")]
    UnclosedThinking,
    #[error("no {expected} found in the answer{}", dropped_note(*.dropped))]
    NothingFound {
        expected: &'static str,
        dropped: usize,
    },
}

fn dropped_note(dropped: usize) -> String {
    match dropped {
        0 => String::new(),
        1 => " (1 malformed fragment ignored)".to_string(),
        n => format!(" ({n} malformed fragments ignored)"),
    }
}

/// Well-formed items of an answer, plus how many malformed fragments were dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted<T> {
    pub items: Vec<T>,
    pub dropped: usize,
}

/// A box in one frame, normalised so that `x1 <= x2` and `y1 <= y2`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RawBox {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

impl RawBox {
    fn from_corners(xa: f64, ya: f64, xb: f64, yb: f64) -> RawBox {
        RawBox {
            x1: xa.min(xb),
            y1: ya.min(yb),
            x2: xa.max(xb),
            y2: ya.max(yb),
        }
    }
}

/// Every `(x, y)` point of the answer, in the order written.
pub fn parse_points(answer: &str) -> Result<Extracted<(f64, f64)>, AnswerError> {
    let scan = scan_groups(answer);
    let mut dropped = scan.fragments;
    let mut items = Vec::new();
    for tuple in &scan.tuples {
        match tuple.as_slice() {
            &[x, y] => items.push((x, y)),
            _ => dropped += 1,
        }
    }
    finish(answer, items, dropped, "point like (x, y)")
}

/// Every 3-D waypoint `(x, y, d)` of the answer (RoboBrain 2.5's trajectories: x and y in the
/// model's frame, d the depth in metres), in the order written. Other tuples are dropped
/// fragments: a waypoint without its depth cannot be placed in 3-D beside the others.
pub fn parse_waypoints(answer: &str) -> Result<Extracted<(f64, f64, f64)>, AnswerError> {
    let scan = scan_groups(answer);
    let mut dropped = scan.fragments;
    let mut items = Vec::new();
    for tuple in &scan.tuples {
        match tuple.as_slice() {
            &[x, y, d] => items.push((x, y, d)),
            _ => dropped += 1,
        }
    }
    finish(answer, items, dropped, "waypoint like (x, y, d)")
}

/// Every box of the answer, in the order written.
pub fn parse_boxes(answer: &str) -> Result<Extracted<RawBox>, AnswerError> {
    let scan = scan_groups(answer);
    let mut dropped = scan.fragments;
    let mut items = Vec::new();
    for (index, tuple) in scan.tuples.iter().enumerate() {
        match tuple.as_slice() {
            &[x1, y1, x2, y2] => items.push(RawBox::from_corners(x1, y1, x2, y2)),
            &[xa, ya] if scan.corner_pair_starts.contains(&index) => {
                let &[xb, yb] = scan.tuples[index + 1].as_slice() else {
                    unreachable!("a corner pair is two adjacent 2-tuples")
                };
                items.push(RawBox::from_corners(xa, ya, xb, yb));
            }
            [_, _] if index > 0 && scan.corner_pair_starts.contains(&(index - 1)) => {}
            _ => dropped += 1,
        }
    }
    finish(answer, items, dropped, "box like [x1, y1, x2, y2]")
}

fn finish<T>(
    answer: &str,
    items: Vec<T>,
    dropped: usize,
    expected: &'static str,
) -> Result<Extracted<T>, AnswerError> {
    if answer.trim().is_empty() {
        Err(AnswerError::Empty)
    } else if items.is_empty() {
        Err(AnswerError::NothingFound { expected, dropped })
    } else {
        Ok(Extracted { items, dropped })
    }
}

/// What one pass over the answer found.
#[derive(Debug, Default)]
struct Scan {
    /// Innermost groups holding only numbers, in the order they closed (= order written).
    tuples: Vec<Vec<f64>>,
    /// Indices `i` into `tuples` where `tuples[i]` and `tuples[i + 1]` are the two 2-tuples of a
    /// corner-form group.
    corner_pair_starts: Vec<usize>,
    /// Groups holding numbers that are not tuples (mixed with words, or cut off).
    fragments: usize,
}

/// A group being read.
#[derive(Debug, Default)]
struct OpenGroup {
    /// Numbers directly inside (not in inner groups).
    numbers: Vec<f64>,
    /// Words or symbols directly inside.
    has_text: bool,
    /// Inner groups, closed so far.
    children: usize,
    /// Indices into `Scan::tuples` of the inner groups that were tuples.
    child_tuples: Vec<usize>,
}

impl Scan {
    /// Records a group that just closed, in `parent` (None for the whole answer).
    fn close(&mut self, group: OpenGroup, parent: Option<&mut OpenGroup>) {
        let innermost = group.children == 0;
        let mut tuple_index = None;
        if innermost && !group.numbers.is_empty() {
            if group.has_text {
                self.fragments += 1;
            } else {
                tuple_index = Some(self.tuples.len());
                self.tuples.push(group.numbers);
            }
        } else if !innermost && group.numbers.is_empty() && group.children == 2 {
            if let &[first, second] = group.child_tuples.as_slice() {
                if self.tuples[first].len() == 2 && self.tuples[second].len() == 2 {
                    self.corner_pair_starts.push(first);
                }
            }
        }
        if let Some(parent) = parent {
            parent.children += 1;
            parent.child_tuples.extend(tuple_index);
        }
    }
}

fn is_open(c: char) -> bool {
    matches!(c, '[' | '(' | '{' | '（' | '【')
}

fn is_close(c: char) -> bool {
    matches!(c, ']' | ')' | '}' | '）' | '】')
}

fn is_separator(c: char) -> bool {
    matches!(c, ',' | ';' | '，' | '；' | '、') || c.is_whitespace()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_sign(c: char) -> bool {
    matches!(c, '-' | '+' | '−')
}

/// Reads the number starting at `start`, if one does: returns its value (None when not finite)
/// and the index after it. A number glued to letters is not a number.
fn read_number(chars: &[char], start: usize) -> Option<(Option<f64>, usize)> {
    let digit_at = |i: usize| chars.get(i).is_some_and(|c| c.is_ascii_digit());
    let mut i = start;
    if chars.get(i).copied().is_some_and(is_sign) {
        // "10-20" is a range or garbage, not 10 and -20: a sign must not follow a number or word.
        let glued = start > 0 && (is_word_char(chars[start - 1]) || chars[start - 1] == '.');
        if glued {
            return None;
        }
        i += 1;
    }
    let int_start = i;
    while digit_at(i) {
        i += 1;
    }
    let has_int = i > int_start;
    let mut has_frac = false;
    if chars.get(i) == Some(&'.') && (has_int || digit_at(i + 1)) {
        i += 1;
        while digit_at(i) {
            i += 1;
            has_frac = true;
        }
    }
    if !has_int && !has_frac {
        return None;
    }
    if matches!(chars.get(i), Some('e' | 'E')) {
        let sign = usize::from(chars.get(i + 1).is_some_and(|&c| c == '+' || c == '-'));
        if digit_at(i + 1 + sign) {
            i += 1 + sign;
            while digit_at(i) {
                i += 1;
            }
        }
    }
    if chars.get(i).copied().is_some_and(is_word_char) {
        return None;
    }
    let literal: String = chars[start..i]
        .iter()
        .map(|&c| if c == '−' { '-' } else { c })
        .collect();
    let value = literal.parse::<f64>().ok().filter(|v| v.is_finite());
    Some((value, i))
}

fn scan_groups(answer: &str) -> Scan {
    let chars: Vec<char> = answer.chars().collect();
    let mut scan = Scan::default();
    let mut root = OpenGroup::default();
    let mut stack: Vec<OpenGroup> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_open(c) {
            stack.push(OpenGroup::default());
            i += 1;
        } else if is_close(c) {
            // A closer without an open group is prose punctuation: ignored.
            if let Some(group) = stack.pop() {
                let parent = stack.last_mut().unwrap_or(&mut root);
                scan.close(group, Some(parent));
            }
            i += 1;
        } else if is_separator(c) {
            i += 1;
        } else if let Some((value, end)) = read_number(&chars, i) {
            let group = stack.last_mut().unwrap_or(&mut root);
            match value {
                Some(value) => group.numbers.push(value),
                // An overflowing literal is not a usable number: it spoils its group.
                None => group.has_text = true,
            }
            i = end;
        } else {
            let group = stack.last_mut().unwrap_or(&mut root);
            group.has_text = true;
            i += 1;
            if is_word_char(c) {
                while chars.get(i).copied().is_some_and(is_word_char) {
                    i += 1;
                }
            }
        }
    }
    // Groups still open when the answer ends: close them, innermost first. One that directly
    // holds numbers was cut off mid-tuple and is a fragment, never a tuple.
    while let Some(group) = stack.pop() {
        let parent = stack.last_mut().unwrap_or(&mut root);
        if group.children == 0 && !group.numbers.is_empty() {
            scan.fragments += 1;
            parent.children += 1;
        } else {
            scan.close(group, Some(parent));
        }
    }
    // The answer as a whole is one more group: loose numbers in it are prose, and two 2-tuples
    // that are all its groups are a corner-form box.
    root.numbers.clear();
    scan.close(root, None);
    scan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(answer: &str) -> Result<(Vec<(f64, f64)>, usize), AnswerError> {
        parse_points(answer).map(|e| (e.items, e.dropped))
    }

    fn boxes(answer: &str) -> Result<(Vec<[f64; 4]>, usize), AnswerError> {
        parse_boxes(answer).map(|e| {
            (
                e.items.iter().map(|b| [b.x1, b.y1, b.x2, b.y2]).collect(),
                e.dropped,
            )
        })
    }

    fn nothing(expected: &'static str, dropped: usize) -> AnswerError {
        AnswerError::NothingFound { expected, dropped }
    }

    const POINT: &str = "point like (x, y)";
    const BOX: &str = "box like [x1, y1, x2, y2]";

    #[test]
    fn point_answers() {
        type Expected = Result<(Vec<(f64, f64)>, usize), AnswerError>;
        let cases: Vec<(&str, Expected)> = vec![
            // What upstream's prompt asks for.
            ("[(120, 340), (200, 310)]", Ok((vec![(120., 340.), (200., 310.)], 0))),
            // Floats, negatives, odd spacing, newlines.
            ("[( 120.5 ,340.25 ),\n (-3, 7)]", Ok((vec![(120.5, 340.25), (-3., 7.)], 0))),
            // Square brackets, nested lists, one point.
            ("[[10, 20], [30, 40]]", Ok((vec![(10., 20.), (30., 40.)], 0))),
            ("[10, 20]", Ok((vec![(10., 20.)], 0))),
            ("(10 20)", Ok((vec![(10., 20.)], 0))),
            // Out-of-image values are kept as written here; mapping clamps them.
            ("[(5000, -20)]", Ok((vec![(5000., -20.)], 0))),
            // Prose around, numbers in prose ignored.
            ("I see 2 cups. They are at (10, 20) and (30, 40).", Ok((vec![(10., 20.), (30., 40.)], 0))),
            // Markdown code fence and JSON the way Qwen2.5-VL likes to write it.
            (
                "```json\n[\n  {\"point_2d\": [217, 98], \"label\": \"cup\"},\n  {\"point_2d\": [300, 101], \"label\": \"cup\"}\n]\n```",
                Ok((vec![(217., 98.), (300., 101.)], 0)),
            ),
            // Exponent, leading dot, explicit plus, Unicode minus, mismatched closer.
            ("[(1e2, .5), (+3, −4], (7, 8)]", Ok((vec![(100., 0.5), (3., -4.), (7., 8.)], 0))),
            // Full-width punctuation.
            ("（12，34）", Ok((vec![(12., 34.)], 0))),
            // Malformed neighbours are dropped and counted.
            ("[(10, 20), (30), (1, 2, 3), (x=5, y=6), (40, 50)]", Ok((vec![(10., 20.), (40., 50.)], 3))),
            // Truncated output: the open tuple may hold a cut number.
            ("[(10, 20), (30, 4", Ok((vec![(10., 20.)], 1))),
            // Unbalanced the other way: a stray closer is ignored.
            ("(10, 20)) ]", Ok((vec![(10., 20.)], 0))),
            // Echoed template and parentheses without numbers are not fragments.
            ("i.e. [(x1, y1), (x2, y2), ...] (see image): (11, 22)", Ok((vec![(11., 22.)], 0))),
            // A hyphen between numbers is not a minus sign: the group is malformed.
            ("[10-20, 30-40] (1, 2)", Ok((vec![(1., 2.)], 1))),
            ("(10 -20)", Ok((vec![(10., -20.)], 0))),
            // Numbers glued to units are words: such a group holds no number, like prose.
            ("(10px, 20px) (3, 4)", Ok((vec![(3., 4.)], 0))),
            ("(10px, 20) (3, 4)", Ok((vec![(3., 4.)], 1))),
            // Deep nesting.
            ("[[[[[10, 20]]]]]", Ok((vec![(10., 20.)], 0))),
            // Failures keep no coordinates.
            ("", Err(AnswerError::Empty)),
            ("  \n ", Err(AnswerError::Empty)),
            ("There is no cup in the image.", Err(nothing(POINT, 0))),
            ("The cup is at 120, 340.", Err(nothing(POINT, 0))),
            ("[1, 2, 3, 4]", Err(nothing(POINT, 1))),
            ("[(10, 2", Err(nothing(POINT, 1))),
            ("(1e999, 5)", Err(nothing(POINT, 1))),
            ("[(x1, y1), (x2, y2), ...]", Err(nothing(POINT, 0))),
            (")(][", Err(nothing(POINT, 0))),
        ];
        for (answer, expected) in cases {
            assert_eq!(points(answer), expected, "{answer:?}");
        }
    }

    #[test]
    fn box_answers() {
        type Expected = Result<(Vec<[f64; 4]>, usize), AnswerError>;
        let cases: Vec<(&str, Expected)> = vec![
            (
                "[100, 200, 300, 400]",
                Ok((vec![[100., 200., 300., 400.]], 0)),
            ),
            // Corners given in the wrong order are normalised.
            (
                "[300, 400, 100, 200]",
                Ok((vec![[100., 200., 300., 400.]], 0)),
            ),
            (
                "[300.5, 10, 100, 20.25]",
                Ok((vec![[100., 10., 300.5, 20.25]], 0)),
            ),
            // Several boxes, nested.
            (
                "[[1, 2, 3, 4], [5, 6, 7, 8]]",
                Ok((vec![[1., 2., 3., 4.], [5., 6., 7., 8.]], 0)),
            ),
            // Qwen2.5-VL grounding JSON in a code fence.
            (
                "```json\n[{\"bbox_2d\": [52, 80, 210, 300], \"label\": \"red cup\"}]\n```",
                Ok((vec![[52., 80., 210., 300.]], 0)),
            ),
            (
                "{\"bbox_2d\": [1, 2, 3, 4]}",
                Ok((vec![[1., 2., 3., 4.]], 0)),
            ),
            // Corner form, nested and bare.
            ("[[10, 20], [30, 40]]", Ok((vec![[10., 20., 30., 40.]], 0))),
            (
                "The box is (30, 40), (10, 20).",
                Ok((vec![[10., 20., 30., 40.]], 0)),
            ),
            (
                "[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]",
                Ok((vec![[1., 2., 3., 4.], [5., 6., 7., 8.]], 0)),
            ),
            // Three lone corners are not a box: all dropped.
            ("[[1, 2], [3, 4], [5, 6]]", Err(nothing(BOX, 3))),
            // Prose, negatives, out of image: kept as written.
            (
                "Sure! The area is [-5, 10, 9999, 20] in the image.",
                Ok((vec![[-5., 10., 9999., 20.]], 0)),
            ),
            // Partial garbage.
            (
                "[1, 2, 3, 4], [5, 6, 7], [a, 1, 2, 3]",
                Ok((vec![[1., 2., 3., 4.]], 2)),
            ),
            // Truncated second box.
            ("[[1, 2, 3, 4], [5, 6, 7", Ok((vec![[1., 2., 3., 4.]], 1))),
            // Outer bracket never closed but the boxes inside did.
            (
                "[[1, 2, 3, 4], [5, 6, 7, 8]",
                Ok((vec![[1., 2., 3., 4.], [5., 6., 7., 8.]], 0)),
            ),
            ("", Err(AnswerError::Empty)),
            ("no box", Err(nothing(BOX, 0))),
            ("[(10, 20)]", Err(nothing(BOX, 1))),
            ("[1, 2, 3, 4, 5]", Err(nothing(BOX, 1))),
        ];
        for (answer, expected) in cases {
            assert_eq!(boxes(answer), expected, "{answer:?}");
        }
    }

    #[test]
    fn errors_explain_themselves() {
        assert_eq!(
            nothing(POINT, 0).to_string(),
            "no point like (x, y) found in the answer"
        );
        assert_eq!(
            nothing(BOX, 2).to_string(),
            "no box like [x1, y1, x2, y2] found in the answer (2 malformed fragments ignored)"
        );
        assert!(AnswerError::UnclosedThinking
            .to_string()
            .contains("</think>"));
    }

    /// Hostile input: random mixes of brackets, digits, signs, dots, letters and multi-byte
    /// characters never panic, and whatever is found is finite and normalised.
    #[test]
    fn random_garbage_never_panics() {
        let alphabet: Vec<char> = "[](){}（）【】,，; \n-+−.eE0123456789xy_\"'`:<>/é漢🙂"
            .chars()
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            // xorshift64: deterministic, no dependency.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            if let Ok(found) = parse_points(&text) {
                assert!(
                    found
                        .items
                        .iter()
                        .all(|(x, y)| x.is_finite() && y.is_finite()),
                    "{text:?}"
                );
            }
            if let Ok(found) = parse_boxes(&text) {
                for b in found.items {
                    assert!(
                        b.x1 <= b.x2 && b.y1 <= b.y2 && b.x1.is_finite() && b.y2.is_finite(),
                        "{text:?}"
                    );
                }
            }
        }
    }
}
