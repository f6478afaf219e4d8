-- Built-in declarations for the wippy-lua checker: the Lua 5.3 standard library and the runtime
-- globals (shared/spec/runtime.md). Written in the type annotation syntax and parsed at startup.
-- `type X = ...` declares a built-in type name; `local x: T` declares the global `x`.
-- `type Modules` lists the built-in modules `require` can return without a file.
-- Built-in values are not strict: arguments are only checked when they come from typed code.

type error = any
type File = {
    read: (self: File, ...: any) -> (...any),
    write: (self: File, ...: any) -> (File?, string?),
    lines: (self: File, ...: any) -> any,
    close: (self: File) -> (boolean?, string?),
    flush: (self: File) -> (),
    seek: (self: File, whence: string?, offset: integer?) -> (integer?, string?),
    setvbuf: (self: File, mode: string, size: integer?) -> boolean,
}
type Channel = {
    send: (self: Channel, value: any) -> boolean,
    receive: (self: Channel) -> (any, boolean),
    close: (self: Channel) -> (),
    case_send: (self: Channel, value: any) -> any,
    case_receive: (self: Channel) -> any,
}
type Timer = {
    response: (self: Timer) -> Channel,
    channel: (self: Timer) -> Channel,
    stop: (self: Timer) -> boolean,
    reset: (self: Timer, d: any) -> boolean,
}
type GmatchIterator = () -> (string, ...string)

local print: (...: any) -> ()
local type: (v: any) -> string
local tostring: (v: any) -> string
local tonumber: (v: any, base: integer?) -> number?
local pairs: (t: any) -> (any, any, any)
local ipairs: (t: any) -> (any, any, any)
local next: (t: table, k: any?) -> (any, any)
local select: (n: any, ...: any) -> (...any)
local rawget: (t: table, k: any) -> any
local rawset: (t: table, k: any, v: any) -> table
local rawequal: (a: any, b: any) -> boolean
local rawlen: (v: any) -> integer
local setmetatable: (t: table, mt: table?) -> table
local getmetatable: (v: any) -> any
local assert: (v: any, ...: any) -> (...any)
local error: (message: any, level: integer?) -> never
local pcall: (f: any, ...: any) -> (boolean, ...any)
local xpcall: (f: any, handler: any, ...: any) -> (boolean, ...any)
local require: (name: string) -> any
local load: (chunk: any, name: string?, mode: string?, env: table?) -> (any, string?)
local loadfile: (name: string?, mode: string?, env: table?) -> (any, string?)
local dofile: (name: string?) -> (...any)
local collectgarbage: (opt: string?, arg: any) -> any
local unpack: (t: table, i: integer?, j: integer?) -> (...any)
local _VERSION: string
local _G: any
local arg: any

local string: {
    byte: (s: string, i: integer?, j: integer?) -> (...integer),
    char: (...: integer) -> string,
    dump: (f: any, strip: boolean?) -> string,
    find: (s: string, pattern: string, init: integer?, plain: boolean?) -> (integer?, integer?, ...any),
    format: (fmt: string, ...: any) -> string,
    gmatch: (s: string, pattern: string) -> GmatchIterator,
    gsub: (s: string, pattern: string, repl: any, n: integer?) -> (string, integer),
    len: (s: string) -> integer,
    lower: (s: string) -> string,
    upper: (s: string) -> string,
    match: (s: string, pattern: string, init: integer?) -> (string?, ...any),
    rep: (s: string, n: integer, sep: string?) -> string,
    reverse: (s: string) -> string,
    sub: (s: string, i: integer, j: integer?) -> string,
    pack: (fmt: string, ...: any) -> string,
    packsize: (fmt: string) -> integer,
    unpack: (fmt: string, s: string, pos: integer?) -> (...any),
}

local table: {
    concat: (t: table, sep: string?, i: integer?, j: integer?) -> string,
    insert: (t: table, ...: any) -> (),
    remove: (t: table, pos: integer?) -> any,
    sort: <T>(t: {T}, comp: ((T, T) -> boolean)?) -> (),
    unpack: (t: table, i: integer?, j: integer?) -> (...any),
    pack: (...: any) -> {[any]: any},
    move: (a1: table, f: integer, e: integer, t: integer, a2: table?) -> table,
}

local math: {
    abs: <T: number>(x: T) -> T,
    ceil: (x: number) -> integer,
    floor: (x: number) -> integer,
    fmod: (x: number, y: number) -> number,
    modf: (x: number) -> (number, number),
    max: <T: number>(x: T, ...: T) -> T,
    min: <T: number>(x: T, ...: T) -> T,
    sqrt: (x: number) -> number,
    exp: (x: number) -> number,
    log: (x: number, base: number?) -> number,
    log10: (x: number) -> number,
    pow: (x: number, y: number) -> number,
    sin: (x: number) -> number,
    cos: (x: number) -> number,
    tan: (x: number) -> number,
    asin: (x: number) -> number,
    acos: (x: number) -> number,
    atan: (y: number, x: number?) -> number,
    atan2: (y: number, x: number) -> number,
    sinh: (x: number) -> number,
    cosh: (x: number) -> number,
    tanh: (x: number) -> number,
    tointeger: (x: any) -> integer?,
    type: (x: any) -> string?,
    ult: (m: integer, n: integer) -> boolean,
    random: (m: integer?, n: integer?) -> integer,
    randomseed: (x: number?) -> (),
    pi: number,
    huge: number,
    maxinteger: integer,
    mininteger: integer,
}

