local geometry = require("geometry")
local p = geometry.new(3, 4)
print(geometry.dist(p, geometry.ORIGIN))
print(geometry.dist(p, "origin")) -- expect-error: argument 2 of 'geometry.dist': expected {x: number, y: number}, got string
print(p.z) -- expect-error: field 'z' does not exist
local q: geometry.Point = {x = 1, y = 2}
local bad: geometry.Point = {x = 1} -- expect-error: missing field 'y'
print(q, bad, geometry.unknown_thing)
local again = require("geometry")
print(again.new(1, 2).x)
