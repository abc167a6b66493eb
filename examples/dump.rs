use cdktf_fix::lang::Lang;
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(p).unwrap();
    let root = Lang::Hcl.parse(&src).unwrap();
    fn walk(n: &cdktf_fix::lang::Node, d: usize) {
        let t = n.text();
        let t: String = t.chars().take(40).collect::<String>().replace('\n', "\\n");
        println!("{}{} {:?} [{}]", "  ".repeat(d), n.kind(), n.range(), t);
        for c in n.children() { walk(&c, d + 1); }
    }
    walk(&root.root(), 0);
}
