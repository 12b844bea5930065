"""Converts a PolNeAR split from its brat standoff files into the JSON-lines form of
`../shared/bench/polnear/*.jsonl`, so that `cargo xtask eval --polnear FILE` can score it.

PolNeAR (github.com/networkdynamics/PolNeAR) ships `data/<split>/text/<id>.txt` and
`data/<split>/attributions/<id>_<annotator>.ann`. As in the shared bench files, an article
annotated twice keeps its first annotation (by file name), and only attributions whose
content holds a quotation mark are kept. On dev this reproduces `../shared/bench/polnear/
dev.jsonl` exactly. Its use: the train split (840 articles) for designing rules, so that
dev and test stay measures.

Usage: python3 xtask/polnear_brat.py POLNEAR_GIT_DIR SPLIT OUT.jsonl
"""
import json, re, subprocess, sys


def git(repo, *args):
    return subprocess.run(['git', '-C', repo, *args], capture_output=True, text=True, check=True).stdout


def parse_standoff(ann):
    """Returns the text-bound spans by id and the attribution events (role -> span id)."""
    spans, events = {}, []
    for number, line in enumerate(ann.splitlines(), 1):
        parts = line.split('\t')
        if line.startswith('T') and len(parts) >= 3:
            kind, rest = parts[1].split(' ', 1)
            spans[parts[0]] = [[int(x) for x in seg.split()] for seg in rest.split(';')]
        elif line.startswith('E') and len(parts) >= 2:
            events.append(dict(p.split(':') for p in parts[1].split()[1:]))
        elif line.strip():
            print(f'skipped line {number}: {line[:60]!r}', file=sys.stderr)
    return spans, events


def convert(repo, split):
    files = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', f'data/{split}/attributions').split()
    first = {}
    for f in sorted(files):
        first.setdefault(f.rsplit('/', 1)[1][:-4].rsplit('_', 1)[0], f)
    for article, ann_file in sorted(first.items()):
        text = git(repo, 'show', f'HEAD:data/{split}/text/{article}.txt')
        spans, events = parse_standoff(git(repo, 'show', f'HEAD:{ann_file}'))

        def role(event, name):
            segs = spans.get(event.get(name, ''), [])
            return ' '.join(text[a:b] for a, b in segs), segs

        quotes = []
        for event in events:
            content, content_spans = role(event, 'Content')
            source, source_spans = role(event, 'Source')
            if re.search('["“”]', content):
                quotes.append({'content': content, 'content_spans': content_spans, 'source': source,
                               'source_spans': source_spans, 'cue': role(event, 'Cue')[0]})
        yield {'id': article, 'text': text, 'quotes': quotes}


if __name__ == '__main__':
    repo, split, out = sys.argv[1:4]
    rows = list(convert(repo, split))
    with open(out, 'w') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f'{split}: {len(rows)} articles, {sum(len(r["quotes"]) for r in rows)} quotes -> {out}')
