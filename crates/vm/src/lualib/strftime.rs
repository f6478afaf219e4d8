//! `os.date` formatting: Lua 5.3's conversion whitelist (`checkoption` over LUA_STRFTIMEOPTIONS)
//! and a pure Rust `strftime` identical to glibc's in the C locale (where the `E` and `O`
//! modifiers change nothing).

use super::time::{TimeError, Tm};
use super::LibError;

/// Single-letter conversions Lua 5.3 accepts.
const OPTIONS: &[u8] = b"aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
/// Two-letter conversions (`E`/`O` modifier + letter) Lua 5.3 accepts.
const MODIFIED: &[&[u8; 2]] = &[
    b"Ec", b"EC", b"Ex", b"EX", b"Ey", b"EY", b"Od", b"Oe", b"OH", b"OI", b"Om", b"OM", b"OS",
    b"Ou", b"OU", b"OV", b"Ow", b"OW", b"Oy",
];

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What an `os.date` format asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFormat<'a> {
    /// A leading `!`: use UTC.
    pub utc: bool,
    /// The format is `*t`: return a table.
    pub table: bool,
    /// The format after the `!`.
    pub format: &'a [u8],
}

/// Splits an `os.date` format into its UTC flag and `*t` request (compared as a C string).
pub fn parse_date_format(fmt: &[u8]) -> DateFormat<'_> {
    let (utc, format) = match fmt.split_first() {
        Some((b'!', rest)) => (true, rest),
        _ => (false, fmt),
    };
    let c_str = &format[..format.iter().position(|&c| c == 0).unwrap_or(format.len())];
    DateFormat {
        utc,
        table: c_str == b"*t",
        format,
    }
}

/// Appends `tm` formatted by `fmt` (the part after any `!`), as `os.date` does; an unknown
/// conversion is "bad argument #1 ... (invalid conversion specifier '%...')".
pub fn strftime(fmt: &[u8], tm: &Tm, out: &mut Vec<u8>) -> Result<(), TimeError> {
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        let rest = &fmt[i..];
        let conv = match rest {
            [c, ..] if OPTIONS.contains(c) => {
                i += 1;
                *c
            }
            [m, c, ..] if MODIFIED.contains(&&[*m, *c]) => {
                i += 2;
                *c
            }
            _ => {
                let shown = &rest[..rest.iter().position(|&c| c == 0).unwrap_or(rest.len())];
                return Err(LibError::bad_arg(
                    1,
                    format!(
                        "invalid conversion specifier '%{}'",
                        String::from_utf8_lossy(shown)
                    ),
                ));
            }
        };
        convert(conv, tm, out);
    }
    Ok(())
}

/// A number with at least `digits` digits, zero-padded (glibc's `DO_NUMBER`).
fn num(out: &mut Vec<u8>, digits: usize, v: i64) {
    let s = format!("{:0digits$}", v.unsigned_abs());
    if v < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(s.as_bytes());
}

