// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The Qwen chat template (ChatML with vision markers) for one user turn, and its tokenization
//! with the image placeholder expanded to one `<|image_pad|>` per merged image patch (as the
//! processor does).

use tokenizers::Tokenizer;

use crate::models::Family;

pub const IMAGE_PAD: &str = "<|image_pad|>";

/// A family's chat template, as far as one user turn sees it: the families differ in the system
/// message written when the conversation has none (Qwen2.5-VL's "You are a helpful
/// assistant."; Qwen3-VL's template writes no system block then).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChatTemplate {
    pub default_system: Option<&'static str>,
}

impl ChatTemplate {
    pub fn of(family: Family) -> Self {
        Self {
            default_system: family.default_system_message(),
        }
    }
}

/// One user turn to render.
#[derive(Debug, Clone, Default)]
pub struct ChatPrompt<'a> {
    /// None renders the template's default system message, if it has one.
    pub system: Option<&'a str>,
    pub user_text: &'a str,
    pub has_image: bool,
    /// Text appended after `<|im_start|>assistant\n` (RoboBrain's `<think>` switches).
    pub assistant_prefix: &'a str,
}

impl ChatPrompt<'_> {
    /// The prompt text exactly as the checkpoint's chat template renders it (one image pad).
    pub fn render(&self, template: &ChatTemplate) -> String {
        self.render_with_images(usize::from(self.has_image), template)
    }

    /// The prompt with `images` image placeholders before the text, in order (the chat
    /// template's rendering of several image parts, as for RoboBrain's multi-view questions).
    pub fn render_with_images(&self, images: usize, template: &ChatTemplate) -> String {
        let system = self
            .system
            .or(template.default_system)
            .map(|system| format!("<|im_start|>system\n{system}<|im_end|>\n"))
            .unwrap_or_default();
        let image = "<|vision_start|><|image_pad|><|vision_end|>".repeat(images);
        format!(
            "{system}<|im_start|>user\n{image}{}<|im_end|>\n<|im_start|>assistant\n{}",
            self.user_text, self.assistant_prefix
        )
    }
}

/// Token ids of `rendered` with its single image pad repeated `image_tokens` times.
pub fn tokenize(
    tokenizer: &Tokenizer,
    rendered: &str,
    image_tokens: usize,
) -> anyhow::Result<Vec<u32>> {
    let counts: &[usize] = if image_tokens > 0 {
        &[image_tokens]
    } else {
        &[]
    };
    tokenize_images(tokenizer, rendered, counts)
}

/// Token ids of `rendered` with its i-th image pad repeated `image_tokens[i]` times: each image
/// of a multi-image prompt has its own size, so its own run of pads.
pub fn tokenize_images(
    tokenizer: &Tokenizer,
    rendered: &str,
    image_tokens: &[usize],
) -> anyhow::Result<Vec<u32>> {
    let placeholders = rendered.matches(IMAGE_PAD).count();
    anyhow::ensure!(
        image_tokens.is_empty() || placeholders == image_tokens.len(),
        "the prompt holds {placeholders} image placeholders for {} images",
        image_tokens.len()
    );
    let text = if image_tokens.is_empty() {
        rendered.to_string()
    } else {
        let mut parts = rendered.split(IMAGE_PAD);
        let mut text = parts.next().unwrap_or_default().to_string();
        for (part, &count) in parts.zip(image_tokens) {
            text.push_str(&IMAGE_PAD.repeat(count));
            text.push_str(part);
        }
        text
    };
    let encoding = tokenizer
        .encode(text, false)
        .map_err(|e| anyhow::anyhow!("tokenizing the prompt failed: {e}"))?;
    Ok(encoding.get_ids().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_reference_layout() {
        let qwen25 = ChatTemplate {
            default_system: Some("You are a helpful assistant."),
        };
        let p = ChatPrompt {
            user_text: "Where is the cup?",
            has_image: true,
            ..Default::default()
        };
        assert_eq!(
            p.render(&qwen25),
            "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n<|vision_start|><|image_pad|><|vision_end|>Where is the cup?<|im_end|>\n<|im_start|>assistant\n"
        );
        let p = ChatPrompt {
            system: Some("Be brief."),
            user_text: "Hi",
            assistant_prefix: "<think>",
            ..Default::default()
        };
        assert_eq!(
            p.render(&qwen25),
            "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n<think>"
        );
    }

    #[test]
    fn a_template_without_a_default_system_writes_none() {
        let qwen3 = ChatTemplate {
            default_system: None,
        };
        let p = ChatPrompt {
            user_text: "Where is the cup?",
            has_image: true,
            ..Default::default()
        };
        assert_eq!(
            p.render(&qwen3),
            "<|im_start|>user\n<|vision_start|><|image_pad|><|vision_end|>Where is the cup?<|im_end|>\n<|im_start|>assistant\n"
        );
        let given = ChatPrompt {
            system: Some("Be brief."),
            ..p
        };
        assert!(given
            .render(&qwen3)
            .starts_with("<|im_start|>system\nBe brief.<|im_end|>\n"));
    }
}
