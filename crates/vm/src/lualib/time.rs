//! Epoch seconds and broken-down time for `os.date` and `os.time` (loslib.c).
//!
//! UTC conversion is pure Rust (proleptic Gregorian calendar, like glibc's `gmtime_r`). Local
//! time uses the C library's `localtime_r` and `mktime`, declared here with `extern "C"` (std
//! already links the C library on Unix; no extra crate), so time zones and DST rules are exactly
//! the host's, as in PUC-Rio Lua. On non-Unix targets local time falls back to UTC.

use super::LibError;
use std::convert::Infallible;

/// Errors of this module carry no VM error.
pub type TimeError = LibError<Infallible>;

/// A broken-down time with C `struct tm` conventions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tm {
    /// Seconds, 0-60.
    pub sec: i32,
    /// Minutes, 0-59.
    pub min: i32,
    /// Hours, 0-23.
    pub hour: i32,
    /// Day of the month, 1-31.
    pub mday: i32,
    /// Month, 0-11.
    pub mon: i32,
    /// Years since 1900.
    pub year: i32,
    /// Day of the week, 0-6 (Sunday = 0).
    pub wday: i32,
    /// Day of the year, 0-365.
    pub yday: i32,
    /// Daylight saving time: positive if in effect, 0 if not, negative if unknown.
    pub isdst: i32,
    /// Offset from UTC in seconds (east positive).
    pub gmtoff: i64,
    /// Time zone abbreviation (`GMT` for UTC).
    pub zone: String,
}

const UNREPRESENTABLE: &str = "time result cannot be represented in this installation";

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days before each month (0-based) in a common year.
const DAYS_BEFORE: [i32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// `gmtime_r`: the UTC broken-down time of `t`, or `None` if the year does not fit a C `int`.
pub fn gmtime(t: i64) -> Option<Tm> {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400) as i32;
    // Civil date from day count (H. Hinnant's algorithm), in i64 so no input overflows.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let mday = (doy - (153 * mp + 2) / 5 + 1) as i32;
    let mon = if mp < 10 { mp + 2 } else { mp - 10 } as i32;
    let year = yoe + era * 400 + i64::from(mon <= 1);
    let leap_day = i32::from(mon >= 2 && is_leap(year));
    Some(Tm {
        sec: secs % 60,
        min: secs / 60 % 60,
        hour: secs / 3600,
        mday,
        mon,
        year: i32::try_from(year - 1900).ok()?,
        wday: (days + 4).rem_euclid(7) as i32,
        yday: DAYS_BEFORE[mon as usize] + leap_day + mday - 1,
        isdst: 0,
        gmtoff: 0,
        zone: "GMT".into(),
    })
}

#[cfg(unix)]
mod sys {
    //! The C library's local-time functions (glibc/BSD `struct tm` layout).
    use super::Tm;
    use std::ffi::{c_char, c_int, c_long, CStr};

    #[repr(C)]
    struct CTm {
        tm_sec: c_int,
        tm_min: c_int,
        tm_hour: c_int,
        tm_mday: c_int,
        tm_mon: c_int,
        tm_year: c_int,
        tm_wday: c_int,
        tm_yday: c_int,
        tm_isdst: c_int,
        tm_gmtoff: c_long,
        tm_zone: *const c_char,
    }

    extern "C" {
        fn localtime_r(t: *const i64, out: *mut CTm) -> *mut CTm;
        fn mktime(tm: *mut CTm) -> i64;
    }

    fn blank() -> CTm {
        CTm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }

