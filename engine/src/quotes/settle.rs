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
//!   quote: the large “waves” in the wind, taking “snow laps”; so is one of
//!   at most three lower-case words whose sentence has a reporting verb only
//!   further off (the city unveiled its “road map”, and members praised it);
//! * some shapes are terms whoever is credited ([`is_term`]): a slogan on
//!   a sign ("signs reading “…”", "“…,” read one banner") or chanted
//!   without punctuation of its own ("chanting “Freeze the fees”"), a word
//!   introduced as a term ("the term “…”", "words like “…”", "which the
//!   company calls “…”", "“…” was the phrase used"),
//!   and, when nobody is credited and no reporting verb stands right next to
//!   it, a list of short terms (“synergy, pivot, circle back,”).
//!
//! A quotation introduced as a name ("known as “…”", "referred to as “…”")
//! stays a phrase whatever its attribution, unless it is a first-person
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
    if features.named && !features.personal_sentence() || is_term(features, attribution) {
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
/// verb in its sentence (or, for a bare lower-case term of fewer than
/// [`kind::SPEECH_WORDS`] words, without one right next to it), and reads as
/// a term rather than something said.
pub fn is_uncredited_term(f: &Features, a: &Attribution) -> bool {
    let credited = a.speaker.is_some() || a.cue.is_some() || f.cue_before || f.cue_after || f.colon_before;
    let said = f.continued || f.several_sentences || f.personal || f.ends_like_speech;
    let bare = f.words < kind::SPEECH_WORDS && !f.capitalised;
    !credited && !said && f.words <= TERM_WORDS && (bare || !f.cue_in_sentence)
}

/// Whether a quotation has the shape of a term whoever is credited with it:
/// a slogan on a sign, a short quotation introduced as a term, or a list of
/// short terms that nobody is credited with and no reporting verb stands
/// next to. Continued speech and several sentences are never terms.
pub fn is_term(f: &Features, a: &Attribution) -> bool {
    if f.continued || f.several_sentences {
        return false;
    }
    let term_word = f.term_before && f.words < kind::SPEECH_WORDS && !f.personal_sentence();
    let list = f.list && a.speaker.is_none() && !f.cue_before && !f.cue_after && !f.personal_sentence();
    f.on_sign || term_word || list
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
    fn a_quotation_introduced_as_a_name_stays_a_phrase_when_credited() {
        assert_eq!(kind(&Features { named: true, ..fragment(2) }, &credited()), Kind::Phrase);
    }

    #[test]
    fn an_uncredited_short_term_is_a_phrase() {
        assert_eq!(kind(&fragment(5), &Attribution::default()), Kind::Phrase);
        let cue_near = Features { cue_in_sentence: true, ..fragment(5) };
        assert_eq!(kind(&cue_near, &Attribution::default()), Kind::Quote);
    }

    #[test]
    fn a_bare_short_term_with_a_distant_reporting_verb_is_a_phrase() {
        // The city unveiled its “road map” for buses and trains on Tuesday morning, and council members praised it.
        let road_map = Features { cue_in_sentence: true, ..fragment(2) };
        assert_eq!(kind(&road_map, &Attribution::default()), Kind::Phrase);
        assert_eq!(kind(&Features { capitalised: true, ..road_map }, &Attribution::default()), Kind::Quote);
        assert_eq!(kind(&Features { cue_after: true, ..road_map }, &Attribution::default()), Kind::Quote);
        assert_eq!(kind(&Features { cue_in_sentence: true, ..fragment(5) }, &Attribution::default()), Kind::Quote);
    }

    #[test]
    fn signs_term_words_and_uncredited_lists_are_phrases() {
        // One sign said “Hands off our parks.”
        let sign = Features { on_sign: true, cue_before: true, capitalised: true, ends_like_speech: true, personal: true, ..fragment(4) };
        assert_eq!(kind(&sign, &credited()), Kind::Phrase);
        // The term “affordable housing” means different things to different people, Holt said.
        let term = Features { term_before: true, cue_after: true, ..fragment(2) };
        assert_eq!(kind(&term, &credited()), Kind::Phrase);
        // The consultants filled the meeting with jargon, “synergy, pivot, circle back,” and staff rolled their eyes.
        let list = Features { list: true, ends_like_speech: true, cue_in_sentence: true, ..fragment(4) };
        assert_eq!(kind(&list, &Attribution::default()), Kind::Phrase);
        // He promised “jobs, jobs, jobs,” to the crowd.
        assert_eq!(kind(&Features { cue_before: true, ..list }, &Attribution::default()), Kind::Quote);
        assert_eq!(kind(&Features { cue_before: true, ..list }, &credited()), Kind::Quote);
        assert_eq!(kind(&Features { continued: true, ..sign }, &credited()), Kind::Quote);
    }

    #[test]
    fn terms_in_an_article_are_phrases_and_attributed_fragments_speech() {
        let text = "T\nThe city unveiled its “road map” for buses and trains on Tuesday morning, and council members praised it.\n\
            Protesters carried signs reading “Hands off our parks” as they marched.\n\
            The consultants filled the meeting with jargon, “synergy, pivot, circle back,” and staff rolled their eyes.\n\
            The term “affordable housing” means different things to different people, Mayor Jane Holt said.\n\
            “At best, a delay,” she warned. Holt promised “jobs, jobs, jobs,” to the crowd.";
        let found = crate::explain(&crate::read::parse_text("t.txt", text));
        let kinds: Vec<(&str, Kind)> = found.iter().map(|(q, _, _)| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("road map", Kind::Phrase),
                ("Hands off our parks", Kind::Phrase),
                ("synergy, pivot, circle back,", Kind::Phrase),
                ("affordable housing", Kind::Phrase),
                ("At best, a delay,", Kind::Quote),
                ("jobs, jobs, jobs,", Kind::Quote),
            ]
        );
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

    #[test]
    fn chants_banners_names_in_use_and_mentioned_phrases_are_phrases() {
        let text = "T\nMarchers chanted “Save our library” as they crossed the square, Mayor Jane Holt said.\n\
            “Teachers are not robots,” read one placard.\n\
            The app's newest tool, which the company calls “Nudge,” reminds users to stretch, Holt said.\n\
            Holt said “a disaster” was the word she heard most.\n\
            The crowd chanted, “Hands off our parks!”";
        let found = crate::explain(&crate::read::parse_text("t.txt", text));
        let kinds: Vec<(&str, Kind)> = found.iter().map(|(q, _, _)| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("Save our library", Kind::Phrase),
                ("Teachers are not robots,", Kind::Phrase),
                ("Nudge,", Kind::Phrase),
                ("a disaster", Kind::Phrase),
                ("Hands off our parks!", Kind::Quote),
            ]
        );
    }
}
