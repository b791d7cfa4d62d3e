// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `demo_camera`: publishes a generated test picture (or the images of a folder, in turn) as a
//! camera would, so the node can be tried without a robot.
//!
//! `demo_camera --help` lists the options. A topic ending in `/compressed` publishes
//! sensor_msgs/CompressedImage (JPEG) instead of Image.
//!
//! `--depth` also publishes an aligned depth image and a CameraInfo of a known synthetic scene,
//! stamped like the colour frame (plus `--depth-stamp-offset-ms` on the depth, to try pairing),
//! on the topics the node derives by default (see [`robobrain::ros::topics`]):
//! - the camera looks straight down at a table 1.0 m away (every pixel's depth is 1.0 m) with a
//!   box on it whose top is 0.7 m from the camera: the middle fifth of the image in both
//!   directions (columns `[2w/5, 3w/5)`, rows `[2h/5, 3h/5)`), drawn brown in the colour frame;
//! - intrinsics: `fx = fy = 0.9 w`, `cx = w/2`, `cy = h/2`, no distortion (`plumb_bob`, D = 0);
//! - the depth image is `w/N x h/N` for `--depth-scale N` (default 1), `16UC1` millimetres by
//!   default or `32FC1` metres.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context as _};
use image::RgbImage;
use r2r::sensor_msgs::msg::{CameraInfo, CompressedImage, Image};
use r2r::std_msgs::msg::Header;
use r2r::QosProfile;
use robobrain::ros::topics::{derived_camera_info_topic, derived_depth_topic};
use tokio::signal::unix::{signal, SignalKind};

struct Options {
    topic: String,
    rate_hz: f64,
    width: u32,
    height: u32,
    encoding: String,
    folder: Option<PathBuf>,
    frame_id: String,
    best_effort: bool,
    depth: Option<DepthOptions>,
}

/// The synthetic scene's depth and CameraInfo publishing.
struct DepthOptions {
    depth_topic: String,
    camera_info_topic: String,
    encoding: String,
    scale: u32,
    stamp_offset_ms: i64,
}

/// The scene's distances, metres.
const TABLE_M: f32 = 1.0;
const BOX_TOP_M: f32 = 0.7;

/// The most pixels a frame may have (8192 x 8192: an 8K camera fits; 201 MB as rgb8), and the
/// most on a side: a size past these is refused before anything is allocated.
const MAX_FRAME_PIXELS: u64 = 8192 * 8192;
const MAX_SIDE: u32 = 16384;

#[derive(clap::Parser)]
#[command(
    name = "demo_camera",
    version,
    about = "Publishes a generated test picture (or a folder's images, in turn) as a camera \
             would, to try robobrain_node without a robot. A topic ending in /compressed \
             publishes sensor_msgs/CompressedImage (JPEG) instead of Image.",
    after_help = "ROS arguments: everything from --ros-args up to a lone -- goes to ROS."
)]
struct Args {
    /// Topic of the colour frames.
    #[arg(long, default_value = "/camera/image_raw")]
    topic: String,
    /// Frames per second, in (0, 1000].
    #[arg(long, value_name = "HZ", default_value_t = 5.0)]
    rate: f64,
    /// Frame width in pixels.
    #[arg(long, value_name = "PIXELS", default_value_t = 1280,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_SIDE)))]
    width: u32,
    /// Frame height in pixels.
    #[arg(long, value_name = "PIXELS", default_value_t = 720,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_SIDE)))]
    height: u32,
    /// Pixel encoding of raw frames.
    #[arg(long, default_value = "rgb8", value_parser = ["rgb8", "bgr8", "mono8"])]
    encoding: String,
    /// Publish this folder's images in turn instead of the generated picture.
    #[arg(long, value_name = "DIR")]
    folder: Option<PathBuf>,
    /// frame_id of the published headers.
    #[arg(long, value_name = "ID", default_value = "demo_camera")]
    frame_id: String,
    /// Best-effort QoS instead of reliable.
    #[arg(long)]
    best_effort: bool,
    /// Also publish the synthetic scene's aligned depth and CameraInfo.
    #[arg(long)]
    depth: bool,
    /// Depth topic (default: the one the node derives from --topic).
    #[arg(long, value_name = "TOPIC", requires = "depth")]
    depth_topic: Option<String>,
    /// CameraInfo topic (default: the one the node derives from --topic).
    #[arg(long, value_name = "TOPIC", requires = "depth")]
    camera_info_topic: Option<String>,
    /// Depth encoding: millimetres (16UC1) or metres (32FC1).
    #[arg(long, default_value = "16UC1", value_parser = ["16UC1", "32FC1"])]
    depth_encoding: String,
    /// The depth image is 1/N of the colour frame on each side; N divides width and height.
    #[arg(long, value_name = "N", default_value_t = 1)]
    depth_scale: u32,
    /// Added to the depth image's stamp, to try the node's pairing.
    #[arg(
        long,
        value_name = "MS",
        default_value_t = 0,
        allow_negative_numbers = true
    )]
    depth_stamp_offset_ms: i64,
}

