//! The cue lexicon: reporting verbs in all their forms, and multiword cues.
//!
//! The lexicon is data: one verb per line, every form written out, so no
//! morphology rule can invent a wrong form. It is parsed once into a hashed
//! [`WordSet`] for constant-time lookup.

use crate::wordset::WordSet;
use std::sync::OnceLock;

/// Reporting verbs, one verb per line with all its forms.
const VERBS: &str = "
say says said saying
tell tells told telling
add adds added adding
warn warns warned warning
explain explains explained explaining
urge urges urged urging
note notes noted noting
plead pleads pleaded pled pleading
respond responds responded responding
remind reminds reminded reminding
write writes wrote written writing
state states stated stating
claim claims claimed claiming
insist insists insisted insisting
continue continues continued continuing
ask asks asked asking
answer answers answered answering
reply replies replied replying
declare declares declared declaring
announce announces announced announcing
argue argues argued arguing
assert asserts asserted asserting
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
allege alleges alleged alleging
recall recalls recalled recalling
report reports reported reporting
tweet tweets tweeted tweeting
post posts posted posting
comment comments commented commenting
confirm confirms confirmed confirming
deny denies denied denying
describe describes described describing
call calls called calling
dub dubs dubbed dubbing
label labels labeled labelled labeling labelling
brand brands branded branding
term terms termed terming
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
predict predicts predicted predicting
suggest suggests suggested suggesting
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
observe observes observed observing
remark remarks remarked remarking
mention mentions mentioned mentioning
point points pointed pointing
conclude concludes concluded concluding
caution cautions cautioned cautioning
complain complains complained complaining
lament laments lamented lamenting
boast boasts boasted boasting
joke jokes joked joking
quip quips quipped quipping
shout shouts shouted shouting
yell yells yelled yelling
scream screams screamed screaming
chant chants chanted chanting
cry cries cried crying
exclaim exclaims exclaimed exclaiming
whisper whispers whispered whispering
murmur murmurs murmured murmuring
mutter mutters muttered muttering
sing sings sang sung singing
read reads reading
recount recounts recounted recounting
repeat repeats repeated repeating
echo echoes echoed echoing
blurt blurts blurted blurting
grumble grumbles grumbled grumbling
marvel marvels marveled marvelled marveling marvelling
concur concurs concurred concurring
underline underlines underlined underlining
underscore underscores underscored underscoring
highlight highlights highlighted highlighting
reiterate reiterates reiterated reiterating
reaffirm reaffirms reaffirmed reaffirming
affirm affirms affirmed affirming
maintain maintains maintained maintaining
contend contends contended contending
counter counters countered countering
retort retorts retorted retorting
rebut rebuts rebutted rebutting
object objects objected objecting
protest protests protested protesting
charge charges charged charging
accuse accuses accused accusing
blast blasts blasted blasting
slam slams slammed slamming
criticize criticizes criticized criticizing
criticise criticises criticised criticising
condemn condemns condemned condemning
denounce denounces denounced denouncing
liken likens likened likening
reference references referenced referencing
invoke invokes invoked invoking
decry decries decried decrying
deride derides derided deriding
ridicule ridicules ridiculed ridiculing
snipe snipes sniped sniping
huff huffs huffed huffing
bark barks barked barking
praise praises praised praising
hail hails hailed hailing
thank thanks thanked thanking
apologize apologizes apologized apologizing
apologise apologises apologised apologising
concede concedes conceded conceding
agree agrees agreed agreeing
disagree disagrees disagreed disagreeing
explain explains explained explaining
clarify clarifies clarified clarifying
elaborate elaborates elaborated elaborating
indicate indicates indicated indicating
signal signals signaled signalled signaling signalling
hint hints hinted hinting
imply implies implied implying
estimate estimates estimated estimating
calculate calculates calculated calculating
forecast forecasts forecasting
project projects projected projecting
testify testifies testified testifying
swear swears swore sworn swearing
tell tells told telling
inform informs informed informing
advise advises advised advising
recommend recommends recommended recommending
propose proposes proposed proposing
demand demands demanded demanding
request requests requested requesting
implore implores implored imploring
beg begs begged begging
appeal appeals appealed appealing
encourage encourages encouraged encouraging
invite invites invited inviting
order orders ordered ordering
instruct instructs instructed instructing
command commands commanded commanding
threaten threatens threatened threatening
wonder wonders wondered wondering
question questions questioned questioning
query queries queried querying
challenge challenges challenged challenging
dismiss dismisses dismissed dismissing
reject rejects rejected rejecting
scoff scoffs scoffed scoffing
mock mocks mocked mocking
sneer sneers sneered sneering
tease teases teased teasing
muse muses mused musing
reflect reflects reflected reflecting
reason reasons reasoned reasoning
speculate speculates speculated speculating
theorize theorizes theorized theorizing
surmise surmises surmised surmising
guess guesses guessed guessing
figure figures figured figuring
recollect recollects recollected recollecting
reminisce reminisces reminisced reminiscing
tout touts touted touting
trumpet trumpets trumpeted trumpeting
proclaim proclaims proclaimed proclaiming
pronounce pronounces pronounced pronouncing
decree decrees decreed decreeing
rule rules ruled ruling
find finds found finding
opine opines opined opining
posit posits posited positing
hold holds held holding
acknowledge acknowledges acknowledged acknowledging
grant grants granted granting
allow allows allowed allowing
confide confides confided confiding
confess confesses confessed confessing
reveal reveals revealed revealing
disclose discloses disclosed disclosing
divulge divulges divulged divulging
share shares shared sharing
relate relates related relating
narrate narrates narrated narrating
describe describes described describing
characterize characterizes characterized characterizing
characterise characterises characterised characterising
summarize summarizes summarized summarizing
summarise summarises summarised summarising
quote quotes quoted quoting
cite cites cited citing
interject interjects interjected interjecting
interrupt interrupts interrupted interrupting
chime chimes chimed chiming
snap snaps snapped snapping
growl growls growled growling
hiss hisses hissed hissing
sigh sighs sighed sighing
laugh laughs laughed laughing
chuckle chuckles chuckled chuckling
gush gushes gushed gushing
rave raves raved raving
rant rants ranted ranting
fume fumes fumed fuming
thunder thunders thundered thundering
roar roars roared roaring
bellow bellows bellowed bellowing
stammer stammers stammered stammering
stutter stutters stuttered stuttering
drawl drawls drawled drawling
assure assures assured assuring
reassure reassures reassured reassuring
guarantee guarantees guaranteed guaranteeing
vouch vouches vouched vouching
attest attests attested attesting
certify certifies certified certifying
contest contests contested contesting
dispute disputes disputed disputing
refute refutes refuted refuting
counsel counsels counseled counselled counseling counselling
lecture lectures lectured lecturing
preach preaches preached preaching
pray prays prayed praying
text texts texted texting
email emails emailed emailing
message messages messaged messaging
blog blogs blogged blogging
publish publishes published publishing
wrote
sum sums summed summing
went
goes
dijo dice decía afirmó afirma declaró declara señaló señala explicó explica aseguró asegura añadió añade indicó indica
déclare affirme explique ajoute souligne estime
sagte sagt erklärte erklärt betonte betont
disse dice afferma dichiarato
";

