// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What a caller may ask for, checked before any work, and text made safe for ROS messages.
//!
//! Policy only (no ROS here): the node calls these on every request and on every string it puts
//! in a message, and the refusal texts are the ones callers see.

use std::borrow::Cow;

/// What replaces each NUL character in a string bound for a ROS message: ROS 2 strings are
/// NUL-terminated C strings (r2r's conversion panics on an interior NUL), so the NUL cannot be
/// carried. U+FFFD REPLACEMENT CHARACTER keeps the text's length and shows where it was. Every
/// other character (valid UTF-8, which a Rust string always is) goes through unchanged.
pub const NUL_REPLACEMENT: char = '\u{FFFD}';

/// `text` with every NUL replaced by [`NUL_REPLACEMENT`]; borrowed when there is none.
pub fn ros_safe(text: &str) -> Cow<'_, str> {
    if text.contains('\0') {
        Cow::Owned(text.replace('\0', &NUL_REPLACEMENT.to_string()))
    } else {
        Cow::Borrowed(text)
    }
}

/// Replaces, in place, every NUL of `text` (see [`ros_safe`]).
pub fn make_ros_safe(text: &mut String) {
    if let Cow::Owned(safe) = ros_safe(text) {
        *text = safe;
    }
}

/// A request refused for asking more than the node allows, or for text the model must not see.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error("prompt too long: {chars} characters, the limit (max_prompt_chars) is {max_chars}")]
    PromptChars { chars: usize, max_chars: usize },

    #[error("prompt too long: {tokens} tokens, the limit (max_prompt_tokens) is {max_tokens}")]
    PromptTokens { tokens: usize, max_tokens: usize },

    #[error(
        "the prompt holds '{token}', a reserved token of the model's chat template; remove it"
    )]
    ReservedToken { token: String },

    #[error("the {images} images give {tokens} image tokens, more than the {budget} the memory plan budgets (one image of max_image_pixels, which several images share); ask about fewer cameras at once, or give them smaller frames: {images} images fit when each gives at most {} tokens (about {} pixels, e.g. a camera topic resized by image_proc)", budget / images, budget / images * pixels_per_token)]
    ImageTokens {
        images: usize,
        tokens: usize,
        budget: usize,
        /// Pixels one image token stands for (the processor's factor, squared).
        pixels_per_token: usize,
    },

    #[error("{field} {value} is above the node's cap of {cap} (parameter {parameter}); ask for at most {cap}, or 0 for the default")]
    AboveCap {
        field: &'static str,
        value: u64,
        cap: u64,
        parameter: &'static str,
    },
}

/// Refuses a prompt of more than `max_chars` characters: a cheap check before tokenizing.
pub fn check_prompt_chars(prompt: &str, max_chars: usize) -> Result<(), LimitError> {
    // Counting stops just past the limit, so a huge prompt costs no more than a short one.
    let chars = prompt.chars().take(max_chars + 1).count();
    if chars > max_chars {
        return Err(LimitError::PromptChars {
            chars: prompt.chars().count(),
            max_chars,
        });
    }
    Ok(())
}

/// Refuses a prompt of more than `max_tokens` tokens.
pub fn check_prompt_tokens(tokens: usize, max_tokens: usize) -> Result<(), LimitError> {
    if tokens > max_tokens {
        return Err(LimitError::PromptTokens { tokens, max_tokens });
    }
    Ok(())
}

/// Refuses images whose tokens together exceed `budget` (what the memory plan sized for: one
/// image of the largest size): several cameras in one prompt share that budget.
pub fn check_image_tokens(
    per_image: &[usize],
    budget: usize,
    pixels_per_token: usize,
) -> Result<(), LimitError> {
    let tokens = per_image.iter().sum();
    if tokens > budget {
        return Err(LimitError::ImageTokens {
            images: per_image.len(),
            tokens,
            budget,
            pixels_per_token,
        });
    }
    Ok(())
}

