//! Measurements of the running process.
//!
//! - [`alloc`]: a counting global allocator (live bytes and their peak), registered by the
//!   `robobrain` binary only, so that the library stays allocator-neutral.

pub mod alloc;