/// The options from the arguments that are not ROS's; Err is clap's (usage, --help, --version
/// included) or a combination clap cannot check.
fn parse_options(own: Vec<String>) -> Result<anyhow::Result<Options>, clap::Error> {
    use clap::Parser as _;
    let args = Args::try_parse_from(std::iter::once("demo_camera".to_string()).chain(own))?;
    Ok(checked_options(args))
}

fn checked_options(args: Args) -> anyhow::Result<Options> {
    if !(args.rate > 0.0 && args.rate <= 1000.0) {
        bail!("--rate must be in (0, 1000] Hz");
    }
    let pixels = u64::from(args.width) * u64::from(args.height);
    if pixels > MAX_FRAME_PIXELS {
        bail!(
            "--width {} x --height {} is {pixels} pixels; demo_camera makes frames of at most {MAX_FRAME_PIXELS} pixels ({MAX_SIDE} on a side)",
            args.width,
            args.height
        );
    }
    let depth = if args.depth {
        if args.depth_scale == 0
            || !args.width.is_multiple_of(args.depth_scale)
            || !args.height.is_multiple_of(args.depth_scale)
        {
            bail!("--depth-scale must divide --width and --height");
        }
        Some(DepthOptions {
            depth_topic: args
                .depth_topic
                .unwrap_or_else(|| derived_depth_topic(&args.topic)),
            camera_info_topic: args
                .camera_info_topic
                .unwrap_or_else(|| derived_camera_info_topic(&args.topic)),
            encoding: args.depth_encoding,
            scale: args.depth_scale,
            stamp_offset_ms: args.depth_stamp_offset_ms,
        })
    } else {
        None
    };
    Ok(Options {
        topic: args.topic,
        rate_hz: args.rate,
        width: args.width,
        height: args.height,
        encoding: args.encoding,
        folder: args.folder,
        frame_id: args.frame_id,
        best_effort: args.best_effort,
        depth,
    })
}

/// The background of generated frames: a colour gradient (made once; debug builds are slow
/// per pixel).
fn gradient(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 160])
    })
}

/// The gradient with a red square that moves a step per frame (shows that frames are fresh).
fn generated_frame(background: &RgbImage, index: u64) -> RgbImage {
    let (width, height) = background.dimensions();
    let side = (width.min(height) / 5).max(1);
    let left = ((index * 8) % u64::from(width.saturating_sub(side).max(1))) as u32;
    let top = (height - side) / 2;
    let mut frame = background.clone();
    let red = [220u8, 30, 30].repeat(side.min(width - left) as usize);
    let stride = width as usize * 3;
    let pixels: &mut [u8] = &mut frame;
    for y in top..top + side {
        let start = y as usize * stride + left as usize * 3;
        pixels[start..start + red.len()].copy_from_slice(&red);
    }
    frame
}

/// The box's pixel rectangle in an image of `width` x `height`: [x0, x1) x [y0, y1).
fn box_rectangle(width: u32, height: u32) -> (u32, u32, u32, u32) {
    (2 * width / 5, 3 * width / 5, 2 * height / 5, 3 * height / 5)
}

/// The scene's colour frame: the gradient (the table) with the box drawn brown on it.
fn scene_frame(background: &RgbImage) -> RgbImage {
    let (width, height) = background.dimensions();
    let (x0, x1, y0, y1) = box_rectangle(width, height);
    let mut frame = background.clone();
    for y in y0..y1 {
        for x in x0..x1 {
            frame.put_pixel(x, y, image::Rgb([140, 90, 40]));
        }
    }
    frame
}

