-- Long brackets: levels, leading newline, and comments.
local a = [[
first line skipped newline]]
print(a)
print([==[contains ]] and ]=] inside]==])
print([[]], #[[]], #[[
]])
print([[line1
line2]])
print([=[
]=] == "")
--[[ a long
comment ]] print("after long comment")
--[==[ nested ]] still comment ]==] print("after level-2 comment")
---[[ not a long comment
print("single-line comment trick")
--]]
print([[\n is not an escape]])
local f, err = load("return [[unfinished", "=ls")
print(f, err)
f, err = load("return [=[ x ]]", "=ls")
print(f, err)
print([[a
b
c]] == "a\nb\nc")
