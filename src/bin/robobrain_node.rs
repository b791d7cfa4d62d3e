// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `robobrain_node`: the RoboBrain ROS 2 node. See docs/parameters.md and docs/interfaces.md.
//!
//! `robobrain_node --print-params` lists the declared parameters (name, type, default,
//! description; `--markdown`: the table of docs/parameters.md) without starting ROS; the arguments from
//! `--ros-args` (up to a lone `--`) go to rcl, and any other argument is refused.

use std::process::ExitCode;

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "robobrain_node",
    version,
    about = "The RoboBrain ROS 2 node: serves ~/query (robobrain_msgs/srv/Query) and ~/query_stream \
             about the latest camera frames, and publishes /diagnostics.",
    after_help = "ROS arguments: everything from --ros-args up to a lone -- goes to ROS, e.g.\n  \
                  robobrain_node --ros-args --params-file config/robobrain.yaml -p backend:=remote \
                  -r __node:=robobrain"
)]
struct Args {
    /// List the declared parameters (name, type, default, description; tab-separated) and exit
    /// without starting ROS.
    #[arg(long)]
    print_params: bool,
    /// With --print-params: the parameter table as Markdown (that of docs/parameters.md).
    #[arg(long, requires = "print_params")]
    markdown: bool,
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    let own = robobrain::cli::non_ros_args(&all);
    let args = match Args::try_parse_from(std::iter::once("robobrain_node".to_string()).chain(own))
    {
        Ok(args) => args,
        // --help and --version come here too (to stdout, exit 0); clap ignores a closed stdout.
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    if args.print_params {
        let text = if args.markdown {
            robobrain::ros::params::markdown_table()
        } else {
            robobrain::ros::params::declared_listing()
        };
        return match robobrain::cli::write_stdout(|out| out.write_all(text.as_bytes())) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("robobrain_node: writing the parameters: {e}");
                ExitCode::FAILURE
            }
        };
    }
    robobrain::quant::KernelOptions::from_env().install();
    // While this is the only thread: it sets the environment the middleware reads at start.
    robobrain::ros::middleware::configure_before_ros();

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("robobrain_node: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(robobrain::ros::run_node()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("robobrain_node: {e:#}");
            ExitCode::FAILURE
        }
    }
}