/// The scene's depth image at 1/`scale` of the colour size, in `encoding`. A depth pixel covers
/// `scale` x `scale` colour pixels; it reads the box top when its first colour pixel is on it
/// (the box edges are multiples of `scale` whenever width and height are multiples of 5 * scale).
fn depth_message(width: u32, height: u32, options: &DepthOptions, header: Header) -> Image {
    let (dw, dh) = (width / options.scale, height / options.scale);
    let (x0, x1, y0, y1) = box_rectangle(width, height);
    let metres = |x: u32, y: u32| {
        let (u, v) = (x * options.scale, y * options.scale);
        if (x0..x1).contains(&u) && (y0..y1).contains(&v) {
            BOX_TOP_M
        } else {
            TABLE_M
        }
    };
    let (data, bytes) = match options.encoding.as_str() {
        "32FC1" => (
            (0..dh)
                .flat_map(|y| (0..dw).map(move |x| (x, y)))
                .flat_map(|(x, y)| metres(x, y).to_le_bytes())
                .collect(),
            4,
        ),
        _ => (
            (0..dh)
                .flat_map(|y| (0..dw).map(move |x| (x, y)))
                .flat_map(|(x, y)| ((metres(x, y) * 1000.0).round() as u16).to_le_bytes())
                .collect::<Vec<u8>>(),
            2,
        ),
    };
    Image {
        header,
        height: dh,
        width: dw,
        encoding: options.encoding.clone(),
        is_bigendian: 0,
        step: dw * bytes,
        data,
    }
}

/// The scene's CameraInfo: fx = fy = 0.9 w, principal point at the centre, no distortion.
fn camera_info_message(width: u32, height: u32, header: Header) -> CameraInfo {
    let f = 0.9 * f64::from(width);
    let (cx, cy) = (f64::from(width) / 2.0, f64::from(height) / 2.0);
    CameraInfo {
        header,
        width,
        height,
        distortion_model: "plumb_bob".into(),
        d: vec![0.0; 5],
        k: vec![f, 0.0, cx, 0.0, f, cy, 0.0, 0.0, 1.0],
        r: vec![1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
        p: vec![f, 0.0, cx, 0.0, 0.0, f, cy, 0.0, 0.0, 0.0, 1.0, 0.0],
        ..Default::default()
    }
}

/// `header` moved by `ms` milliseconds.
fn shifted(header: &Header, ms: i64) -> Header {
    let ns = i64::from(header.stamp.sec) * 1_000_000_000
        + i64::from(header.stamp.nanosec)
        + ms * 1_000_000;
    Header {
        stamp: r2r::builtin_interfaces::msg::Time {
            sec: ns.div_euclid(1_000_000_000) as i32,
            nanosec: ns.rem_euclid(1_000_000_000) as u32,
        },
        frame_id: header.frame_id.clone(),
    }
}

fn folder_frames(folder: &PathBuf) -> anyhow::Result<Vec<RgbImage>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .with_context(|| format!("reading {}", folder.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["png", "jpg", "jpeg"].contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        bail!("no png/jpg images in {}", folder.display());
    }
    paths
        .iter()
        .map(|p| {
            Ok(image::open(p)
                .with_context(|| format!("reading {}", p.display()))?
                .into_rgb8())
        })
        .collect()
}

fn header(frame_id: &str) -> Header {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Header {
        stamp: r2r::builtin_interfaces::msg::Time {
            sec: now.as_secs() as i32,
            nanosec: now.subsec_nanos(),
        },
        frame_id: frame_id.to_string(),
    }
}

fn raw_message(rgb: &RgbImage, encoding: &str, header: Header) -> Image {
    let (width, height) = rgb.dimensions();
    let (data, channels): (Vec<u8>, u32) = match encoding {
        "bgr8" => (rgb.pixels().flat_map(|p| [p[2], p[1], p[0]]).collect(), 3),
        "mono8" => (
            rgb.pixels()
                .map(|p| {
                    ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000)
                        as u8
                })
                .collect(),
            1,
        ),
        _ => (rgb.as_raw().clone(), 3),
    };
    Image {
        header,
        height,
        width,
        encoding: encoding.to_string(),
        is_bigendian: 0,
        step: width * channels,
        data,
    }
}