fn name(names: &[&'static str], i: i32) -> &'static str {
    usize::try_from(i)
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or("?")
}

/// The C locale's abbreviation: the first three letters.
fn abbr(s: &str) -> &[u8] {
    &s.as_bytes()[..s.len().min(3)]
}

/// `iso_week_days` from glibc: days since the start of the ISO year's first week.
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    const BIG_ENOUGH_MULTIPLE_OF_7: i64 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + BIG_ENOUGH_MULTIPLE_OF_7) % 7 + 3
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The ISO 8601 week-based year offset (-1, 0, +1 from the calendar year) and week number.
fn iso_week(tm: &Tm) -> (i32, i64) {
    let year = i64::from(tm.year) + 1900;
    let (yday, wday) = (i64::from(tm.yday), i64::from(tm.wday));
    let days = iso_week_days(yday, wday);
    if days < 0 {
        let prev_len = 365 + i64::from(is_leap(year - 1));
        return (-1, iso_week_days(yday + prev_len, wday) / 7 + 1);
    }
    let next = iso_week_days(yday - (365 + i64::from(is_leap(year))), wday);
    if next >= 0 {
        (1, next / 7 + 1)
    } else {
        (0, days / 7 + 1)
    }
}

/// Formats one conversion letter (modifiers already stripped).
fn convert(conv: u8, tm: &Tm, out: &mut Vec<u8>) {
    // The calendar year as a C int (glibc computes `tm_year + 1900` in int arithmetic).
    let year = tm.year.wrapping_add(1900);
    let seq = |out: &mut Vec<u8>, convs: &[u8]| {
        for &c in convs {
            match c {
                b'%' | b' ' | b'/' | b':' | b'-' => out.push(c),
                _ => convert(c, tm, out),
            }
        }
    };
    match conv {
        b'a' => out.extend_from_slice(abbr(name(&DAYS, tm.wday))),
        b'A' => out.extend_from_slice(name(&DAYS, tm.wday).as_bytes()),
        b'b' | b'h' => out.extend_from_slice(abbr(name(&MONTHS, tm.mon))),
        b'B' => out.extend_from_slice(name(&MONTHS, tm.mon).as_bytes()),
        b'c' => seq(out, b"a b e H:M:S Y"),
        b'C' => num(out, 1, i64::from(year / 100) - i64::from(year % 100 < 0)),
        b'd' => num(out, 2, i64::from(tm.mday)),
        b'D' | b'x' => seq(out, b"m/d/y"),
        b'e' => {
            let s = format!("{:2}", tm.mday);
            out.extend_from_slice(s.as_bytes());
        }
        b'F' => seq(out, b"Y-m-d"),
        b'g' => {
            let (adj, _) = iso_week(tm);
            num(out, 2, i64::from(year.wrapping_add(adj)).rem_euclid(100));
        }
        b'G' => num(out, 1, i64::from(year.wrapping_add(iso_week(tm).0))),
        b'H' => num(out, 2, i64::from(tm.hour)),
        b'I' => num(out, 2, (i64::from(tm.hour) + 11).rem_euclid(12) + 1),
        b'j' => num(out, 3, i64::from(tm.yday) + 1),
        b'm' => num(out, 2, i64::from(tm.mon) + 1),
        b'M' => num(out, 2, i64::from(tm.min)),
        b'n' => out.push(b'\n'),
        b'p' => out.extend_from_slice(if tm.hour > 11 { b"PM" } else { b"AM" }),
        b'r' => seq(out, b"I:M:S p"),
        b'R' => seq(out, b"H:M"),
        b'S' => num(out, 2, i64::from(tm.sec)),
        b't' => out.push(b'\t'),
        b'T' | b'X' => seq(out, b"H:M:S"),
        b'u' => num(out, 1, (i64::from(tm.wday) - 1).rem_euclid(7) + 1),
        b'U' => num(out, 2, (i64::from(tm.yday) - i64::from(tm.wday) + 7) / 7),
        b'V' => num(out, 2, iso_week(tm).1),
        b'w' => num(out, 1, i64::from(tm.wday)),
        b'W' => {
            let (yday, wday) = (i64::from(tm.yday), i64::from(tm.wday));
            num(out, 2, (yday - (wday - 1 + 7) % 7 + 7) / 7);
        }
        b'y' => num(out, 2, i64::from(tm.year).rem_euclid(100)),
        b'Y' => num(out, 1, i64::from(year)),
        b'z' => {
            let diff = tm.gmtoff / 60;
            out.push(if tm.gmtoff < 0 { b'-' } else { b'+' });
            num(out, 4, (diff / 60 * 100 + diff % 60).abs());
        }
        b'Z' => out.extend_from_slice(tm.zone.as_bytes()),
        _ => out.push(b'%'),
    }
}

#[cfg(test)]
mod tests;
