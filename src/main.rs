use std::process::ExitCode;

fn main() -> ExitCode {
    cdktf_fix::cli::main()
}
