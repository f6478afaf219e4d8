//! Generates a typed Lua program of a given size for the checker benchmark: records, tagged
//! unions, generic functions, loops, closures and narrowing, repeated with fresh names.

/// A typed program of at least `lines` lines that must check without diagnostics.
pub fn typed_program(lines: usize) -> String {
    let mut out = String::with_capacity(lines * 40);
    let mut i = 0;
    while out.lines().count() < lines {
        push_block(&mut out, i);
        i += 1;
    }
    out
}

fn push_block(out: &mut String, i: usize) {
    let block = r#"type Point@ = {x: number, y: number, label?: string}
type Shape@ = {kind: "circle", r: number} | {kind: "rect", w: number, h: number}

local function area@(s: Shape@): number
  if s.kind == "circle" then
    return 3.14159 * s.r * s.r
  end
  return s.w * s.h
end

local function map@<T, U>(xs: {T}, f: (T) -> U): {U}
  local out: {U} = {}
  for j, x in ipairs(xs) do
    out[j] = f(x)
  end
  return out
end

local function make_point@(x: number, y: number): Point@
  return {x = x, y = y}
end

local function dist@(a: Point@, b: Point@): number
  local dx = a.x - b.x
  local dy = a.y - b.y
  return math.sqrt(dx * dx + dy * dy)
end

local function find@(points: {Point@}, label: string): Point@?
  for _, p in ipairs(points) do
    if p.label == label then
      return p
    end
  end
  return nil
end

local function run@(n: integer): number
  local pts: {Point@} = {}
  for j = 1, n do
    pts[#pts + 1] = make_point@(j, j * 2)
  end
  local total = 0
  local scale = function(v: number): number return v * 2 end
  for j = 2, #pts do
    total = total + scale(dist@(pts[j - 1], pts[j]))
  end
  local shapes: {Shape@} = {{kind = "circle", r = 1}, {kind = "rect", w = 2, h = 3}}
  local areas = map@(shapes, area@)
  local found = find@(pts, "none")
  if found then
    total = total + found.x
  end
  local label: string? = found and found.label
  return total + areas[1] + #(label or "")
end
print(run@(10))

"#;
    out.push_str(&block.replace('@', &i.to_string()));
}
