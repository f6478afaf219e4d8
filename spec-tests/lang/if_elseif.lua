-- if/elseif/else chains and truthiness.
local function classify(x)
  if x == nil then return "nil"
  elseif x == false then return "false"
  elseif type(x) == "number" and x < 0 then return "negative"
  elseif type(x) == "number" then return "non-negative"
  elseif x == "" then return "empty string (truthy)"
  else return "other" end
end
for _, v in ipairs({"", 0, -1, "s"}) do print(classify(v)) end
print(classify(nil), classify(false))
if 0 then print("0 is true") end
if "" then print("empty string is true") end
if not nil then print("not nil") end
local x = 5
if x > 3 then if x > 4 then print("nested") end end