/// Multiword cues, as lower-case word sequences (the longest match wins).
pub const MULTIWORD: &[&[&str]] = &[
    &["according", "to"],
    &["called", "on"], &["calls", "on"], &["calling", "on"], &["call", "on"],
    &["went", "on", "to", "say"], &["goes", "on", "to", "say"], &["go", "on", "to", "say"],
    &["went", "on", "about"], &["goes", "on", "about"], &["going", "on", "about"],
    &["pointed", "out"], &["points", "out"], &["pointing", "out"],
    &["put", "it"], &["puts", "it"], &["putting", "it"],
    &["summed", "up"], &["sums", "up"], &["chimed", "in"], &["chimes", "in"],
    &["a", "déclaré"], &["a", "dit"], &["a", "affirmé"], &["a", "expliqué"], &["a", "ajouté"], &["a", "souligné"],
    &["ha", "detto"], &["ha", "dichiarato"], &["hat", "gesagt"],
    &["in", "the", "words", "of"],
];

/// Words of VERBS that are only cues as part of a multiword cue.
const ONLY_IN_MULTIWORD: &[&str] = &["went", "goes", "sum", "sums", "summed", "summing", "point", "points", "pointed", "pointing"];

/// Forms that are too often not reporting verbs to count on their own.
const TOO_COMMON: &[&str] = &[
    "read", "reading", "post", "posts", "posted", "posting", "order", "orders", "ordered", "ordering", "rule", "rules",
    "ruled", "ruling", "find", "finds", "found", "finding", "hold", "holds", "held", "holding", "share", "shares",
    "shared", "sharing", "grant", "grants", "granted", "granting", "allow", "allows", "allowed", "allowing", "figure",
    "figures", "figured", "figuring", "project", "projects", "projected", "projecting", "question", "questions",
    "reason", "reasons", "object", "objects", "counter", "charge", "charges", "text", "texts", "message", "messages",
    "email", "emails", "quote", "quotes", "state", "states", "call", "calls", "order", "thanks", "relate", "relates",
    "related", "relating", "publish", "publishes", "published", "publishing", "sing", "sings", "sang", "sung",
    "singing", "snap", "snaps", "dice", "comment", "comments", "report", "reports", "request", "requests", "estimate",
    "estimates", "forecast", "forecasts", "demand", "demands", "appeal", "appeals", "promise", "promises", "pledge",
    "pledges", "protest", "protests", "dispute", "disputes", "challenge", "challenges", "signal", "signals", "hint",
    "hints", "joke", "jokes", "laugh", "laughs", "sigh", "sighs", "cry", "cries", "tweet", "tweets", "blog", "blogs",
    "rant", "rants", "remark", "remarks", "guess", "guesses", "answer", "answers", "reply", "replies", "praise",
    "label", "labels", "brand", "brands", "term", "terms", "vow", "vows", "testify", "contest", "contests", "reject",
    "rejects", "dismiss", "dismisses", "question", "thank", "highlight", "highlights",
];

