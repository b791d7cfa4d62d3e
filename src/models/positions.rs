// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Multimodal rotary positions (M-RoPE): every prompt token's (temporal, height, width)
//! position, as transformers' `get_rope_index` gives them for Qwen2-VL and its successors.

use candle_core::Result;

/// Per-axis positions of a prompt and the offset decoding continues from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RopeIndex {
    /// `positions[axis][i]` for axis t, h, w.
    pub positions: [Vec<i64>; 3],
    /// Token `n` generated after the prompt sits at `n + delta` on every axis (`rope_deltas`).
    pub delta: i64,
}

/// Positions of `ids`: text tokens count up on all three axes; each run of image tokens gets
/// t = start, h = start + row, w = start + column over its merged grid, and the text after it
/// resumes at start + max(merged rows, merged columns).
pub fn rope_index(
    ids: &[u32],
    image_token_id: u32,
    grids: &[[usize; 3]],
    spatial_merge_size: usize,
) -> Result<RopeIndex> {
    let mut positions: [Vec<i64>; 3] = Default::default();
    let mut grids = grids.iter();
    let mut next = 0i64;
    let mut i = 0;
    while i < ids.len() {
        if ids[i] != image_token_id {
            for axis in &mut positions {
                axis.push(next);
            }
            next += 1;
            i += 1;
            continue;
        }
        let &[t, h, w] = grids
            .next()
            .ok_or_else(|| candle_core::Error::Msg("more image token runs than images".into()))?;
        let (mh, mw) = (h / spatial_merge_size, w / spatial_merge_size);
        let count = t * mh * mw;
        if ids[i..].len() < count || ids[i..i + count].iter().any(|&id| id != image_token_id) {
            candle_core::bail!("an image needs {count} consecutive image tokens in the prompt");
        }
        for frame in 0..t {
            for y in 0..mh {
                for x in 0..mw {
                    positions[0].push(next + frame as i64);
                    positions[1].push(next + y as i64);
                    positions[2].push(next + x as i64);
                }
            }
        }
        next += mh.max(mw) as i64;
        i += count;
    }
    if grids.next().is_some() {
        candle_core::bail!("more images than image token runs in the prompt");
    }
    let max = positions
        .iter()
        .flat_map(|a| a.iter().copied())
        .max()
        .unwrap_or(-1);
    Ok(RopeIndex {
        delta: max + 1 - ids.len() as i64,
        positions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rope_index_of_text_image_text() {
        // 2 text tokens, a 1 x 4 x 6 grid (2 x 3 merged), 2 text tokens.
        let img = 9;
        let ids = [1, 2, img, img, img, img, img, img, 3, 4];
        let r = rope_index(&ids, img, &[[1, 4, 6]], 2).unwrap();
        assert_eq!(r.positions[0], vec![0, 1, 2, 2, 2, 2, 2, 2, 5, 6]);
        assert_eq!(r.positions[1], vec![0, 1, 2, 2, 2, 3, 3, 3, 5, 6]);
        assert_eq!(r.positions[2], vec![0, 1, 2, 3, 4, 2, 3, 4, 5, 6]);
        assert_eq!(r.delta, 7 - 10);
        assert!(rope_index(&ids[..5], img, &[[1, 4, 6]], 2).is_err());
        assert!(rope_index(&ids, img, &[], 2).is_err());
    }
}
