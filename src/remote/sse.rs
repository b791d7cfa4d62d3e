// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! A server-sent events reader with bounds: bytes go in as the network gives them, whole events
//! come out, and every byte is looked at once (a line split over many network reads is not
//! scanned again per read). A line, or an event's data, longer than the bound is refused at the
//! moment the bound is passed, so a server that never ends a line costs the bound in memory and
//! no more.
//!
//! Follows the WHATWG event stream format as OpenAI-compatible servers use it: `data:` lines
//! joined with newlines, `event:` naming the type, lines starting with `:` ignored, a blank line
//! ending the event; lines end with LF, CRLF or CR.

/// One event: its type (`event:`, empty when none was given) and its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    pub event: String,
    pub data: String,
}

/// Why the stream cannot be read on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SseError {
    /// A line (or one event's data) passed `max` bytes before it ended.
    LineTooLong { max: usize },
}

impl std::fmt::Display for SseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SseError::LineTooLong { max } => {
                write!(f, "a line or event longer than {max} bytes")
            }
        }
    }
}

/// The reader's state between network reads.
#[derive(Debug)]
pub struct SseReader {
    max_line: usize,
    /// The unfinished line (bytes since the last line end).
    line: Vec<u8>,
    /// The last byte taken was a CR: a LF right after it ends no second line.
    after_cr: bool,
    data: String,
    event: String,
    /// Whether any `data:` line came since the last event (an event may carry empty data).
    has_data: bool,
}

impl SseReader {
    /// A reader refusing lines (and events' data) over `max_line` bytes.
    pub fn new(max_line: usize) -> Self {
        SseReader {
            max_line,
            line: Vec::new(),
            after_cr: false,
            data: String::new(),
            event: String::new(),
            has_data: false,
        }
    }

    /// Takes the next bytes of the stream; the events they complete are pushed to `out`.
    pub fn feed(&mut self, mut bytes: &[u8], out: &mut Vec<SseEvent>) -> Result<(), SseError> {
        if self.after_cr {
            self.after_cr = false;
            if let [b'\n', rest @ ..] = bytes {
                bytes = rest;
            }
        }
        while let Some(end) = bytes.iter().position(|&b| b == b'\n' || b == b'\r') {
            let (head, rest) = bytes.split_at(end);
            if self.line.len() + head.len() > self.max_line {
                return Err(self.too_long());
            }
            if self.line.is_empty() {
                self.take_line(head, out)?;
            } else {
                let mut line = std::mem::take(&mut self.line);
                line.extend_from_slice(head);
                self.take_line(&line, out)?;
                line.clear();
                self.line = line; // keeps its capacity for the next split line
            }
            bytes = &rest[1..];
            if rest[0] == b'\r' {
                match bytes {
                    [b'\n', tail @ ..] => bytes = tail,
                    [] => self.after_cr = true,
                    _ => {}
                }
            }
        }
        if self.line.len() + bytes.len() > self.max_line {
            return Err(self.too_long());
        }
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    /// The stream ended: an event whose blank line never came is given out all the same (a
    /// server that closes right after its last `data:` line meant it).
    pub fn finish(&mut self, out: &mut Vec<SseEvent>) -> Result<(), SseError> {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.take_line(&line, out)?;
        }
        self.take_line(b"", out)
    }

    fn too_long(&mut self) -> SseError {
        // Nothing of the refused line is kept.
        self.line = Vec::new();
        self.data = String::new();
        SseError::LineTooLong { max: self.max_line }
    }

