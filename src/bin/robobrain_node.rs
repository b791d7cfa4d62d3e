//! `robobrain_node`: the RoboBrain ROS 2 node. See docs/parameters.md and docs/interfaces.md.
//!
//! `robobrain_node --print-params` lists the declared parameters (name, type, default,
//! description; `--markdown`: the table of docs/parameters.md) without starting ROS; everything else goes to rcl (`--ros-args ...`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let before_ros_args = || args.iter().take_while(|a| a.as_str() != "--ros-args");
    if before_ros_args().any(|a| a == "--print-params") {
        if before_ros_args().any(|a| a == "--markdown") {
            print!("{}", robobrain::ros::params::markdown_table());
        } else {
            robobrain::ros::params::print_declared();
        }
        return ExitCode::SUCCESS;
    }
    if before_ros_args().any(|a| a == "--help" || a == "-h") {
        println!(
            "usage: robobrain_node [--print-params] [--ros-args -p name:=value | --params-file FILE ...]\n\
             Serves ~/query (robobrain_msgs/srv/Query) about the latest camera frames and publishes /diagnostics."
        );
        return ExitCode::SUCCESS;
    }
    robobrain::quant::KernelOptions::from_env().install();

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
