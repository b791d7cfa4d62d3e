//! RoboBrain task prompts and answer parsing (placeholder, see issue 3).
