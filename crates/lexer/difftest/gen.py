#!/usr/bin/env python3
"""Writes random literal-heavy Lua chunks for a differential test against PUC Lua 5.3.

Each case is `x = table.pack(e1, e2, ...)` where the e's are random numerals and strings, valid
or not; cases are stored as a 4-byte little-endian length followed by the bytes.
Usage: gen.py SEED COUNT > cases.bin
"""
import random
import struct
import sys

rng = random.Random(int(sys.argv[1]))
count = int(sys.argv[2])

def pick(s):
    return rng.choice(s)

def numeral():
    kind = rng.randrange(4)
    if kind == 0:
        s = ''.join(pick('0123456789') for _ in range(rng.randrange(1, 25)))
    elif kind == 1:
        s = '0' + pick('xX') + ''.join(pick('0123456789abcdefABCDEF.') for _ in range(rng.randrange(0, 20)))
        if rng.random() < 0.5:
            s += pick('pP') + pick(['', '+', '-']) + ''.join(pick('0123456789') for _ in range(rng.randrange(0, 5)))
    elif kind == 2:
        s = pick(['', '0', '1', '12', '9999']) + pick(['.', '']) + ''.join(pick('0123456789') for _ in range(rng.randrange(0, 20)))
        if not s or s == '.':
            s = '.5'
        if rng.random() < 0.5:
            s += pick('eE') + pick(['', '+', '-']) + ''.join(pick('0123456789') for _ in range(rng.randrange(0, 4)))
    else:
        # Anything read_numeral consumes whole: hex digits and dots, signs only after an
        # exponent letter (so the malformed ones are malformed for PUC too).
        hexa = rng.random() < 0.3
        s = '0x' if hexa else pick('0123456789')
        for _ in range(rng.randrange(0, 8)):
            if rng.random() < 0.2:
                s += pick('pP' if hexa else 'eE') + pick(['', '+', '-'])
            else:
                s += pick('0123456789abcdefABCDEF.')
    return s.encode()

ESCAPES = [b'\\a', b'\\b', b'\\f', b'\\n', b'\\r', b'\\t', b'\\v', b'\\\\', b'\\"', b"\\'", b'\\z  \n ',
           b'\\\n', b'\\\r\n', b'\\\n\r', b'\\\r', b'\\x4', b'\\xfF', b'\\xg', b'\\1', b'\\12', b'\\255',
           b'\\256', b'\\0', b'\\u{41}', b'\\u{10FFFF}', b'\\u{110000}', b'\\u{', b'\\u41', b'\\u{00000041}',
           b'\\q', b'\\', b'\x00', b'\xff', b'\n', b'a', b'bc', b' ', b'"', b"'", b'\\9', b'\\u{zz}', b'\\u{1F600']

def short_string(last):
    q = pick([b'"', b"'"])
    # Each element must be one token, or a lexical error that ends the chunk: no raw
    # delimiter inside, and only the last element may run on (`\` or no closing quote).
    escapes = [e for e in ESCAPES if e != q and e != b'\\']
    body = b''.join(pick(escapes) for _ in range(rng.randrange(0, 6)))
    end = q if not last or rng.random() < 0.8 else pick([b'', b'\\'])
    return q + body + end

def long_string(last):
    lvl = b'=' * rng.randrange(0, 3)
    parts = [b'a', b']]', b']=]', b'\n', b'\r\n', b'\n\r', b'\r', b'x y', b']==]', b'[[', b'\x00']
    close = b']' + lvl + b']'
    body = close
    while close in body + b']':
        body = b''.join(pick(parts) for _ in range(rng.randrange(0, 6)))
    if last and rng.random() < 0.2:
        close = b']' + lvl + b'=]'
    return b'[' + lvl + b'[' + body + close

def element(last):
    r = rng.random()
    if r < 0.45:
        return numeral()
    if r < 0.85:
        return short_string(last)
    return long_string(last)

out = sys.stdout.buffer
for _ in range(count):
    n = rng.randrange(1, 5)
    elems = [element(i == n - 1) for i in range(n)]
    sep = pick([b', ', b',\n', b', --c\n', b', --[[x\ny]] ', b',\r\n', b',\n\r', b',\r', b',\n\n\r\r',
                b', --c\r\n', b', --[==[\r\n\n\r]]]==]\r', b',\x0c\x0b\t', b', --[=x\n', b', --\n'])
    src = b'x = table.pack(' + sep.join(elems) + b')'
    out.write(struct.pack('<I', len(src)) + src)
