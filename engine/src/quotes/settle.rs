//! The final speech-or-phrase decision, made once attribution is known.
//!
//! [`kind::decide`] judges a quotation by its own words and its sentence.
//! Attribution then says whether anyone is credited with it:
//!
//! * a short fragment bound to a speaker and a cue in its own sentence
//!   ("at best…" he warned) is speech, and so is one credited to a speaker
//!   with a cue from a neighbouring clause, unless it reads as a name
//!   (title case, or introduced by "called", "titled");
//! * a short fragment that nobody is credited with, in a sentence with no
//!   reporting verb, that does not read as something said (no sentence or
//!   clause ending of its own, no "I", "we" or "you") is a term or a scare
//!   quote: the large “waves” in the wind, taking “snow laps”.
//!
//! A quotation in single marks in a headline stays a phrase whatever its
//! attribution: it repeats speech the body reports. So does one introduced
//! as a name ("known as “…”", "referred to as “…”"), unless it is a first-person
//! sentence.
//!
//! Longer unattributed quotations and full sentences stay speech: news
//! prints speech without a credit line when the paragraph around names the
//! speaker.

use super::kind::{self, Features};
use crate::model::{Attribution, Kind};

/// Unattributed fragments of at most this many words can be terms.
pub const TERM_WORDS: usize = 8;

/// Settles a quotation's kind from its features and its attribution.
pub fn kind(features: &Features, attribution: &Attribution) -> Kind {
    let first = kind::decide(features);
    if features.headline || features.named && !features.personal_sentence() {
        Kind::Phrase
    } else if first == Kind::Phrase && (attribution.direct || is_credited_fragment(features, attribution)) {
        Kind::Quote
    } else if first == Kind::Quote && is_uncredited_term(features, attribution) {
        Kind::Phrase
    } else {
        first
    }
}

/// Whether a fragment has both a speaker and a cue and does not read as a
/// name or title.
pub fn is_credited_fragment(f: &Features, a: &Attribution) -> bool {
    a.speaker.is_some() && a.cue.is_some() && !f.title_case && !f.naming_before
}

/// Whether an utterance is short, credited to nobody, without a reporting
/// verb in its sentence, and reads as a term rather than something said.
pub fn is_uncredited_term(f: &Features, a: &Attribution) -> bool {
    let credited = a.speaker.is_some() || a.cue.is_some() || f.cue_in_sentence || f.colon_before;
    let said = f.continued || f.several_sentences || f.personal || f.ends_like_speech;
    !credited && !said && f.words <= TERM_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fragment(words: usize) -> Features {
        Features { words, parts: 1, ..Features::default() }
    }

    fn credited() -> Attribution {
        Attribution { speaker: Some("Lee".into()), cue: Some("said".into()), direct: true, ..Attribution::default() }
    }

    #[test]
    fn a_fragment_bound_to_speaker_and_cue_is_speech() {
        assert_eq!(kind(&fragment(2), &credited()), Kind::Quote);
        assert_eq!(kind(&fragment(2), &Attribution::default()), Kind::Phrase);
        let inherited = Attribution { direct: false, ..credited() };
        assert_eq!(kind(&fragment(2), &inherited), Kind::Quote);
        assert_eq!(kind(&Features { title_case: true, ..fragment(2) }, &inherited), Kind::Phrase);
    }

    #[test]
    fn a_headline_quotation_stays_a_phrase_when_credited() {
        assert_eq!(kind(&Features { headline: true, ..fragment(6) }, &credited()), Kind::Phrase);
        assert_eq!(kind(&Features { named: true, ..fragment(2) }, &credited()), Kind::Phrase);
    }

    #[test]
    fn an_uncredited_short_term_is_a_phrase() {
        assert_eq!(kind(&fragment(5), &Attribution::default()), Kind::Phrase);
        let cue_near = Features { cue_in_sentence: true, ..fragment(5) };
        assert_eq!(kind(&cue_near, &Attribution::default()), Kind::Quote);
    }

    #[test]
    fn uncredited_speech_stays_speech() {
        let none = Attribution::default();
        assert_eq!(kind(&Features { ends_like_speech: true, ..fragment(5) }, &none), Kind::Quote);
        assert_eq!(kind(&Features { personal: true, ..fragment(5) }, &none), Kind::Quote);
        assert_eq!(kind(&Features { several_sentences: true, ..fragment(5) }, &none), Kind::Quote);
        assert_eq!(kind(&fragment(TERM_WORDS + 1), &none), Kind::Quote);
        let speaker = Attribution { speaker: Some("Lee".into()), ..Attribution::default() };
        assert_eq!(kind(&fragment(5), &speaker), Kind::Quote);
    }
}