    fn take_line(&mut self, line: &[u8], out: &mut Vec<SseEvent>) -> Result<(), SseError> {
        if line.is_empty() {
            if self.has_data {
                out.push(SseEvent {
                    event: std::mem::take(&mut self.event),
                    data: std::mem::take(&mut self.data),
                });
            }
            self.event.clear();
            self.data.clear();
            self.has_data = false;
            return Ok(());
        }
        if line[0] == b':' {
            return Ok(()); // a comment (keep-alive)
        }
        let (field, value) = match line.iter().position(|&b| b == b':') {
            Some(colon) => {
                let value = &line[colon + 1..];
                (&line[..colon], value.strip_prefix(b" ").unwrap_or(value))
            }
            None => (line, &b""[..]),
        };
        match field {
            b"data" => {
                if self.data.len() + value.len() + 1 > self.max_line {
                    return Err(self.too_long());
                }
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(&String::from_utf8_lossy(value));
                self.has_data = true;
            }
            b"event" => {
                self.event.clear();
                self.event.push_str(&String::from_utf8_lossy(value));
            }
            _ => {} // id, retry and unknown fields: nothing a chat stream needs
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_in_pieces(
        stream: &[u8],
        piece: usize,
        max_line: usize,
    ) -> Result<Vec<SseEvent>, SseError> {
        let mut reader = SseReader::new(max_line);
        let mut out = Vec::new();
        for bytes in stream.chunks(piece.max(1)) {
            reader.feed(bytes, &mut out)?;
        }
        reader.finish(&mut out)?;
        Ok(out)
    }

    fn event(event: &str, data: &str) -> SseEvent {
        SseEvent {
            event: event.into(),
            data: data.into(),
        }
    }

    #[test]
    fn events_are_the_same_however_the_network_splits_the_bytes() {
        let stream = b": keep-alive\r\ndata: {\"a\":1}\r\n\r\nevent: error\rdata: first\rdata:second\r\rid: 7\nretry: 10\ndata\n\ndata: [DONE]\n\n";
        let expected = vec![
            event("", "{\"a\":1}"),
            event("error", "first\nsecond"),
            event("", ""),
            event("", "[DONE]"),
        ];
        for piece in 1..=stream.len() {
            assert_eq!(
                read_in_pieces(stream, piece, 1024).unwrap(),
                expected,
                "pieces of {piece}"
            );
        }
    }

    #[test]
    fn a_last_event_without_its_blank_line_is_given_out_at_the_end() {
        assert_eq!(
            read_in_pieces(b"data: a\n\ndata: [DONE]", 4, 64).unwrap(),
            vec![event("", "a"), event("", "[DONE]")]
        );
        assert_eq!(read_in_pieces(b"", 4, 64).unwrap(), vec![]);
    }

    #[test]
    fn a_line_over_the_bound_is_refused_as_soon_as_it_passes_it() {
        // 10 MB in one line, in 16 KiB reads: refused at the read that passes 64 KiB, so
        // the reader never holds more than the bound.
        let mut reader = SseReader::new(64 * 1024);
        let mut out = Vec::new();
        let read = vec![b'x'; 16 * 1024];
        reader.feed(b"data: ", &mut out).unwrap();
        let mut reads = 0;
        let error = loop {
            reads += 1;
            assert!(reads <= 640, "never refused");
            if let Err(e) = reader.feed(&read, &mut out) {
                break e;
            }
            assert!(reader.line.len() <= 64 * 1024);
        };
        assert_eq!(error, SseError::LineTooLong { max: 64 * 1024 });
        assert_eq!(reads, 4);
        assert!(out.is_empty());
        assert!(error.to_string().contains("65536 bytes"));
        // A complete line over the bound in one read is refused too, and so is an event whose
        // data lines add up past it.
        assert!(read_in_pieces(
            &[b"data: ".as_slice(), &[b'y'; 100], b"\n\n"].concat(),
            1000,
            64
        )
        .is_err());
        let many = "data: 0123456789\n".repeat(10) + "\n";
        assert!(read_in_pieces(many.as_bytes(), 7, 64).is_err());
        assert_eq!(read_in_pieces(many.as_bytes(), 7, 1000).unwrap().len(), 1);
    }

    #[test]
    fn reading_is_linear_in_the_bytes() {
        // 2 MiB in one line of 1-byte reads would be 2 Mi rescans of a growing buffer (about
        // 2 TB looked at) if the reader looked at the whole line per read; here it is one pass
        // (a fraction of a second in a debug build; the bound is generous for a shared CI
        // machine).
        let mut reader = SseReader::new(16 * 1024 * 1024);
        let mut out = Vec::new();
        reader.feed(b"data: ", &mut out).unwrap();
        let started = std::time::Instant::now();
        let block = vec![b'z'; 4096];
        for _ in 0..512 {
            for byte in block.chunks(1) {
                reader.feed(byte, &mut out).unwrap();
            }
        }
        reader.feed(b"\n\n", &mut out).unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].data.len(), 2 * 1024 * 1024);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "{:?}",
            started.elapsed()
        );
    }
}
