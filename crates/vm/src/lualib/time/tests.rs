//! Tests for epoch/broken-down conversions and `os.time`'s field rules (messages verified
//! against lua5.3). Local-time tests check consistency with the host's zone, whatever it is.

use super::*;

#[test]
fn gmtime_known_dates() {
    let tm = gmtime(946_080_000).unwrap();
    assert_eq!(
        (
            tm.year,
            tm.mon,
            tm.mday,
            tm.hour,
            tm.wday,
            tm.yday,
            tm.zone.as_str()
        ),
        (99, 11, 25, 0, 6, 358, "GMT")
    );
    let tm = gmtime(-1).unwrap();
    assert_eq!(
        (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec),
        (69, 11, 31, 23, 59, 59)
    );
    let tm = gmtime(951_782_400).unwrap(); // 2000-02-29
    assert_eq!((tm.mon, tm.mday, tm.yday), (1, 29, 59));
    assert!(gmtime(67_767_976_233_532_799).is_some());
    assert!(gmtime(-67_768_040_609_740_801).is_none());
    assert!(gmtime(i64::MAX).is_none() && gmtime(i64::MIN).is_none());
}

#[test]
fn timegm_inverts_gmtime_and_normalises() {
    let mut t: i64 = -70_000_000_000;
    while t < 70_000_000_000 {
        let mut tm = gmtime(t).unwrap();
        assert_eq!(timegm_normalize(&mut tm), t);
        t += 86_399 * 37 + 11;
    }
    let mut tm = Tm {
        year: 100,
        mon: 12,
        mday: 32,
        hour: 12,
        ..Tm::default()
    };
    timegm_normalize(&mut tm);
    assert_eq!((tm.year, tm.mon, tm.mday), (101, 1, 1));
}

#[test]
fn localtime_is_consistent_with_host_zone() {
    for t in [
        0i64,
        1_000_000_000,
        1_700_000_000,
        -1_000_000_000,
        1_719_000_000,
    ] {
        let local = localtime(t).unwrap();
        let mut as_utc = local.clone();
        assert_eq!(timegm_normalize(&mut as_utc) - local.gmtoff, t);
        let mut again = local.clone();
        assert_eq!(mktime(&mut again), Some(t));
    }
}

#[test]
fn os_time_normalises_fields() {
    let (t, tm) = os_time([0, 0, 12, 32, 12, 100], None).unwrap();
    assert_eq!((tm.year, tm.mon, tm.mday, tm.hour), (101, 1, 1, 12));
    assert_eq!(localtime(t).unwrap().mday, 1);
    let fields = tm.lua_fields();
    assert_eq!(fields[4], ("month", 2));
    assert_eq!(fields[5], ("year", 2001));
    assert_eq!(fields[6].0, "wday");
}

#[test]
fn date_field_rules_match_lua() {
    let get = |key: &str, v: Field| {
        let (_, default, delta) = DATE_FIELDS.iter().copied().find(|f| f.0 == key).unwrap();
        date_field(key, v, default, delta).map_err(|e| e.message("time"))
    };
    assert_eq!(
        get("day", Field::Absent),
        Err("field 'day' missing in date table".into())
    );
    assert_eq!(get("hour", Field::Absent), Ok(12));
    assert_eq!(
        get("sec", Field::NotInteger),
        Err("field 'sec' is not an integer".into())
    );
    let big = (1i64 << 31) + 1900;
    assert_eq!(
        get("year", Field::Int(big)),
        Err("field 'year' is out-of-bound".into())
    );
    assert_eq!(get("year", Field::Int(big - 1)), Ok(i32::MAX));
    assert_eq!(get("year", Field::Int(-(1i64 << 31) + 1900)), Ok(i32::MIN));
    assert_eq!(
        get("year", Field::Int(-(1i64 << 31) + 1899)),
        Err("field 'year' is out-of-bound".into())
    );
    assert_eq!(
        get("month", Field::Int(i64::MIN)),
        Err("field 'month' is out-of-bound".into())
    );
    assert_eq!(
        get("hour", Field::Int(1 << 31)),
        Err("field 'hour' is out-of-bound".into())
    );
}

#[test]
fn unrepresentable_times() {
    let e = broken_down(1_000_000_000_000_000_000, true).unwrap_err();
    assert_eq!(
        e.message("date"),
        "time result cannot be represented in this installation"
    );
}
