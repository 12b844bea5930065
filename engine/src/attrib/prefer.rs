//! Which clause wins when a quotation has one before and one after it:
//! "according to X" and a reporting clause right after the quotation
//! outweigh a cue before it that the quotation does not complete, unless
//! that cue opens a subordinate clause whose object the quotation is ("as
//! X went on about “…,” Y said yes"), and an author outweighs the document
//! it wrote. "The longtime senator said he rarely asks …, “…”": a cue whose
//! subject is a he/she (or a "they" after a singular subject: "a member
//! of the family suggested they tweet “…”") right after an earlier cue is
//! that speaker reporting himself, and the earlier cue wins (`reporting_self`).

use super::cues;
use super::find::{Clause, Context};
use super::names::{self, Phrase, PhraseKind};
use super::resolve::Place;
use super::tokens::Kind;

impl Context<'_> {
    /// The clause read before a quotation's first part (`before`), or the
    /// one that outweighs it. "Pressure is building on X, who was greeted
    /// with “…”, according to Y": a later "according to Y" in the sentence
    /// outweighs a subject read before the quotation.
    pub(super) fn preferred_before(&self, before: Option<Clause>, places: &[Place], last: Option<&super::resolve::LastSpeaker>) -> Option<Clause> {
        let first = places.first()?.1;
        // "Feinstein said “A,” she said. “B.”": the pronoun splitting the quotation.
        let bridge = before.as_ref().and_then(|_| self.bridge_pronoun(places, last));
        match before {
            Some(_) if bridge.is_some() => bridge,
            // "The statement also said: “…,” the union wrote": the
            // author after the quotation outweighs the document before it.
            Some(c) if self.names_document(&c) => Some(self.author_after_quote(places).unwrap_or(c)),
            // "… the impact it said she would have: “…,” the union wrote":
            // a reporting clause right after the quotation outweighs a cue
            // before it whose complement the quotation is not.
            // "… but Moscow denies — “…?” asked Dunn. “…”": or right after its first part.
            Some(c) if !c.direct && !self.cue_is_source(&c) && !self.subordinate_object(&c, first) => {
                Some(self.reported_right_after(places).or_else(|| places.get(1).and_then(|_| self.reported_right_after(&places[..1]))).or_else(|| self.according_after(places)).unwrap_or(c))
            }
            other => other,
        }
    }

    /// "Feinstein said “A,” she said. “B.”": a quotation whose first part a
    /// cue before it introduces and that is split around a he or she cue
    /// is credited to that pronoun (the same person), the mention that
    /// also attributes its second part.
    pub(super) fn bridge_pronoun(&self, places: &[Place], last: Option<&super::resolve::LastSpeaker>) -> Option<Clause> {
        let &(p, i) = places.first().filter(|_| places.len() > 1)?;
        let clause = self.after(p, i, false, last)?;
        let person = clause.speaker.is_some_and(|(phrase, _)| matches!(phrase.kind, PhraseKind::Pronoun(super::roles::Pronoun::Person(_))));
        (person && clause.cue.is_some()).then_some(clause)
    }

    /// Whether the clause's cue names a source ("according to", "per").
    pub(super) fn cue_is_source(&self, clause: &Clause) -> bool {
        clause.cue.is_some_and(|(a, _)| cues::is_source_preposition(self.word(clause.paragraph, a)))
    }

    /// "…, and as Dunn went on about “…” and “…,” Ann said yes": the clause
    /// before the quotation at token `first` is subordinate (a conjunction
    /// opens it right before its subject) and the quotation stands right
    /// after its cue, so it is that cue's object; the clause after is the
    /// sentence's main clause, no reporting clause of the quotation.
    pub(super) fn subordinate_object(&self, clause: &Clause, first: usize) -> bool {
        let p = clause.paragraph;
        let toks = &self.tokens[p];
        let (Some((phrase, _)), Some((_, cue_end))) = (clause.speaker, clause.cue) else { return false };
        let start = phrase.written.0;
        let opened = start > 0 && toks[start - 1].is_word() && super::roles::SUBORDINATORS.contains(&self.word(p, start - 1));
        let object = cue_end <= first && first - cue_end <= 1 && (cue_end..first).all(|k| matches!(toks[k].kind, Kind::Colon | Kind::Comma));
        opened && object
    }

    /// The "…, according to X" clause after a quotation's last part, if
    /// any. "X told reporters that “…,” according to a transcript released
    /// by his office": a document there is the record of the words, not
    /// their speaker, and does not outweigh the cue before.
    pub(super) fn according_after(&self, places: &[Place]) -> Option<Clause> {
        let &(p, i) = places.last()?;
        let clause = self.after(p, i, false, None)?;
        (clause.speaker.is_some() && self.cue_is_source(&clause) && !self.holds_document(&clause)).then_some(clause)
    }

    /// Whether the clause's speaker is a description holding a document
    /// noun ("a transcript released", "the readout"), or an outlet that
    /// relays the words ("according to the state news agency TASS").
    fn holds_document(&self, clause: &Clause) -> bool {
        clause.speaker.is_some_and(|(phrase, _)| {
            let (a, b) = phrase.written;
            let document = phrase.kind == PhraseKind::Description && (a..b).any(|k| super::describe::is_document(&self.word(clause.paragraph, k).to_lowercase()));
            // "the state news agency KolPress": an outlet noun among its words, other than a public "agency".
            let outlet_noun = (a..b).any(|k| {
                let w = self.word(clause.paragraph, k);
                super::roles::is_outlet_noun(w) && (w != "agency" || k > a && self.word(clause.paragraph, k - 1) == "news")
            });
            document || phrase.kind == PhraseKind::Outlet || outlet_noun
        })
    }

    /// Whether the clause's speaker is a document ("the statement").
    pub(super) fn names_document(&self, clause: &Clause) -> bool {
        clause.speaker.is_some_and(|(phrase, _)| {
            phrase.kind == PhraseKind::Description && super::describe::is_document(&self.word(clause.paragraph, phrase.written.1 - 1).to_lowercase())
        })
    }

    /// The clause after a quotation's last part when its speaker is no document.
    pub(super) fn author_after_quote(&self, places: &[Place]) -> Option<Clause> {
        self.reporting_after(places).filter(|clause| !self.names_document(clause))
    }

    /// The reporting clause right after a quotation's last part ("…,” the
    /// union wrote), with a speaker and a cue that is no participle.
    fn reporting_after(&self, places: &[Place]) -> Option<Clause> {
        let &(p, i) = places.last()?;
        let clause = self.after(p, i, false, None)?;
        let ((phrase, _), (cue, _)) = clause.speaker.zip(clause.cue)?;
        let next = (phrase.written.0 <= i + 2 && cue <= phrase.written.1 + 2) || cue <= i + 2;
        (next && !cues::is_participle(self.word(p, cue))).then_some(clause)
    }

    /// The reporting clause that opens right after a quotation's last part
    /// ("…,” the union wrote / "…,” wrote the union / "…,” as the memo put
    /// it), not after a conjunction.
    pub(super) fn reported_right_after(&self, places: &[Place]) -> Option<Clause> {
        let &(p, i) = places.last()?;
        let clause = self.reporting_after(places)?;
        let toks = &self.tokens[p];
        let mut first = (i + 1..toks.len()).find(|&k| toks[k].kind != Kind::Comma)?;
        // "…,” as the memo put it.
        if toks[first].is_word() && self.word(p, first) == "as" {
            first += 1;
        }
        let opens = clause.speaker.is_some_and(|(phrase, _)| phrase.written.0 == first) || clause.cue.is_some_and(|(cue, _)| cue == first);
        // "said that it was “totally inappropriate” for Ginsburg to criticize
        // him": an infinitive after the quotation reports nothing.
        let infinitive = clause.cue.is_some_and(|(cue, _)| cue > first && toks[cue - 1].is_word() && self.word(p, cue - 1) == "to");
        (opens && !infinitive).then_some(clause)
    }
}