    #[allow(clippy::useless_conversion)] // c_long is narrower than i64 on some targets
    fn from_c(c: &CTm) -> Tm {
        let zone = if c.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null tm_zone set by the C library points to a NUL-terminated string
            // that lives as long as the time zone data.
            unsafe { CStr::from_ptr(c.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        Tm {
            sec: c.tm_sec,
            min: c.tm_min,
            hour: c.tm_hour,
            mday: c.tm_mday,
            mon: c.tm_mon,
            year: c.tm_year,
            wday: c.tm_wday,
            yday: c.tm_yday,
            isdst: c.tm_isdst,
            gmtoff: i64::from(c.tm_gmtoff),
            zone,
        }
    }

    pub fn localtime(t: i64) -> Option<Tm> {
        let mut out = blank();
        // SAFETY: both pointers are valid for the call; localtime_r is thread-safe.
        let r = unsafe { localtime_r(&t, &mut out) };
        (!r.is_null()).then(|| from_c(&out))
    }

    pub fn mktime_local(tm: &mut Tm) -> i64 {
        let mut c = blank();
        c.tm_sec = tm.sec;
        c.tm_min = tm.min;
        c.tm_hour = tm.hour;
        c.tm_mday = tm.mday;
        c.tm_mon = tm.mon;
        c.tm_year = tm.year;
        c.tm_isdst = tm.isdst;
        // SAFETY: `c` is a valid, initialised struct tm; mktime is thread-safe in glibc.
        let t = unsafe { mktime(&mut c) };
        *tm = from_c(&c);
        t
    }
}

#[cfg(not(unix))]
mod sys {
    //! Without a C library interface, local time is UTC.
    use super::{gmtime, Tm};

    pub fn localtime(t: i64) -> Option<Tm> {
        gmtime(t)
    }

    pub fn mktime_local(tm: &mut Tm) -> i64 {
        super::timegm_normalize(tm)
    }
}

/// `localtime_r`: the local broken-down time of `t` (host time zone), or `None`.
pub fn localtime(t: i64) -> Option<Tm> {
    sys::localtime(t)
}

/// `mktime`: normalises the local broken-down time in place (out-of-range fields carry over,
/// `wday`/`yday` are recomputed) and returns its epoch time, or `None` where C returns -1.
pub fn mktime(tm: &mut Tm) -> Option<i64> {
    let t = sys::mktime_local(tm);
    (t != -1).then_some(t)
}

/// UTC counterpart of `mktime` (`timegm`): normalises `tm` as UTC and returns its epoch time,
/// or -1 when the result is out of range. Used where no C library is available.
#[cfg(any(not(unix), test))]
fn timegm_normalize(tm: &mut Tm) -> i64 {
    let mon = i64::from(tm.mon);
    let y = i64::from(tm.year) + 1900 + mon.div_euclid(12);
    let m = mon.rem_euclid(12) + 1; // 1-based month
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + (153 * mp + 2) / 5;
    let days = era * 146_097 + doe - 719_468 + i64::from(tm.mday) - 1;
    let t = days * 86_400 + i64::from(tm.hour) * 3600 + i64::from(tm.min) * 60 + i64::from(tm.sec);
    match gmtime(t) {
        Some(n) => {
            *tm = n;
            t
        }
        None => -1,
    }
}

/// The broken-down time `os.date` formats: UTC when `utc` (a leading `!`), else local time.
pub fn broken_down(t: i64, utc: bool) -> Result<Tm, TimeError> {
    let tm = if utc { gmtime(t) } else { localtime(t) };
    tm.ok_or_else(|| LibError::Error(UNREPRESENTABLE.into()))
}

/// A date-table field as `os.time` reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The field is nil.
    Absent,
    /// The field is present but not convertible to an integer (`lua_tointegerx` fails).
    NotInteger,
    /// The field's integer value.
    Int(i64),
}

/// The integer fields `os.time` reads, in Lua's order, with their defaults and offsets.
pub const DATE_FIELDS: [(&str, Option<i32>, i32); 6] = [
    ("sec", Some(0), 0),
    ("min", Some(0), 0),
    ("hour", Some(12), 0),
    ("day", None, 0),
    ("month", None, 1),
    ("year", None, 1900),
];

/// Checks one field (`getfield`): `default` for an absent optional field, range-checked against
/// a C `int` after subtracting `delta`.
pub fn date_field(
    key: &str,
    value: Field,
    default: Option<i32>,
    delta: i32,
) -> Result<i32, TimeError> {
    match value {
        Field::Int(v) => v
            .checked_sub(i64::from(delta))
            .and_then(|v| i32::try_from(v).ok())
            .ok_or_else(|| LibError::Error(format!("field '{key}' is out-of-bound"))),
        Field::NotInteger => Err(LibError::Error(format!("field '{key}' is not an integer"))),
        Field::Absent => {
            default.ok_or_else(|| LibError::Error(format!("field '{key}' missing in date table")))
        }
    }
}

/// `os.time(table)` after the fields are read: `values` in [`DATE_FIELDS`] order (already
/// offset), `isdst` from the table's boolean (`None` when nil). Returns the time and the
/// normalised broken-down time, which Lua writes back into the table.
pub fn os_time(values: [i32; 6], isdst: Option<bool>) -> Result<(i64, Tm), TimeError> {
    let [sec, min, hour, mday, mon, year] = values;
    let mut tm = Tm {
        sec,
        min,
        hour,
        mday,
        mon,
        year,
        isdst: isdst.map_or(-1, i32::from),
        ..Tm::default()
    };
    let t = mktime(&mut tm).ok_or_else(|| LibError::Error(UNREPRESENTABLE.into()))?;
    Ok((t, tm))
}

impl Tm {
    /// The integer fields of an `os.date("*t")` table, in the order Lua sets them (followed by
    /// [`Tm::lua_isdst`]).
    pub fn lua_fields(&self) -> [(&'static str, i64); 8] {
        [
            ("sec", i64::from(self.sec)),
            ("min", i64::from(self.min)),
            ("hour", i64::from(self.hour)),
            ("day", i64::from(self.mday)),
            ("month", i64::from(self.mon) + 1),
            ("year", i64::from(self.year.wrapping_add(1900))),
            ("wday", i64::from(self.wday) + 1),
            ("yday", i64::from(self.yday) + 1),
        ]
    }

    /// The `isdst` field: `None` when unknown (Lua leaves the field unset).
    pub fn lua_isdst(&self) -> Option<bool> {
        (self.isdst >= 0).then_some(self.isdst > 0)
    }
}

#[cfg(test)]
mod tests;
