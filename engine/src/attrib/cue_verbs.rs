//! The reporting verbs of the cue lexicon ([`super::cues`]), as data: one
//! verb per line with every form written out.

/// Reporting verbs, one verb per line with all its forms.
pub(super) const VERBS: &str = "
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
remember remembers remembered remembering
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
riff riffs riffed riffing
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
invoke invokes invoked invoking
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
liken likens likened likening
laud lauds lauded lauding
exhort exhorts exhorted exhorting
scold scolds scolded scolding
chide chides chided chiding
rebuke rebukes rebuked rebuking
berate berates berated berating
decry decries decried decrying
deride derides derided deriding
extol extols extolled extolling
bemoan bemoans bemoaned bemoaning
admonish admonishes admonished admonishing
referenced referencing
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
beam beams beamed
rant rants ranted ranting
fume fumes fumed fuming
thunder thunders thundered thundering
roar roars roared roaring
bellow bellows bellowed bellowing
boomed
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
