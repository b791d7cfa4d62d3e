// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The middleware settings the node chooses for itself before ROS starts.
//!
//! Fast DDS (ROS 2's default middleware) keeps each reader's and writer's payload buffers at the
//! largest message they ever held: one refused 192 MB inline image raised the node's RSS from 53
//! to 245 MB for good. The node's profile (`config/fastdds-memory.xml`) makes those buffers
//! per message, and RSS came back to within 1 MB; 1080p frames at 15 Hz then cost 0.5 % of a core
//! more (docs/reliability.md). It applies only where Fast DDS is not configured already: a user's
//! own profile or `RMW_FASTRTPS_USE_QOS_FROM_XML` always wins.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The profile, as the package installs it (share/robobrain/config).
const PROFILE: &str = include_str!("../../config/fastdds-memory.xml");

/// What the node chose, for its first log lines (the ROS logger exists only later).
static CHOSEN: OnceLock<String> = OnceLock::new();

/// Whether the node applies its Fast DDS profile, and why not when it does not.
#[derive(Debug, PartialEq, Eq)]
pub enum FastDdsMemory {
    Apply,
    Leave(String),
}

/// The choice, from the environment (`var`) and the files Fast DDS would read from the working
/// directory (`in_working_dir`). Pure, for tests.
pub fn choose(
    var: impl Fn(&str) -> Option<String>,
    in_working_dir: impl Fn(&str) -> bool,
) -> FastDdsMemory {
    if let Some(rmw) = var("RMW_IMPLEMENTATION").filter(|rmw| !rmw.is_empty()) {
        if !rmw.starts_with("rmw_fastrtps") {
            return FastDdsMemory::Leave(format!("RMW_IMPLEMENTATION is {rmw}"));
        }
    }
    for name in [
        "RMW_FASTRTPS_USE_QOS_FROM_XML",
        "FASTRTPS_DEFAULT_PROFILES_FILE",
        "FASTDDS_DEFAULT_PROFILES_FILE",
    ] {
        if var(name).is_some() {
            return FastDdsMemory::Leave(format!("{name} is set"));
        }
    }
    for file in [
        "DEFAULT_FASTRTPS_PROFILES.xml",
        "DEFAULT_FASTDDS_PROFILES.xml",
    ] {
        if in_working_dir(file) {
            return FastDdsMemory::Leave(format!("{file} is in the working directory"));
        }
    }
    FastDdsMemory::Apply
}

/// Applies the node's Fast DDS profile where [`choose`] says so. Call before ROS starts and
/// before any other thread does (it sets environment variables the middleware reads at start).
pub fn configure_before_ros() {
    let chosen = match choose(
        |name| std::env::var(name).ok(),
        |file| Path::new(file).exists(),
    ) {
        FastDdsMemory::Leave(why) => format!(
            "Fast DDS memory: as configured ({why}); the node's profile, which gives a large \
             message's memory back, is not applied"
        ),
        FastDdsMemory::Apply => match write_profile(&std::env::temp_dir()) {
            Ok(path) => {
                std::env::set_var("FASTRTPS_DEFAULT_PROFILES_FILE", &path);
                std::env::set_var("RMW_FASTRTPS_USE_QOS_FROM_XML", "1");
                format!(
                    "Fast DDS memory: payloads per message, given back after use ({}); set \
                     RMW_FASTRTPS_USE_QOS_FROM_XML=0 to keep rmw_fastrtps' reused buffers",
                    path.display()
                )
            }
            Err(e) => format!(
                "Fast DDS memory: rmw_fastrtps' reused buffers (writing the node's profile \
                 failed: {e})"
            ),
        },
    };
    let _ = CHOSEN.set(chosen);
}

/// What [`configure_before_ros`] chose, once it ran.
pub fn chosen() -> Option<&'static str> {
    CHOSEN.get().map(String::as_str)
}

/// Writes the profile into `dir` under a name of its content, so that every node of one user
/// shares one file and a changed profile gets a new one. Written aside and renamed: a node
/// starting beside another never reads half a file.
fn write_profile(dir: &Path) -> std::io::Result<PathBuf> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    PROFILE.hash(&mut hasher);
    let uid = current_uid();
    let path = dir.join(format!(
        "robobrain-fastdds-memory-{uid}-{:016x}.xml",
        hasher.finish()
    ));
    if std::fs::read_to_string(&path).is_ok_and(|text| text == PROFILE) {
        return Ok(path);
    }
    let aside = dir.join(format!(
        "{}.{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("profile"),
        std::process::id()
    ));
    std::fs::write(&aside, PROFILE)?;
    std::fs::rename(&aside, &path)?;
    Ok(path)
}

/// The user's id, so that users sharing a temporary directory do not share (or block) a file.
fn current_uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(vars: &[(&str, &str)], files: &[&str]) -> FastDdsMemory {
        choose(
            |name| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            },
            |file| files.contains(&file),
        )
    }

    #[test]
    fn applies_only_where_fast_dds_is_not_configured_already() {
        assert_eq!(choice(&[], &[]), FastDdsMemory::Apply);
        assert_eq!(
            choice(&[("RMW_IMPLEMENTATION", "rmw_fastrtps_cpp")], &[]),
            FastDdsMemory::Apply
        );
        assert_eq!(
            choice(&[("RMW_IMPLEMENTATION", "")], &[]),
            FastDdsMemory::Apply
        );
        for (vars, files, why) in [
            (
                &[("RMW_IMPLEMENTATION", "rmw_cyclonedds_cpp")][..],
                &[][..],
                "RMW_IMPLEMENTATION is rmw_cyclonedds_cpp",
            ),
            (
                &[("RMW_FASTRTPS_USE_QOS_FROM_XML", "0")],
                &[],
                "RMW_FASTRTPS_USE_QOS_FROM_XML is set",
            ),
            (
                &[("FASTRTPS_DEFAULT_PROFILES_FILE", "/x.xml")],
                &[],
                "FASTRTPS_DEFAULT_PROFILES_FILE is set",
            ),
            (
                &[],
                &["DEFAULT_FASTRTPS_PROFILES.xml"],
                "DEFAULT_FASTRTPS_PROFILES.xml is in the working directory",
            ),
        ] {
            assert_eq!(choice(vars, files), FastDdsMemory::Leave(why.to_string()));
        }
    }

    #[test]
    fn the_profile_is_written_once_and_read_back_whole() {
        let dir = std::env::temp_dir().join(format!("robobrain-mw-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let first = write_profile(&dir).unwrap();
        let second = write_profile(&dir).unwrap();
        assert_eq!(first, second);
        assert_eq!(std::fs::read_to_string(&first).unwrap(), PROFILE);
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "no file left aside"
        );
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(PROFILE.contains("<historyMemoryPolicy>DYNAMIC</historyMemoryPolicy>"));
    }
}
