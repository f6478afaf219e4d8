type Greeter = {greet: (self: Greeter, name: string) -> string}
local g: Greeter = {greet = function(self: Greeter, name: string): string return name end}
print(g:greet()) -- expect-error: 'greet' expects 1 argument, got 0