fn jpeg_message(rgb: &RgbImage, header: Header) -> anyhow::Result<CompressedImage> {
    let mut jpeg = std::io::Cursor::new(Vec::new());
    rgb.write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .context("JPEG encoding")?;
    Ok(CompressedImage {
        header,
        format: "jpeg".into(),
        data: jpeg.into_inner(),
    })
}

async fn run(options: Options) -> anyhow::Result<()> {
    let mut sigterm = signal(SignalKind::terminate())?;
    let mut sigint = signal(SignalKind::interrupt())?;
    let context = r2r::Context::create()?;
    let mut node = r2r::Node::create(context, "demo_camera", "")?;
    let qos = if options.best_effort {
        QosProfile::default().keep_last(1).best_effort()
    } else {
        QosProfile::default().keep_last(1).reliable()
    };
    let compressed = options.topic.ends_with("/compressed");
    let raw_publisher = (!compressed)
        .then(|| node.create_publisher::<Image>(&options.topic, qos.clone()))
        .transpose()?;
    let jpeg_publisher = compressed
        .then(|| node.create_publisher::<CompressedImage>(&options.topic, qos.clone()))
        .transpose()?;
    let depth_publishers = options
        .depth
        .as_ref()
        .map(|d| {
            anyhow::Ok((
                node.create_publisher::<Image>(&d.depth_topic, qos.clone())?,
                node.create_publisher::<CameraInfo>(&d.camera_info_topic, qos.clone())?,
            ))
        })
        .transpose()?;
    let background = gradient(options.width, options.height);
    let pictures = match &options.folder {
        Some(folder) => folder_frames(folder)?,
        None => Vec::new(),
    };

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let spinner = {
        let stop = stop.clone();
        tokio::task::spawn_blocking(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                node.spin_once(Duration::from_millis(20));
            }
        })
    };
    eprintln!(
        "demo_camera: publishing {} on {} at {} Hz",
        if compressed {
            "jpeg".to_string()
        } else {
            format!("{}x{} {}", options.width, options.height, options.encoding)
        },
        options.topic,
        options.rate_hz
    );
    if let Some(d) = &options.depth {
        eprintln!(
            "demo_camera: synthetic scene (table {TABLE_M} m, box top {BOX_TOP_M} m): {} depth at 1/{} size on {}, camera info on {}",
            d.encoding, d.scale, d.depth_topic, d.camera_info_topic
        );
    }
    let mut ticks = tokio::time::interval(Duration::from_secs_f64(1.0 / options.rate_hz));
    let mut index = 0u64;
    loop {
        tokio::select! {
            _ = sigint.recv() => break,
            _ = sigterm.recv() => break,
            _ = ticks.tick() => {}
        }
        let frame = if options.depth.is_some() {
            scene_frame(&background)
        } else if pictures.is_empty() {
            generated_frame(&background, index)
        } else {
            pictures[(index % pictures.len() as u64) as usize].clone()
        };
        // One stamp for the colour frame, its depth and its CameraInfo: they are one capture.
        let stamp = header(&options.frame_id);
        if let (Some(d), Some((depth, info))) = (&options.depth, &depth_publishers) {
            info.publish(&camera_info_message(
                options.width,
                options.height,
                stamp.clone(),
            ))?;
            depth.publish(&depth_message(
                options.width,
                options.height,
                d,
                shifted(&stamp, d.stamp_offset_ms),
            ))?;
        }
        if let Some(publisher) = &raw_publisher {
            publisher.publish(&raw_message(&frame, &options.encoding, stamp.clone()))?;
        }
        if let Some(publisher) = &jpeg_publisher {
            publisher.publish(&jpeg_message(&frame, stamp)?)?;
        }
        index += 1;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    spinner.await?;
    Ok(())
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_options(robobrain::cli::non_ros_args(&all)) {
        Ok(options) => options,
        // --help and --version come here too (to stdout, exit 0); clap ignores a closed stdout.
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let result = options.and_then(|options| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()?
            .block_on(run(options))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("demo_camera: {e:#}");
            ExitCode::FAILURE
        }
    }
}
