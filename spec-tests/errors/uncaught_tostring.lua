-- An uncaught error whose value has __tostring.
error(setmetatable({}, {__tostring = function() return "custom error object" end}))
