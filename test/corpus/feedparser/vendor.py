#!/usr/bin/env python3
"""Vendors the cases of feedparser's test suite that concern fields news-widgets exposes.

Usage: python3 test/corpus/feedparser/vendor.py <feedparser checkout>

Each case file starts with a comment whose `Expect:` line is a Python expression about
feedparser's result. This script reads those expressions with Python's own parser, keeps
the comparisons it can map onto the NewsFeed model (FEED and ENTRY below), and writes them
as `cases.json` beside copies of the files. Files with no mappable comparison are not
vendored. A case whose entry has nothing a reader could see (no title, summary or content:
news-widgets drops such entries) is marked `untitled`; the test harness gives that entry a
title so its other fields can be checked. The date cases come from tests/test_date_parsers.py.
"""
import ast, base64, html, json, os, re, shutil, subprocess, sys

SRC = sys.argv[1]
OUT = os.path.dirname(os.path.abspath(__file__))
DIRS = ['wellformed/rss', 'wellformed/atom', 'wellformed/atom10', 'wellformed/rdf', 'wellformed/itunes', 'wellformed/media-rss',
        'wellformed/namespace', 'wellformed/node_precedence', 'wellformed/amp', 'wellformed/lang', 'wellformed/base',
        'illformed', 'encoding', 'entities']

# feedparser key path -> (model field, kind). Kinds: text (plain text of the expected HTML),
# url, date (a time tuple), tag (one of the tags), author (the name, without an e-mail), lang.
FEED = {('title',): 'title', ('title_detail', 'value'): 'title', ('link',): 'homePageUrl', ('language',): 'language'}
ENTRY = {('title',): 'title', ('title_detail', 'value'): 'title', ('link',): 'url', ('id',): 'id', ('guid',): 'id',
         ('summary',): 'summary', ('summary_detail', 'value'): 'summary', ('description',): 'summary',
         ('content', 0, 'value'): 'contentText', ('author',): 'author', ('author_detail', 'name'): 'author',
         ('author_detail', 'href'): 'authorUrl', ('tags', 0, 'term'): 'tag', ('tags', 1, 'term'): 'tag', ('category',): 'tag',
         ('published_parsed',): 'published', ('issued_parsed',): 'published', ('created_parsed',): 'published',
         ('date_parsed',): 'modifiedOrPublished', ('updated_parsed',): 'modifiedOrPublished', ('modified_parsed',): 'modifiedOrPublished',
         ('media_thumbnail', 0, 'url'): 'image', ('image', 'href'): 'image'}


def path_of(node):
    """('feed'|'entries', index or None, key path) for feed[...]/entries[n][...] subscripts."""
    keys = []
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        if isinstance(node, ast.Attribute):
            keys.append(node.attr)
        else:
            keys.append(ast.literal_eval(node.slice))
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    keys.reverse()
    if node.id == 'feed':
        return ('feed', None, tuple(keys))
    if node.id == 'entries' and keys and isinstance(keys[0], int):
        return ('entries', keys[0], tuple(keys[1:]))
    return None


def plain(value):
    text = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', value, flags=re.S | re.I)
    text = re.sub(r'<(br|p|div|li|/p|/div|/li|h\d|/h\d)\b[^>]*>', ' ', text, flags=re.I)
    text = re.sub(r'<[^>]*>', '', text)
    return re.sub(r'\s+', ' ', html.unescape(text)).strip()


def assertion(target, value):
    if isinstance(target, ast.Name) and target.id == 'encoding' and isinstance(value, str):
        # The encoding feedparser chose: the text must be what that encoding's decoder gives.
        return {'scope': 'document', 'index': None, 'field': 'encoding', 'equals': value}
    where = path_of(target)
    if not where:
        return None
    scope, index, keys = where
    table = FEED if scope == 'feed' else ENTRY
    field = table.get(keys)
    if field is None:
        return None
    if value is None:
        return {'scope': scope, 'index': index, 'field': field, 'absent': True}
    if isinstance(value, tuple):
        if len(value) != 9:
            return None
        return {'scope': scope, 'index': index, 'field': field, 'date': '%04d-%02d-%02dT%02d:%02d:%02d.000Z' % value[:6]}
    if not isinstance(value, str):
        return None
    if field in ('title', 'summary', 'contentText'):
        value = plain(value)
        if not value:
            return {'scope': scope, 'index': index, 'field': field, 'absent': True}
    if field == 'author':
        value = re.sub(r'\s*\([^()]*@[^()]*\)$', '', value).strip()
    return {'scope': scope, 'index': index, 'field': field, 'equals': value}


def clauses(expr):
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.And):
        for value in expr.values:
            yield from clauses(value)
    else:
        yield expr


def mapped(expect):
    try:
        tree = ast.parse(expect.strip(), mode='eval').body
    except SyntaxError:
        return [], 1
    found, skipped = [], 0
    for clause in clauses(tree):
        if isinstance(clause, ast.UnaryOp) and isinstance(clause.op, ast.Not) and isinstance(clause.operand, ast.Name):
            continue  # not bozo: feedparser's own flag; news-widgets has none
        if isinstance(clause, ast.Name):
            continue
        if isinstance(clause, ast.Compare) and all(isinstance(op, (ast.Eq, ast.Is)) for op in clause.ops):
            try:
                value = ast.literal_eval(clause.comparators[-1])
            except ValueError:
                skipped += 1
                continue
            for target in [clause.left, *clause.comparators[:-1]]:
                a = assertion(target, value)
                if a:
                    found.append(a)
                else:
                    skipped += 1
        else:
            skipped += 1
    return found, skipped