/// The first chat-template control token in `prompt` (`<|im_start|>`, `<|image_pad|>`,
/// `<|vision_start|>`, ... : any `<|name|>` with a name of letters, digits and `_`). A caller's
/// text holding one would be tokenized as that control token and could forge turns or image
/// placeholders, so such a prompt is refused rather than silently altered.
pub fn reserved_token(prompt: &str) -> Option<&str> {
    let mut rest = prompt;
    let mut offset = 0;
    while let Some(start) = rest.find("<|") {
        let after = &rest[start + 2..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with("|>") {
            let begin = offset + start;
            return Some(&prompt[begin..begin + 2 + name_len + 2]);
        }
        offset += start + 2;
        rest = after;
    }
    None
}

/// Refuses `value` above `cap`; `field` and `parameter` name the request field and the node
/// parameter that caps it.
pub fn check_cap(
    field: &'static str,
    value: u64,
    cap: u64,
    parameter: &'static str,
) -> Result<(), LimitError> {
    if value > cap {
        return Err(LimitError::AboveCap {
            field,
            value,
            cap,
            parameter,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_replaced_and_everything_else_kept() {
        assert!(matches!(
            ros_safe("plain text"),
            Cow::Borrowed("plain text")
        ));
        assert_eq!(ros_safe("a\0b\0"), "a\u{FFFD}b\u{FFFD}");
        let mut text = "\0\u{1}\t\u{7f}é€😀".to_string();
        make_ros_safe(&mut text);
        assert_eq!(text, "\u{FFFD}\u{1}\t\u{7f}é€😀");
        assert!(!text.contains('\0'));
    }

    #[test]
    fn prompt_length_in_characters_not_bytes() {
        assert!(check_prompt_chars("ééé", 3).is_ok());
        let err = check_prompt_chars("éééé", 3).unwrap_err();
        assert_eq!(
            err.to_string(),
            "prompt too long: 4 characters, the limit (max_prompt_chars) is 3"
        );
        assert!(check_prompt_tokens(512, 512).is_ok());
        assert_eq!(
            check_prompt_tokens(513, 512).unwrap_err().to_string(),
            "prompt too long: 513 tokens, the limit (max_prompt_tokens) is 512"
        );
    }

    #[test]
    fn reserved_tokens_are_found_wherever_they_are() {
        assert_eq!(
            reserved_token("where is <|image_pad|> now"),
            Some("<|image_pad|>")
        );
        assert_eq!(reserved_token("<|im_end|>"), Some("<|im_end|>"));
        assert_eq!(reserved_token("a <| b |> c <|x"), None);
        assert_eq!(
            reserved_token("a <|<|vision_start|>"),
            Some("<|vision_start|>")
        );
        assert_eq!(reserved_token("the red mug | left <|"), None);
        let err = LimitError::ReservedToken {
            token: "<|image_pad|>".into(),
        };
        assert_eq!(
            err.to_string(),
            "the prompt holds '<|image_pad|>', a reserved token of the model's chat template; remove it"
        );
    }

    #[test]
    fn caps_name_the_field_the_value_and_the_parameter() {
        assert!(check_cap("max_new_tokens", 256, 256, "max_new_tokens_limit").is_ok());
        let err = check_cap(
            "timeout_ms",
            4_294_967_295,
            60_000,
            "query_timeout_limit_ms",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "timeout_ms 4294967295 is above the node's cap of 60000 (parameter query_timeout_limit_ms); \
             ask for at most 60000, or 0 for the default"
        );
    }

    #[test]
    fn images_share_one_image_token_budget() {
        assert!(check_image_tokens(&[1000, 1691], 2691, 784).is_ok());
        assert!(check_image_tokens(&[], 2691, 784).is_ok());
        let refused = check_image_tokens(&[2000, 2000], 2691, 784).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "the 2 images give 4000 image tokens, more than the 2691 the memory plan budgets (one image of max_image_pixels, which several images share); ask about fewer cameras at once, or give them smaller frames: 2 images fit when each gives at most 1345 tokens (about 1054480 pixels, e.g. a camera topic resized by image_proc)"
        );
    }
}
