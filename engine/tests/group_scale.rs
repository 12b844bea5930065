//! Grouping 20,000 synthetic quotations: proves there is no quadratic path
//! (it would take minutes) and that families hold together. No timing is
//! asserted here; `cargo xtask bench` prints the speed for 150,000.

#[path = "support/synthetic.rs"]
mod synthetic;

use quote_engine::group::{group, Member};
use quote_engine::model::Kind;

#[test]
fn twenty_thousand_synthetic_quotations_group_without_blowing_up() {
    let corpus = synthetic::corpus(20_000, 7);
    let members: Vec<Member> =
        corpus.iter().map(|q| Member::new(q.article, &q.text, Some(&q.speaker), Kind::Quote)).collect();
    let clusters = group(&members);
    assert_eq!(clusters.iter().map(|c| c.members.len()).sum::<usize>(), corpus.len());
    let mut wrong = 0usize;
    let mut grouped = 0usize;
    for cluster in &clusters {
        let first = corpus[cluster.members[0]].statement;
        grouped += cluster.members.len() - 1;
        wrong += cluster.members.iter().filter(|&&m| corpus[m].statement != first).count();
    }
    let statements = corpus.last().unwrap().statement + 1;
    println!("{} quotations, {} statements, {} clusters, {} misplaced", corpus.len(), statements, clusters.len(), wrong);
    assert!(wrong * 100 <= grouped.max(1), "more than 1% of grouped members misplaced");
    assert!(clusters.len() < corpus.len() * 2 / 3, "families do not hold together");
}