fn table() -> &'static WordSet {
    static TABLE: OnceLock<WordSet> = OnceLock::new();
    TABLE.get_or_init(|| {
        WordSet::from_words(VERBS.split_whitespace().filter(|w| !ONLY_IN_MULTIWORD.contains(w) && !TOO_COMMON.contains(w)))
    })
}

/// How many word forms the single-word lexicon holds.
pub fn lexicon_size() -> usize {
    table().len()
}

/// Whether a single word (any case) is a reporting verb.
pub fn is_cue_word(word: &str) -> bool {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_uppercase() {
        if word.is_ascii() {
            return table().contains_ascii_lower(word);
        }
        return table().contains(&word.to_lowercase());
    }
    table().contains(word)
}

/// The length in words of the multiword cue starting at `words[0]`, if any.
pub fn multiword_len(words: &[&str]) -> Option<usize> {
    if words.len() < 2 || !may_start_multiword(words[0]) {
        return None;
    }
    MULTIWORD
        .iter()
        .filter(|cue| cue.len() <= words.len() && cue.iter().zip(words).all(|(c, w)| w.eq_ignore_ascii_case(c)))
        .map(|cue| cue.len())
        .max()
}

/// A quick filter before [`multiword_len`]: whether some multiword cue's
/// first word has this word's length and first letter (ASCII case aside).
fn may_start_multiword(word: &str) -> bool {
    static FIRST: OnceLock<[u64; 256]> = OnceLock::new();
    let table = FIRST.get_or_init(|| {
        let mut table = [0u64; 256];
        for cue in MULTIWORD {
            match cue.first().and_then(|w| w.as_bytes().first().map(|b| (w.len(), b))) {
                Some((len, b)) => table[usize::from(b.to_ascii_lowercase())] |= 1 << len.min(63),
                None => table = [u64::MAX; 256],
            }
        }
        table
    });
    let Some(&b) = word.as_bytes().first() else { return table[0] == u64::MAX };
    table[usize::from(b.to_ascii_lowercase())] & (1 << word.len().min(63)) != 0
}

/// Whether a cue is a preposition naming a source ("according to X",
/// "per the bylaws", "in the words of X"): its speaker follows it.
pub fn is_source_preposition(cue: &str) -> bool {
    // "in" opens a cue only as "in the words of".
    cue.eq_ignore_ascii_case("according") || matches!(cue, "per" | "Per" | "in" | "In")
}

/// Whether "per" before `next` names a source ("per the report", "per
/// Smith") rather than a rate ("per cent", "per year").
pub fn per_names_source(next: &str) -> bool {
    let capital = next.chars().next().is_some_and(char::is_uppercase);
    matches!(next, "the" | "a" | "an" | "its" | "his" | "her" | "their") || next.ends_with("'s") || next.ends_with("’s") || capital
}

/// Whether a word is a reporting verb only in context (`TOO_COMMON`: "ruled", "reports").
pub fn is_too_common(word: &str) -> bool {
    crate::wordset::in_list!(TOO_COMMON, word)
}

/// Whether a cue form is a present participle ("adding", "saying").
pub fn is_participle(cue: &str) -> bool {
    cue.ends_with("ing")
}

/// Whether a cue only introduces the content of the verb before it
/// ("continued, saying that …": the cue is "continued").
pub fn is_light(cue: &str) -> bool {
    matches!(cue, "saying" | "stating" | "writing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_verb_is_a_cue() {
        for form in ["says", "said", "saying", "adds", "added", "adding", "pleaded", "reminds", "dijo", "Said"] {
            assert!(is_cue_word(form), "{form}");
        }
        assert!(!is_cue_word("table"));
        assert!(!is_cue_word("went"), "only as part of 'went on to say'");
        assert!(lexicon_size() > 500, "several hundred forms, got {}", lexicon_size());
    }

    #[test]
    fn the_longest_multiword_cue_wins() {
        assert_eq!(multiword_len(&["called", "on", "all"]), Some(2));
        assert_eq!(multiword_len(&["went", "on", "to", "say", "that"]), Some(4));
        assert_eq!(multiword_len(&["According", "to", "X"]), Some(2));
        assert_eq!(multiword_len(&["called", "it"]), None);
    }

    #[test]
    fn per_names_a_source_but_not_a_rate() {
        assert!(is_source_preposition("per") && is_source_preposition("According") && is_source_preposition("In"));
        assert!(per_names_source("the") && per_names_source("Reuters") && !per_names_source("cent") && !per_names_source("year"));
    }
}
