#!/usr/bin/python3
"""Lists unfinished entries of Qt .ts catalogues and fills them from JSON dictionaries.

usage: ts_fill.py list TS...                 print unfinished entries as JSON lines {context, source, numerus}
       ts_fill.py fill DICT.json... -- TS... fill unfinished entries whose source is in the dictionaries

A dictionary maps a source text (or "context::source" for one context only) to {"nb": ..., "nn": ..., "en": ...};
a value is a string, or a list of forms for a plural (%n) entry. The language comes from the file name
(praksisplan_<code>.ts). Entries already finished are left alone; obsolete/vanished ones are untouched.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def lang_of(path):
    m = re.search(r'_([a-z]{2})\.ts$', path)
    return m.group(1) if m else None


def entries(root):
    for ctx in root.findall('context'):
        name = ctx.findtext('name')
        for msg in ctx.findall('message'):
            yield name, msg


def write(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def cmd_list(paths):
    seen = set()
    for path in paths:
        for ctx, msg in entries(ET.parse(path).getroot()):
            tr = msg.find('translation')
            if tr is None or tr.get('type') != 'unfinished':
                continue
            key = (ctx, msg.findtext('source'))
            if key in seen:
                continue
            seen.add(key)
            print(json.dumps({'context': ctx, 'source': key[1], 'numerus': msg.get('numerus') == 'yes'},
                             ensure_ascii=False))


def cmd_fill(dicts, paths):
    d = {}
    for p in dicts:
        with open(p, encoding='utf-8') as f:
            d.update(json.load(f))
    for path in paths:
        lang = lang_of(path)
        tree = ET.parse(path)
        filled = missing = 0
        for ctx, msg in entries(tree.getroot()):
            tr = msg.find('translation')
            if tr is None or tr.get('type') != 'unfinished':
                continue
            src = msg.findtext('source')
            entry = d.get(ctx + '::' + src) or d.get(src)
            numerus = msg.get('numerus') == 'yes'
            if lang == 'en' and not numerus:
                continue  # English is the source language
            value = entry.get(lang) if entry else None
            if value is None:
                missing += 1
                continue
            if numerus:
                if isinstance(value, str):
                    value = [value, value]
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in value:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                if not isinstance(value, str):
                    sys.exit('not a plural entry: %r' % src)
                tr.text = value
            del tr.attrib['type']
            filled += 1
        write(tree, path)
        print('%s: %d filled, %d still unfinished' % (path, filled, missing))


if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == 'list':
        cmd_list(sys.argv[2:])
    elif len(sys.argv) > 3 and sys.argv[1] == 'fill' and '--' in sys.argv:
        i = sys.argv.index('--')
        cmd_fill(sys.argv[2:i], sys.argv[i + 1:])
    else:
        sys.exit(__doc__)
