pub mod api_diff;
pub mod block_shape;
pub mod data_source;
pub mod eks_calendar;
pub mod log_retention;
pub mod provider_api;
pub mod remove;
pub mod test_file;
