pub mod block_shape;
pub mod data_source;
pub mod provider_api;
pub mod remove;
pub mod test_file;
