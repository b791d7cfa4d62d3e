// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Splitting the generated text into the model's reasoning and its answer.
//!
//! Upstream (thinking on) splits at `</think>` and strips `<answer>`/`</answer>`; with thinking
//! off it only strips the answer tags. Real outputs break those assumptions (truncated
//! reasoning, a thinking model that answers directly, stray tags), so the rules here are:
//!
//! 1. Decoder leftovers `<|im_end|>` / `<|endoftext|>` are removed wherever they appear.
//! 2. If the text holds `</think>`, everything before the LAST one is reasoning (a model that
//!    closes twice is still reasoning in between) and everything after it is the answer.
//! 3. Otherwise, in [`ThinkingMode::On`], an `<answer>` tag still marks where the answer begins;
//!    with neither tag the reasoning never finished (typically the token limit was reached): it is
//!    all reasoning, the answer is empty and [`SplitOutput::unclosed_thinking`] says so.
//! 4. Otherwise (thinking off or unsupported) the whole text is the answer.
//! 5. `<think>`, `</think>`, `<answer>` and `</answer>` tags are removed from both parts, which
//!    are then trimmed; text outside the answer tags is kept rather than lost.

use super::prompt::ThinkingMode;

const THINK_OPEN: &str = "<think>";
const THINK_CLOSE: &str = "</think>";
const ANSWER_OPEN: &str = "<answer>";
const ANSWER_CLOSE: &str = "</answer>";
const DECODER_LEFTOVERS: [&str; 2] = ["<|im_end|>", "<|endoftext|>"];

/// The generated text split into reasoning and answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitOutput {
    /// The reasoning, tags removed and trimmed; `None` when there was none.
    pub thinking: Option<String>,
    /// The answer, tags removed and trimmed (may be empty).
    pub answer: String,
    /// Thinking was on but the model never closed it (no `</think>` and no `<answer>`).
    pub unclosed_thinking: bool,
}

/// Splits `raw_output` (the decoded generated tokens, without the prompt) per the module rules.
pub fn split_output(raw_output: &str, mode: ThinkingMode) -> SplitOutput {
    let mut text = raw_output.to_string();
    for leftover in DECODER_LEFTOVERS {
        text = text.replace(leftover, "");
    }

    let (thinking, answer, unclosed_thinking) = if let Some(close) = text.rfind(THINK_CLOSE) {
        (&text[..close], &text[close + THINK_CLOSE.len()..], false)
    } else if mode.is_thinking() {
        match text.find(ANSWER_OPEN) {
            Some(open) => (&text[..open], &text[open..], false),
            None => (text.as_str(), "", true),
        }
    } else {
        ("", text.as_str(), false)
    };

    let thinking = strip_tags(thinking);
    SplitOutput {
        thinking: (!thinking.is_empty()).then_some(thinking),
        answer: strip_tags(answer),
        unclosed_thinking,
    }
}

fn strip_tags(text: &str) -> String {
    let mut stripped = text.to_string();
    for tag in [THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE] {
        stripped = stripped.replace(tag, "");
    }
    stripped.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ThinkingMode::*;

    #[test]
    fn thinking_split_cases() {
        let cases: &[(&str, ThinkingMode, Option<&str>, &str, bool)] = &[
            // The normal thinking output: the prompt ended in <think>.
            (
                "The cup is left.\n</think>\n<answer>[(10, 20)]</answer>",
                On,
                Some("The cup is left."),
                "[(10, 20)]",
                false,
            ),
            // The model repeats <think> and forgets <answer>.
            (
                "<think>look</think>[1, 2]",
                On,
                Some("look"),
                "[1, 2]",
                false,
            ),
            // Empty reasoning is reported as none.
            ("</think><answer>yes</answer>", On, None, "yes", false),
            // Truncated while reasoning: all reasoning, no answer.
            (
                "I should look at the",
                On,
                Some("I should look at the"),
                "",
                true,
            ),
            ("", On, None, "", true),
            // No </think> but an <answer>: the answer starts there.
            (
                "hmm <answer>[5, 6]</answer>",
                On,
                Some("hmm"),
                "[5, 6]",
                false,
            ),
            // Unbalanced: answer opened, never closed.
            ("ok</think><answer>[5, 6]", On, Some("ok"), "[5, 6]", false),
            // Closed twice: everything before the last close is reasoning.
            ("a</think>b</think>c", On, Some("ab"), "c", false),
            // Decoder leftovers are dropped.
            (
                "r</think><answer>x</answer><|im_end|>",
                On,
                Some("r"),
                "x",
                false,
            ),
            // Thinking off on a thinking model: the prompt ended in <answer>.
            ("[1, 2, 3, 4]</answer>", Off, None, "[1, 2, 3, 4]", false),
            (" plain text ", Off, None, "plain text", false),
            // Thinks anyway although it was told not to.
            (
                "x</think><answer>[1, 2]</answer>",
                Off,
                Some("x"),
                "[1, 2]",
                false,
            ),
            // 3B: the text is the answer; stray tags are still removed.
            ("[(1, 2)]", Unsupported, None, "[(1, 2)]", false),
            (
                "<answer>[(1, 2)]</answer>\n",
                Unsupported,
                None,
                "[(1, 2)]",
                false,
            ),
            ("", Unsupported, None, "", false),
            // Text after </answer> is kept, not lost.
            (
                "t</think><answer>[1, 2]</answer> done",
                On,
                Some("t"),
                "[1, 2] done",
                false,
            ),
        ];
        for &(raw, mode, thinking, answer, unclosed_thinking) in cases {
            let expected = SplitOutput {
                thinking: thinking.map(str::to_string),
                answer: answer.to_string(),
                unclosed_thinking,
            };
            assert_eq!(split_output(raw, mode), expected, "{raw:?} {mode:?}");
        }
    }
}