impl Context<'_> {
    /// The earlier cue right before the pronoun at token `pronoun` (with at
    /// most "that" between) and that cue's own subject, a name or a
    /// description.
    pub(super) fn reporting_self(&self, p: usize, floor: usize, cues: &[(usize, usize)], pronoun: usize) -> Option<(Phrase, (usize, usize))> {
        let toks = &self.tokens[p];
        let gap = |end: usize| end == pronoun || end + 1 == pronoun && toks[end].is_word() && self.word(p, end) == "that";
        let &(cue, cue_end) = cues.iter().rev().find(|&&(_, end)| gap(end))?;
        // "critics who say he should …": a relative clause's subject is not read here.
        if cue > floor && matches!(self.word(p, cue - 1), "who" | "which" | "that") {
            return None;
        }
        let subject = names::subject_before(self.texts[p], toks, floor, cue)?;
        // "Law enforcement sources said he said “…”": a plural subject is
        // not the one "he" reports, the words are another's.
        let last = self.word(p, subject.written.1 - 1);
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && last.starts_with(char::is_lowercase);
        (!plural && matches!(subject.kind, PhraseKind::Name | PhraseKind::Description)).then_some((subject, (cue, cue_end)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_speaker_reporting_himself_is_written_as_the_outer_subject() {
        let text = "T\nSenator Tom Hale spoke to reporters.\n\n“I wonder how the farmers enjoy that,” Hale said. The longtime senator said he rarely asks others to campaign for him, “except for people I’m very close to.”";
        let got = run(text);
        assert_eq!(got[1].speaker_as_written.as_deref(), Some("The longtime senator"));
        assert_eq!(got[1].speaker.as_deref(), Some("Tom Hale"));
        let text = "T\nMayor Ann Lund spoke.\n\nMayor Ann Lund sharply rebuked critics who say she should call the strikers “radical agitators,” saying it would change nothing.";
        assert_ne!(run(text)[0].speaker.as_deref(), Some("Ann Lund sharply"));
        let text = "T\nPolice arrested Tom Reed on Friday.\n\nLaw enforcement sources said he said “no more of this” after his arrest.";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Tom Reed"));
    }

    #[test]
    fn a_clause_right_after_the_first_part_outweighs_a_cue_before_it() {
        let text = "T\nThe vote was close.\n\nIf the council is trying to delay the vote — as residents believe, but Ruiz strongly denies — “why wouldn’t you want to ask about it?” asked Dolan, now a partner at a law firm. “I think it’s only prudent to ask.”";
        let article = crate::read::parse_text("t.txt", text);
        let got = crate::extract(&article);
        let (_, why) = got.iter().find(|(q, _)| q.text.starts_with("why")).expect("the quotation");
        assert_eq!(why.speaker.as_deref(), Some("Dolan"));
    }

    #[test]
    fn they_right_after_a_singular_speakers_cue_is_that_speaker_reporting() {
        let text = "T\nThe aides met in the tower.\n\nManafort was in the office with other aides when a member of the family suggested they post a picture of the candidate “eating a taco bowl at his desk.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("a member of the family"));
        // The words in that clause are the outer speaker's, whoever "they" are.
        let text = "T\nMayor Tom Reed met the unions.\n\nReed said they want the plan to be “fully funded by the end of the year.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Tom Reed"));
    }
}
