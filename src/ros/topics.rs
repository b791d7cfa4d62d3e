// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Which depth and CameraInfo topics go with a colour topic: the naming convention of
//! RealSense-style drivers and image_transport, or the user's lists.

/// The colour topic without an image_transport suffix, split into its namespace and last name.
fn split_image_topic(color_topic: &str) -> (&str, &str) {
    let topic = color_topic
        .strip_suffix("/compressed")
        .unwrap_or(color_topic)
        .trim_end_matches('/');
    topic.rsplit_once('/').unwrap_or(("", topic))
}

/// The CameraInfo topic of a colour topic: `camera_info` next to the image, as image_transport
/// publishes it (`/camera/color/image_raw` -> `/camera/color/camera_info`).
pub fn derived_camera_info_topic(color_topic: &str) -> String {
    let (namespace, _) = split_image_topic(color_topic);
    format!("{namespace}/camera_info")
}

/// The aligned depth topic of a colour topic, as RealSense-style drivers name it: the `color`
/// (or `rgb`) namespace becomes `aligned_depth_to_color` (`/camera/color/image_raw` ->
/// `/camera/aligned_depth_to_color/image_raw`); a topic without one gets it added
/// (`/camera/image_raw` -> `/camera/aligned_depth_to_color/image_raw`).
pub fn derived_depth_topic(color_topic: &str) -> String {
    let (namespace, _) = split_image_topic(color_topic);
    let parent = match namespace.rsplit_once('/') {
        Some((parent, "color" | "rgb")) => parent,
        _ => namespace,
    };
    format!("{parent}/aligned_depth_to_color/image_raw")
}

/// A parameter list of companion topics (depth or CameraInfo) resolved against the colour
/// topics: entry i belongs to colour topic i; `auto` (and a missing entry past the list's end)
/// derives the topic with `derive`; `none` or an empty entry means that camera has none. A list
/// longer than the colour topics is refused, naming `parameter`.
pub fn companion_topics(
    parameter: &str,
    given: &[String],
    color_topics: &[String],
    derive: fn(&str) -> String,
) -> Result<Vec<Option<String>>, String> {
    if given.len() > color_topics.len() {
        return Err(format!(
            "parameter {parameter} has {} entries for {} camera_topics: give one per camera, in the same order ('auto' derives it, 'none' turns it off)",
            given.len(),
            color_topics.len()
        ));
    }
    Ok(color_topics
        .iter()
        .enumerate()
        .map(|(i, color)| match given.get(i).map(|t| t.trim()) {
            None | Some("auto") => Some(derive(color)),
            Some("" | "none") => None,
            Some(topic) => Some(topic.to_string()),
        })
        .collect())
}

/// Why `name` is not a ROS 2 topic name (rcl's rules: letters, digits, `_` and `/`; a leading
/// `~` for the node's private namespace; no empty part, no part starting with a digit, no
/// trailing `/`). Substitutions (`{node}`) are refused too: a camera topic is named outright.
/// Checked here so that the error names the parameter, not rcl's RCL_RET_TOPIC_NAME_INVALID.
pub fn topic_name_error(name: &str) -> Option<String> {
    let body = match name.strip_prefix('~') {
        Some("") => return None,
        Some(rest) if !rest.starts_with('/') => {
            return Some("'~' must be followed by '/' (the node's private namespace)".into())
        }
        Some(rest) => rest,
        None => name,
    };
    if name.is_empty() {
        return Some("it is empty".into());
    }
    if let Some(bad) = body
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '/'))
    {
        return Some(format!(
            "'{}' is not allowed (letters, digits, '_' and '/' only)",
            bad.escape_default()
        ));
    }
    if body.ends_with('/') {
        return Some("it ends with '/'".into());
    }
    let parts = body.strip_prefix('/').unwrap_or(body);
    if parts.split('/').any(str::is_empty) {
        return Some("it has an empty part ('//')".into());
    }
    if parts
        .split('/')
        .any(|part| part.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some("a part starts with a digit".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companion_topics_follow_the_naming_convention_or_the_lists() {
        assert_eq!(
            derived_depth_topic("/camera/color/image_raw"),
            "/camera/aligned_depth_to_color/image_raw"
        );
        assert_eq!(
            derived_camera_info_topic("/camera/color/image_raw"),
            "/camera/color/camera_info"
        );
        assert_eq!(
            derived_depth_topic("/wrist/color/image_raw/compressed"),
            "/wrist/aligned_depth_to_color/image_raw"
        );
        assert_eq!(
            derived_camera_info_topic("/wrist/color/image_raw/compressed"),
            "/wrist/color/camera_info"
        );
        assert_eq!(
            derived_depth_topic("/camera/image_raw"),
            "/camera/aligned_depth_to_color/image_raw"
        );
        assert_eq!(
            derived_camera_info_topic("/camera/image_raw"),
            "/camera/camera_info"
        );
        assert_eq!(derived_camera_info_topic("image_raw"), "/camera_info");

        let colors = ["/a/color/image_raw".to_string(), "/b/image_raw".to_string()];
        let resolved = companion_topics(
            "depth_topics",
            &["auto".into()],
            &colors,
            derived_depth_topic,
        )
        .unwrap();
        assert_eq!(
            resolved,
            [
                Some("/a/aligned_depth_to_color/image_raw".to_string()),
                Some("/b/aligned_depth_to_color/image_raw".to_string())
            ]
        );
        let resolved = companion_topics(
            "depth_topics",
            &["none".into(), " /b/depth ".into()],
            &colors,
            derived_depth_topic,
        )
        .unwrap();
        assert_eq!(resolved, [None, Some("/b/depth".to_string())]);
        let too_many = companion_topics(
            "camera_info_topics",
            &["a".into(), "b".into(), "c".into()],
            &colors,
            derived_camera_info_topic,
        )
        .unwrap_err();
        assert!(
            too_many.contains("camera_info_topics has 3 entries for 2"),
            "{too_many}"
        );
    }

    #[test]
    fn topic_names_follow_rcl_rules() {
        for good in [
            "/camera/image_raw",
            "camera/image_raw",
            "/wrist/color/image_raw/compressed",
            "~/image",
            "~",
            "/a_1/_b",
        ] {
            assert_eq!(topic_name_error(good), None, "{good}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("/camera/", "ends with '/'"),
            ("/camera//image", "empty part"),
            ("/camera/1image", "starts with a digit"),
            ("/camera image", "' ' is not allowed"),
            ("/cam-era", "'-' is not allowed"),
            ("/cam\u{e9}ra", "is not allowed"),
            ("/{node}/image", "'{' is not allowed"),
            ("~image", "'~' must be followed by '/'"),
            ("/a/~/b", "'~' is not allowed"),
        ] {
            let error = topic_name_error(bad).unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert!(error.contains(why), "{bad:?}: {error}");
        }
    }
}
