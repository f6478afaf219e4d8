//! Random-input tests: no function of this library panics, whatever bytes and numbers it gets.

use super::format::{format, FormatArgs, Literal};
use super::number::{str2number, tonumber_base};
use super::pack::{pack, packsize, unpack, PackArgs};
use super::strftime::strftime;
use super::time::Tm;
use super::{strlib, utf8};
use std::borrow::Cow;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn int(&mut self) -> i64 {
        match self.below(4) {
            0 => self.next() as i64,
            1 => self.below(40) as i64 - 20,
            2 => [i64::MIN, i64::MAX, 0, -1, 255, 256][self.below(6)],
            _ => (self.next() >> self.below(64)) as i64,
        }
    }

    fn bytes(&mut self, alphabet: &[u8], max: usize) -> Vec<u8> {
        (0..self.below(max + 1))
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }
}

/// Arguments of every kind, chosen at random on each access.
struct Chaos(Rng, Vec<u8>);

impl FormatArgs for Chaos {
    type Error = ();
    fn count(&self) -> usize {
        (self.1.len() % 5) + 1
    }
    fn integer(&mut self, _arg: usize) -> Result<i64, ()> {
        Ok(self.0.int())
    }
    fn number(&mut self, _arg: usize) -> Result<f64, ()> {
        Ok(f64::from_bits(self.0.next()))
    }
    fn tostring(&mut self, _arg: usize) -> Result<Cow<'_, [u8]>, ()> {
        Ok(Cow::Borrowed(&self.1))
    }
    fn literal(&mut self, _arg: usize) -> Result<Literal<'_>, ()> {
        Ok(match self.0.below(6) {
            0 => Literal::Nil,
            1 => Literal::Bool(true),
            2 => Literal::Int(self.0.int()),
            3 => Literal::Float(f64::from_bits(self.0.next())),
            4 => Literal::Str(&self.1),
            _ => Literal::Other,
        })
    }
}

impl PackArgs for Chaos {
    type Error = ();
    fn integer(&mut self, _arg: usize) -> Result<i64, ()> {
        Ok(self.0.int())
    }
    fn number(&mut self, _arg: usize) -> Result<f64, ()> {
        Ok(f64::from_bits(self.0.next()))
    }
    fn string(&mut self, _arg: usize) -> Result<Cow<'_, [u8]>, ()> {
        Ok(Cow::Borrowed(&self.1))
    }
}

#[test]
fn format_never_panics() {
    let mut rng = Rng(1);
    for _ in 0..20_000 {
        let fmt = rng.bytes(b"%%%-+ #0123456789.cdiouxXaAeEfgGqsyz\x00\xff", 12);
        let text = rng.bytes(b"ab\x00\n\"\\9", 6);
        let mut args = Chaos(Rng(rng.next() | 1), text);
        let _ = format(&fmt, &mut args, &mut Vec::new());
    }
}

#[test]
fn pack_never_panics() {
    let mut rng = Rng(2);
    const OPTS: &[&str] = &[
        "<", ">", "=", "!", "x", "X", "b", "B", "h", "H", "l", "L", "j", "J", "T", "i", "I", "f",
        "d", "n", "s", "z", "c", " ", "y", "\0",
    ];
    for _ in 0..20_000 {
        let mut fmt = Vec::new();
        for _ in 0..rng.below(6) {
            fmt.extend_from_slice(OPTS[rng.below(OPTS.len())].as_bytes());
            if rng.below(2) == 0 {
                fmt.extend_from_slice(rng.below(20).to_string().as_bytes());
            }
        }
        let text = rng.bytes(b"ab\x00\xff", 5);
        let mut out = Vec::new();
        let _ = pack(&fmt, &mut Chaos(Rng(rng.next() | 1), text), &mut out);
        let _ = packsize(&fmt);
        let data = rng.bytes(b"\x00\x01\x7f\x80\xffa", 40);
        let _ = unpack(&fmt, &data, rng.int());
        let _ = unpack(&fmt, &out, 1);
    }
}

#[test]
fn dates_never_panic() {
    let mut rng = Rng(3);
    for _ in 0..5_000 {
        let fmt = rng.bytes(b"%%aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZEOq\x00", 10);
        let mut field = || [0, 59, 366, -1, i32::MAX, i32::MIN][rng.below(6)];
        let tm = Tm {
            sec: field(),
            min: field(),
            hour: field(),
            mday: field(),
            mon: field(),
            year: field(),
            wday: field(),
            yday: field(),
            isdst: field(),
            gmtoff: i64::from(field()),
            zone: "Z".into(),
        };
        let _ = strftime(&fmt, &tm, &mut Vec::new());
    }
}

#[test]
fn utf8_and_strings_never_panic() {
    let mut rng = Rng(4);
    for _ in 0..20_000 {
        let s = rng.bytes(b"a\x00\x7f\x80\xbf\xc2\xe2\xed\xf0\xf4\xf8\xff", 8);
        let (i, j) = (rng.int(), rng.int());
        let _ = utf8::len(&s, i, j);
        let _ = utf8::codepoint(&s, i, Some(j));
        let _ = utf8::offset(&s, i, Some(j));
        let _ = utf8::codes_next(&s, i);
        let _ = utf8::push_char(i, 1, &mut Vec::new());
        let _ = strlib::sub_range(s.len(), i, j);
        let _ = strlib::byte_range(s.len(), i, Some(j));
        let _ = strlib::char_byte(i, 1);
        let num = rng.bytes(b"0123456789abcdefxXpPeE.+- \t\x00n", 12);
        let _ = str2number(&num);
        let _ = tonumber_base(&num, 2 + rng.below(35) as u32);
    }
}

#[test]
fn patterns_never_panic() {
    use super::pattern::{find, gsub_str, match_first, GMatch};
    let mut rng = Rng(5);
    for _ in 0..20_000 {
        let pat = rng.bytes(b"%%%[]^$()().-*+?abfz019\x00", 10);
        let src = rng.bytes(b"ab()[]^%\x00z1", 10);
        let repl = rng.bytes(b"%%01239x", 4);
        let init = rng.int();
        let _ = find(&src, &pat, init, rng.below(2) == 0);
        if let Ok(Some(m)) = match_first(&src, &pat, init) {
            let _ = m.values();
        }
        let _ = gsub_str(&src, &pat, &repl, Some(rng.int()));
        let mut g = GMatch::new();
        for _ in 0..20 {
            match g.next(&src, &pat) {
                Ok(Some(m)) => {
                    let _ = m.captures();
                }
                _ => break,
            }
        }
    }
}
