//! Tests of outlets that relay a named speaker's words ("X said, Reuters
//! reported"; "a copy seen by the AP"): the outlet is the channel, not the speaker.

use super::tests::run;

#[test]
fn an_outlet_citing_a_named_source_is_its_channel() {
    let got = run("T\nThe army denied it. Its units had lost “not a single tank this week,” the Valley Herald reported, citing a General Staff statement.");
    assert_eq!(got[0].speaker.as_deref(), Some("General Staff"));
    assert_eq!(got[0].via.as_deref(), Some("Valley Herald"));
}

#[test]
fn an_outlet_that_saw_a_document_is_its_channel() {
    let got = run("T\nA draft of the treaty, seen by Reuters, calls for a “full withdrawal of heavy weapons” from the border.");
    assert_eq!(got[0].via.as_deref(), Some("Reuters"));
    assert_ne!(got[0].speaker.as_deref(), Some("Reuters"));
}

#[test]
fn a_text_quoted_from_a_copy_an_outlet_saw_speaks_through_it() {
    let got = run("T\nThe draft resolution “calls on all sides to stop the shelling of grain ports,” according to a copy seen by The Associated Press.");
    assert_eq!(got[0].speaker.as_deref(), Some("The draft resolution"));
    assert_eq!(got[0].via.as_deref(), Some("The Associated Press"));
}

#[test]
fn a_source_said_then_an_outlet_reported_is_the_speaker() {
    let got = run("T\n“Our crews held the line and lost no one,” the General Staff said, the Valley Herald reported.");
    assert_eq!(got[0].speaker.as_deref(), Some("General Staff"));
    assert_eq!(got[0].via.as_deref(), Some("Valley Herald"));
    let got = run("T\nMayor Tom Reilly said the dam had held, the Valley Herald reported. “Not one house was flooded,” he said.");
    assert_eq!(got[0].via.as_deref(), Some("Valley Herald"));
}

#[test]
fn a_text_after_an_appositive_with_and_is_still_the_speaker() {
    let got = run("T\nThe text, circulated by Ann Lee and Tom Cole, “demands that all parties open the roads to convoys,” according to a copy seen by the Valley Herald.");
    assert_eq!(got[0].speaker.as_deref(), Some("The text"));
    assert_eq!(got[0].via.as_deref(), Some("Valley Herald"));
}

#[test]
fn a_draft_of_a_legal_text_is_named_by_its_kind() {
    let got = run("T\nA draft of the treaty, seen by Reuters, calls for a “full withdrawal of heavy weapons” from the border.");
    assert_eq!(got[0].speaker.as_deref(), Some("draft treaty"));
}

#[test]
fn the_draft_or_the_text_refers_back_to_a_draft_named_before() {
    let got = run("T\nA draft resolution on the ports stalled on Tuesday.\nThe text, circulated by Ann Lee and Tom Cole, “demands that all parties open the roads to convoys,” according to a copy seen by the Valley Herald.");
    assert_eq!(got[0].speaker.as_deref(), Some("draft resolution"));
    let got = run("T\nA draft of the treaty calls for a “full withdrawal of heavy weapons” from the border.\nAccording to the draft, “both sides would pull back their guns within ten days.”");
    assert_eq!(got[1].speaker.as_deref(), Some("draft treaty"));
}
