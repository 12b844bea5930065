//! Prints how the read stage sees each file given on the command line:
//! title, outlet, author, date, repairs, and every paragraph with its role.
//!
//! `cargo run -p quote-engine --example read_dump -- seeds/*.txt`

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let article = quote_engine::read::read_article(&path, &bytes);
        println!("=== {path}");
        println!("title:  {}", article.title);
        println!("outlet: {:?}  author: {:?}  date: {:?}  url: {:?}", article.outlet, article.author, article.date, article.url);
        for repair in &article.repairs {
            println!("repair line {}: {}", repair.line, repair.note);
        }
        for paragraph in &article.paragraphs {
            let text: String = paragraph.text.chars().take(90).collect();
            println!("{:>4} {:<11} {}", paragraph.line, format!("{:?}", paragraph.role), text);
        }
    }
}