local os: {
    time: (t: table?) -> integer,
    clock: () -> number,
    date: (fmt: string?, t: integer?) -> any,
    difftime: (t2: number, t1: number?) -> number,
    getenv: (name: string) -> string?,
    exit: (code: any, close: boolean?) -> never,
    remove: (name: string) -> (boolean?, string?),
    rename: (from: string, to: string) -> (boolean?, string?),
    tmpname: () -> string,
    execute: (cmd: string?) -> (boolean?, string?, integer?),
    setlocale: (locale: string?, category: string?) -> string?,
    platform: string,
}

local io: {
    write: (...: any) -> (File?, string?),
    read: (...: any) -> (...any),
    lines: (name: string?, ...: any) -> any,
    open: (name: string, mode: string?) -> (File?, string?),
    close: (file: File?) -> (boolean?, string?),
    input: (file: any) -> File,
    output: (file: any) -> File,
    popen: (cmd: string, mode: string?) -> (File?, string?),
    tmpfile: () -> File,
    type: (obj: any) -> string?,
    stdin: File,
    stdout: File,
    stderr: File,
}

local coroutine: {
    create: (f: any) -> thread,
    resume: (co: thread, ...: any) -> (boolean, ...any),
    yield: (...: any) -> (...any),
    status: (co: thread) -> string,
    wrap: (f: any) -> any,
    isyieldable: () -> boolean,
    running: () -> (thread, boolean),
    spawn: (f: any) -> any,
}

local utf8: {
    char: (...: integer) -> string,
    charpattern: string,
    codes: (s: string) -> (any, any, any),
    codepoint: (s: string, i: integer?, j: integer?) -> (...integer),
    len: (s: string, i: integer?, j: integer?) -> (integer?, integer?),
    offset: (s: string, n: integer, i: integer?) -> integer?,
}

local debug: any
local package: {path: string, cpath: string, loaded: {[string]: any}, preload: {[string]: any}, searchers: {any}, config: string}

local process: {
    pid: () -> string,
    id: () -> string,
    send: (dest: string, topic: string, ...: any) -> (boolean?, error?),
    spawn: (id: any, host: string?, ...: any) -> (string?, error?),
    spawn_monitored: (id: any, host: string?, ...: any) -> (string?, error?),
    spawn_linked: (id: any, host: string?, ...: any) -> (string?, error?),
    spawn_linked_monitored: (id: any, host: string?, ...: any) -> (string?, error?),
    exec: (id: any, host: string?, ...: any) -> (any, error?),
    terminate: (dest: string) -> (boolean?, error?),
    cancel: (dest: string, reason: any) -> (boolean?, error?),
    monitor: (dest: string) -> (boolean?, error?),
    unmonitor: (dest: string) -> (boolean?, error?),
    link: (dest: string) -> (boolean?, error?),
    unlink: (dest: string) -> (boolean?, error?),
    get_options: () -> {trap_links: boolean, upgradable: boolean},
    set_options: (options: table) -> (boolean?, error?),
    inbox: () -> Channel,
    events: () -> Channel,
    listen: (topic: string, options: table?) -> Channel,
    unlisten: (ch: Channel) -> (),
    upgrade: (id: string?, ...: any) -> (),
    with_context: (context: table) -> any,
    with_options: (options: table) -> any,
    event: {CANCEL: string, EXIT: string, LINK_DOWN: string, OUTDATED: string},
    registry: {
        register: (name: string, pid: string?, scope: any) -> (boolean?, error?),
        lookup: (name: string) -> (string?, error?),
        unregister: (name: string, scope: any) -> boolean,
        LOCAL: integer,
        EVENTUAL: integer,
        CONSISTENT: integer,
        STRONG: integer,
    },
}

local channel: {
    new: (size: integer?) -> Channel,
    select: (cases: table) -> {channel: Channel?, value: any, ok: boolean, default: boolean?},
}

local errors: {
    new: (spec: any, message: string?) -> error,
    wrap: (err: any, context: string) -> error,
    is: (err: any, kind: string) -> boolean,
    call_stack: (err: any) -> any,
    UNKNOWN: string,
    INVALID: string,
    NOT_FOUND: string,
    ALREADY_EXISTS: string,
    PERMISSION_DENIED: string,
    TIMEOUT: string,
    CANCELED: string,
    UNAVAILABLE: string,
    INTERNAL: string,
    CONFLICT: string,
    RATE_LIMITED: string,
}

local payload: any

type Modules = {
    time: {
        now: () -> any,
        unix: () -> integer,
        sleep: (d: any) -> (),
        after: (d: any) -> Channel,
        timer: (d: any) -> Timer,
        ticker: (d: any) -> Timer,
        parse_duration: (s: any) -> (any, error?),
        parse: (layout: string, s: string, location: any) -> (any, error?),
        date: (...: any) -> any,
        load_location: (name: string) -> (any, error?),
        fixed_zone: (name: string, offset: integer) -> any,
        utc: any,
        localtz: any,
        NANOSECOND: integer,
        MICROSECOND: integer,
        MILLISECOND: integer,
        SECOND: integer,
        MINUTE: integer,
        HOUR: integer,
        RFC3339: string,
        DATE_ONLY: string,
    },
    json: {
        encode: (value: any) -> (string?, error?),
        decode: (text: string) -> (any, error?),
        validate: (schema: any, value: any) -> (boolean, error?),
        validate_string: (schema: any, text: string) -> (boolean, error?),
    },
}
