#!/usr/bin/env python3
"""Check the gold files in this folder: texts occur, spans do not overlap, lengths, kinds, target forms.

Usage: python3 check_gold.py [-v]   (-v prints every mention with its context)
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ('statute', 'constitution', 'case', 'ruling-description', 'executive-action', 'bill', 'regulation')
TARGET_RE = re.compile(r'^(usc:\d+[a-z]?:[\w.\-]+|publ:\d+-\d+|stat:\d+:\d+|const:(amendment|article):\d+(:section:\d+)?|'
                       r'cite:\d+:[a-z0-9]+:\d+|cl:(cluster|docket):\d+|eo:\d+|proc:\d+|fr:\d+:\d+|'
                       r'bill:\d+:(hr|s|hjres|sjres|hres|sres|hconres|sconres):\d+|cfr:\d+:[\w.\-]+|'
                       r'state:[a-z]{2}:.+|ruling:[a-z0-9]+:.+:\d{4}(-\d\d){0,2}|act:.+|case:.+)$')
verbose = '-v' in sys.argv
kinds = collections.Counter(); req = collections.Counter(); opt = collections.Counter()
ok = True
for g in sorted(glob.glob(os.path.join(HERE, '*.gold.json'))):
    name = os.path.basename(g)
    t = g[:-len('.gold.json')] + '.txt'
    raw = open(t, encoding='utf-8').read()
    d = json.load(open(g, encoding='utf-8'))
    first = raw.split('\n', 2)
    if first[0] != 'source: ' + d['source'] or first[1] != '':
        print('HEADER!', name); ok = False
    body = raw[len(first[0]) + 2:]
    n = len(body.rstrip('\n'))
    if not (1200 <= n <= 2500):
        print('LEN!', name, n); ok = False
    spans = []
    for m in d['mentions']:
        for k in ('text', 'occurrence', 'kind', 'target', 'confidence'):
            if k not in m:
                print('FIELD!', name, k, m); ok = False
        if m['kind'] not in KINDS:
            print('KIND!', name, m['kind']); ok = False
        if m['confidence'] not in ('certain', 'likely', 'possible'):
            print('CONF!', name, m['confidence']); ok = False
        for tg in [m['target']] + m.get('alt_targets', []):
            if not TARGET_RE.match(tg):
                print('TARGET FORM!', name, tg); ok = False
        if m['kind'] == 'ruling-description' and not m['target'].startswith('ruling:'):
            print('RULING TARGET!', name, m['target']); ok = False
        i = -1
        for _ in range(m['occurrence']):
            i = raw.find(m['text'], i + 1)
            if i == -1:
                break
        if i == -1:
            print('MISSING', name, repr(m['text']), m['occurrence']); ok = False; continue
        if i < len(first[0]):
            print('IN SOURCE LINE', name, m['text']); ok = False
        spans.append((i, i + len(m['text']), m['text']))
        kinds[m['kind']] += 1
        (opt if m.get('optional') else req)[m['kind']] += 1
        if verbose:
            ctx = raw[max(0, i - 40):i].replace('\n', ' ') + '[[' + m['text'] + ']]' + raw[i + len(m['text']):i + len(m['text']) + 30].replace('\n', ' ')
            print(f"  {m['kind'][:8]:8} {'opt' if m.get('optional') else '   '} {m['target'][:60]:60} | {ctx}")
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            print('OVERLAP', name, repr(a[2]), repr(b[2])); ok = False
    print(name, 'chars', n, 'mentions', len(d['mentions']), 'optional', sum(1 for m in d['mentions'] if m.get('optional')))
tot = sum(kinds.values())
print('total', tot, 'required', sum(req.values()), 'optional', sum(opt.values()))
for k in KINDS:
    print(f'  {k:20} all {kinds[k]:3}  required {req[k]:3}')
print('OK' if ok else 'PROBLEMS')
sys.exit(0 if ok else 1)
