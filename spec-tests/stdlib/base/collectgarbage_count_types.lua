-- collectgarbage("count") is a float in KB; step and collect return numbers/booleans.
local kb = collectgarbage("count")
print(math.type(kb), kb > 0, kb < 1e7)
print(collectgarbage("collect"), type(collectgarbage("step")), collectgarbage("isrunning"))
