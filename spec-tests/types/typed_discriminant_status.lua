type State = {status: "loading"} | {status: "loaded", data: string} | {status: "failed", reason: string}
local function render(s: State): string
  if s.status == "loaded" then
    return s.data
  elseif s.status == "failed" then
    return "error: " .. s.reason
  end
  return "..."
end
print(render({status = "loading"}), render({status = "loaded", data = "x"}))