TEXT_FIELDS = re.compile(r'<(?:\w+:)?(title|description|summary|content|encoded|body|fullitem)\b(?:\s[^>]*)?(?<!/)>\s*(?!</)\S', re.I)


def dialect(raw):
    head = raw[:3000]
    if re.search(r'<(\w+:)?RDF\b', head):
        return 'RSS 1.0 (RDF)'
    if re.search(r'<rss\b', head) or re.search(r'<channel\b', head):
        return 'RSS 2.0 / 0.9x'
    m = re.search(r'<feed\b[^>]*>', head)
    if m:
        tag = m.group(0)
        if 'purl.org/atom/ns#' in tag or 'version="0.3"' in tag:
            return 'Atom 0.3'
        if 'w3.org/2005/Atom' in tag:
            return 'Atom 1.0'
        return 'Atom (no namespace)'
    return None


def entries_have_text(raw, assertions):
    for a in assertions:
        if a['scope'] != 'entries':
            continue
        blocks = [m.group(0) for m in re.finditer(r'<(?:\w+:)?(item|entry)\b.*?</(?:\w+:)?\1>', raw, re.S)]
        if len(blocks) <= a['index'] or not TEXT_FIELDS.search(blocks[a['index']]):
            return False
    return True


def git_files(folder):
    out = subprocess.run(['git', '-C', SRC, 'ls-tree', '-r', '--name-only', 'HEAD', f'tests/{folder}/'], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.endswith('.xml')]


cases, dropped, skipped_files, utf32 = [], 0, 0, 0
shutil.rmtree(os.path.join(OUT, 'files'), ignore_errors=True)
for folder in DIRS:
    for path in git_files(folder):
        data = subprocess.run(['git', '-C', SRC, 'show', f'HEAD:{path}'], capture_output=True).stdout
        raw = data.decode('latin-1').replace('\x00', '')
        expect = re.search(r'^\s*Expect:\s*(.*)$', raw, re.M)
        kind = dialect(raw)
        if not expect or not kind:
            skipped_files += 1
            continue
        assertions, unmapped = mapped(expect.group(1))
        if not assertions:
            skipped_files += 1
            continue
        if any(a['field'] == 'encoding' and a['equals'].startswith('utf-32') for a in assertions):
            utf32 += 1  # the WHATWG Encoding Standard, and so TextDecoder, has no UTF-32
            continue
        untitled = not entries_have_text(raw, assertions)
        dropped += untitled
        header = re.findall(r'^\s*Header:\s*Content-type:\s*(.*)$', raw, re.M | re.I)
        location = re.findall(r'^\s*Header:\s*Content-Location:\s*(.*)$', raw, re.M | re.I)
        language = re.findall(r'^\s*Header:\s*Content-Language:\s*(.*)$', raw, re.M | re.I)
        category = 'encoding' if folder == 'encoding' else 'ill-formed' if folder == 'illformed' else 'entities' if folder == 'entities' else kind
        rel = path[len('tests/'):]
        os.makedirs(os.path.dirname(os.path.join(OUT, 'files', rel)), exist_ok=True)
        with open(os.path.join(OUT, 'files', rel), 'wb') as f:
            f.write(data)
        try:
            data.decode('utf-8')
            raw_bytes = None
        except UnicodeDecodeError:
            # The test server re-encodes text files it reads as UTF-8: the browser takes these bytes from here.
            raw_bytes = base64.b64encode(data).decode('ascii')
        cases.append({'file': rel, 'base64': raw_bytes, 'category': category, 'dialect': kind, 'contentType': header[0].strip() if header else None,
                      'contentLocation': location[0].strip() if location else None,
                      'contentLanguage': language[0].strip() if language else None,
                      'expect': expect.group(1).strip(), 'assertions': assertions, 'unmapped': unmapped, 'untitled': untitled})

# Dates: tests/test_date_parsers.py parametrizes (parser, input, expected) triples.
source = subprocess.run(['git', '-C', SRC, 'show', 'HEAD:tests/test_date_parsers.py'], capture_output=True, text=True).stdout
dates = []
for node in ast.walk(ast.parse(source)):
    if isinstance(node, ast.Tuple) and len(node.elts) == 3 and isinstance(node.elts[0], ast.Name) and node.elts[0].id.startswith('_parse_date'):
        try:
            text, expected = ast.literal_eval(node.elts[1]), ast.literal_eval(node.elts[2])
        except ValueError:
            continue
        if not isinstance(text, str) or not text:
            continue
        dates.append({'parser': node.elts[0].id, 'input': text,
                      'date': None if expected is None else '%04d-%02d-%02dT%02d:%02d:%02d.000Z' % tuple(expected[:6])})

commit = subprocess.run(['git', '-C', SRC, 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
with open(os.path.join(OUT, 'cases.json'), 'w') as f:
    json.dump({'source': f'https://github.com/kurtmckee/feedparser/tree/{commit}/tests', 'notVendored': {
        'noMappableExpectation': skipped_files, 'utf32': utf32}, 'untitledEntries': dropped, 'cases': cases, 'dates': dates}, f, indent=1, ensure_ascii=False)
subprocess.run(['git', '-C', SRC, 'show', 'HEAD:LICENSE'], stdout=open(os.path.join(OUT, 'LICENSE'), 'wb'))
print(len(cases), 'cases,', len(dates), 'dates,', dropped, 'with untitled entries; not vendored:', skipped_files, 'unmappable,', utf32, 'UTF-32')
