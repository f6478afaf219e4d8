-- Comments, semicolons and empty statements.
;;; local a = 1; local b = 2;
print(a + b) -- trailing comment
--[[ block
comment ]] print("after block")
--[==[
long ]] ]=] comment
]==]
print("after level 2") ;
do ; end
if true then ; end
for i = 1, 1 do ; ; end
local function f() ; return 1 end
print(f());
--
--[
print("single dash bracket is a line comment")
