// The codemod specs and the provider index are embedded with include_dir!/include_bytes!;
// make cargo rebuild when any file under codemods/ is added or changed.
fn main() {
    println!("cargo:rerun-if-changed=codemods");
}
