// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What the binaries share on their command lines: which arguments are ROS's, and writing to a
//! stdout that may be closed or full.

use std::io::{self, Write};

/// The arguments that are not ROS's: ROS (rcl) takes everything from `--ros-args` up to a lone
/// `--` (or the end), and there may be several such sections. The binaries parse the rest as
/// their own flags and refuse what they do not know.
pub fn non_ros_args<S: AsRef<str>>(args: &[S]) -> Vec<String> {
    let mut own = Vec::new();
    let mut in_ros = false;
    for arg in args {
        let arg = arg.as_ref();
        match (in_ros, arg) {
            (_, "--ros-args") => in_ros = true,
            (true, "--") => in_ros = false,
            (true, _) => {}
            (false, _) => own.push(arg.to_string()),
        }
    }
    own
}

/// Runs `write` on a locked, flushed stdout. A reader that went away (`| head -1`: a broken
/// pipe) is not an error: the output was not wanted any further. Any other failure (`>
/// /dev/full`) is, with what failed in its text.
pub fn write_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = write(&mut out).and_then(|()| out.flush());
    closed_reader_is_fine(written)
}

/// `result`, with a broken pipe taken as done.
pub fn closed_reader_is_fine(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ros_sections_are_left_out_and_the_rest_kept_in_order() {
        let args = [
            "--print-params",
            "--ros-args",
            "-p",
            "a:=1",
            "--params-file",
            "x.yaml",
            "--",
            "--markdown",
            "--ros-args",
            "-r",
            "__node:=n",
        ];
        assert_eq!(non_ros_args(&args), ["--print-params", "--markdown"]);
        // A `--` outside a ROS section is the program's own.
        assert_eq!(non_ros_args(&["--", "x"]), ["--", "x"]);
        assert!(non_ros_args::<&str>(&[]).is_empty());
        assert_eq!(
            non_ros_args(&["--no-such-flag", "--ros-args"]),
            ["--no-such-flag"]
        );
    }

    #[test]
    fn a_broken_pipe_is_done_and_a_full_disk_an_error() {
        let broken = io::Error::new(io::ErrorKind::BrokenPipe, "closed");
        assert!(closed_reader_is_fine(Err(broken)).is_ok());
        let full = io::Error::from_raw_os_error(28); // ENOSPC
        assert!(closed_reader_is_fine(Err(full)).is_err());
    }
}
