//! The project around each file: which files a run checks (walk), how they are read (read),
//! which target versions and config apply to them (versions, config), how fixed files are
//! written back (write), and how a run is split across machines (shard).

pub mod config;
pub mod context;
pub mod paths;
pub mod read;
pub mod shard;
pub mod versions;
pub mod walk;
pub mod write;
