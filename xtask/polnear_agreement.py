"""How often PolNeAR's two annotators agree on a quotation's source, scored by the
benchmark's own speaker rule. This is the ceiling the benchmark can measure: a system
cannot be shown to beat the agreement of the people who wrote the gold.

PolNeAR annotated some articles twice (`<id>_<annotator>.ann`). The shared bench files
and `polnear_brat.py` keep the first annotation as gold. Here the second annotation is
scored against the first exactly as `cargo xtask eval` scores the engine: a second-
annotator quote matches a gold quote when it covers at least half of the gold's quoted
words and at least 30% of its own quoted words are in the gold content; the source is
right when it shares a word (other than a, an, the, of, and, in, for, on, at, to) with
the gold source. A human gives only the mention as written, with no resolved name, so
"he" against "Trump" counts as a disagreement. Disagreements are split into slips (either
source empty or only "who", "which", "that", "said", "says": no speaker can match such a
gold), pronoun against another mention (possibly the same person), and the rest.

It also writes, for the twice-annotated articles, the first annotations (FIRST.jsonl)
and the second ones (SECOND.jsonl) in the bench form, so that `cargo xtask eval
--polnear` can score the engine against each annotator.

Usage: python3 xtask/polnear_agreement.py POLNEAR_GIT_DIR SPLIT[,SPLIT...] FIRST.jsonl SECOND.jsonl
"""
import json, re, sys
from polnear_brat import git, parse_standoff

IGNORED = {"the", "a", "an", "of", "and", "in", "for", "on", "at", "to"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "him", "them"}
SLIPS = {"", "who", "which", "that", "said", "says"}


def folded_words(text):
    words = (w.strip("'’‘-").replace('’', "'").replace('‘', "'").lower() for w in re.findall(r"[\w'’‘-]+", text))
    return [w for w in words if w]


def quoted_words(content):
    inside, depth, straight = [], 0, False
    for c in content:
        before = depth > 0 or straight
        if c == '“': depth += 1
        elif c == '”': depth = max(0, depth - 1)
        elif c == '"': straight = not straight
        after = depth > 0 or straight
        inside.append(c if before and after else ' ' if before != after else '')
    words = folded_words(''.join(inside))
    return words or folded_words(content)


def matches(predicted, gold_quoted, gold_content):
    if not predicted or not gold_quoted:
        return False
    own = set(predicted)
    covered = sum(w in own for w in gold_quoted)
    in_gold = sum(w in gold_content for w in predicted)
    return covered * 2 >= len(gold_quoted) and in_gold * 10 >= len(predicted) * 3


def shares_word(predicted, gold):
    gold_words = {w for w in folded_words(gold) if w not in IGNORED}
    return any(w in gold_words for w in folded_words(predicted))


def annotations(repo, split):
    """Each twice-annotated article: (id, text, [quotes of each annotation])."""
    files = sorted(git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', f'data/{split}/attributions').split())
    by_article = {}
    for f in files:
        by_article.setdefault(f.rsplit('/', 1)[1][:-4].rsplit('_', 1)[0], []).append(f)
    for article, anns in sorted(by_article.items()):
        if len(anns) < 2:
            continue
        text = git(repo, 'show', f'HEAD:data/{split}/text/{article}.txt')
        yield article, text, [quotes(text, git(repo, 'show', f'HEAD:{a}')) for a in anns[:2]]


def quotes(text, ann):
    spans, events = parse_standoff(ann)
    out = []
    for event in events:
        def role(name):
            segs = spans.get(event.get(name, ''), [])
            return ' '.join(text[a:b] for a, b in segs), segs
        content, content_spans = role('Content')
        if re.search('["“”]', content):
            source, source_spans = role('Source')
            out.append({'content': content, 'content_spans': content_spans, 'source': source,
                        'source_spans': source_spans, 'cue': role('Cue')[0]})
    return out


def slip(source):
    return ' '.join(folded_words(source)) in SLIPS


def agreement(gold, second):
    """Counts over the gold quotes: [gold, matched, agreed, slips, pronoun, other]."""
    counts = [len(gold), 0, 0, 0, 0, 0]
    for g in gold:
        g_quoted = quoted_words(g['content'])
        g_content = set(folded_words(g['content']))
        found = [s for s in second if matches(quoted_words(s['content']), g_quoted, g_content)]
        if not found:
            continue
        counts[1] += 1
        sources = [g['source']] + [s['source'] for s in found]
        if any(shares_word(s['source'], g['source']) for s in found):
            counts[2] += 1
        elif any(slip(x) for x in sources):
            counts[3] += 1
        elif any(set(folded_words(x)) & PRONOUNS for x in sources):
            counts[4] += 1
        else:
            counts[5] += 1
    return counts


def summary(name, counts):
    gold, matched, agreed, slips, pronoun, other = counts
    return (f'{name}: {gold} gold quotes in twice-annotated articles, {matched} matched by the second annotator; '
            f'source agreed {agreed}/{matched} = {agreed / max(matched, 1):.3f}; disagreements: {slips} slips, '
            f'{pronoun} pronoun against another mention, {other} other')


if __name__ == '__main__':
    repo, splits, first_out, second_out = sys.argv[1:5]
    total = [0] * 6
    with open(first_out, 'w') as first, open(second_out, 'w') as second:
        for split in splits.split(','):
            counts = [0] * 6
            for article, text, (a, b) in annotations(repo, split):
                first.write(json.dumps({'id': article, 'text': text, 'quotes': a}, ensure_ascii=False) + '\n')
                second.write(json.dumps({'id': article, 'text': text, 'quotes': b}, ensure_ascii=False) + '\n')
                counts = [c + v for c, v in zip(counts, agreement(a, b))]
            total = [t + c for t, c in zip(total, counts)]
            print(summary(split, counts))
    print(summary('all', total))
