//! `demo_camera`: publishes a generated test picture (or the images of a folder, in turn) as a
//! camera would, so the node can be tried without a robot.
//!
//! usage: demo_camera [--topic T] [--rate HZ] [--width W] [--height H] [--encoding rgb8|bgr8|mono8]
//!                    [--folder DIR] [--frame-id ID] [--best-effort]
//! A topic ending in `/compressed` publishes sensor_msgs/CompressedImage (JPEG) instead of Image.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context as _};
use image::RgbImage;
use r2r::sensor_msgs::msg::{CompressedImage, Image};
use r2r::std_msgs::msg::Header;
use r2r::QosProfile;
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
}

fn parse_options() -> anyhow::Result<Options> {
    let mut options = Options {
        topic: "/camera/image_raw".into(),
        rate_hz: 5.0,
        width: 1280,
        height: 720,
        encoding: "rgb8".into(),
        folder: None,
        frame_id: "demo_camera".into(),
        best_effort: false,
    };
    let mut args = std::env::args().skip(1).take_while(|a| a != "--ros-args");
    while let Some(flag) = args.next() {
        let mut value = || args.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--topic" => options.topic = value()?,
            "--rate" => options.rate_hz = value()?.parse().context("--rate: a number of Hz")?,
            "--width" => options.width = value()?.parse().context("--width: pixels")?,
            "--height" => options.height = value()?.parse().context("--height: pixels")?,
            "--encoding" => options.encoding = value()?,
            "--folder" => options.folder = Some(value()?.into()),
            "--frame-id" => options.frame_id = value()?,
            "--best-effort" => options.best_effort = true,
            other => bail!("unknown option {other} (see the comment at the top of demo_camera.rs)"),
        }
    }
    if !(options.rate_hz > 0.0 && options.rate_hz <= 1000.0) {
        bail!("--rate must be in (0, 1000] Hz");
    }
    if options.width == 0 || options.height == 0 {
        bail!("--width and --height must be positive");
    }
    if !["rgb8", "bgr8", "mono8"].contains(&options.encoding.as_str()) {
        bail!("--encoding must be rgb8, bgr8 or mono8");
    }
    Ok(options)
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

fn raw_message(rgb: &RgbImage, encoding: &str, frame_id: &str) -> Image {
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
        header: header(frame_id),
        height,
        width,
        encoding: encoding.to_string(),
        is_bigendian: 0,
        step: width * channels,
        data,
    }
}

fn jpeg_message(rgb: &RgbImage, frame_id: &str) -> anyhow::Result<CompressedImage> {
    let mut jpeg = std::io::Cursor::new(Vec::new());
    rgb.write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .context("JPEG encoding")?;
    Ok(CompressedImage {
        header: header(frame_id),
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
        .then(|| node.create_publisher::<CompressedImage>(&options.topic, qos))
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
    let mut ticks = tokio::time::interval(Duration::from_secs_f64(1.0 / options.rate_hz));
    let mut index = 0u64;
    loop {
        tokio::select! {
            _ = sigint.recv() => break,
            _ = sigterm.recv() => break,
            _ = ticks.tick() => {}
        }
        let frame = if pictures.is_empty() {
            generated_frame(&background, index)
        } else {
            pictures[(index % pictures.len() as u64) as usize].clone()
        };
        if let Some(publisher) = &raw_publisher {
            publisher.publish(&raw_message(&frame, &options.encoding, &options.frame_id))?;
        }
        if let Some(publisher) = &jpeg_publisher {
            publisher.publish(&jpeg_message(&frame, &options.frame_id)?)?;
        }
        index += 1;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    spinner.await?;
    Ok(())
}

fn main() -> ExitCode {
    let result = parse_options().and_then(|options| {
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
