type Profile = {name: string}
type User = {profile?: Profile, id: number}
local function name_of(user: User?): string
  local name = user and user.profile and user.profile.name
  return name or "anon"
end
local function id_of(user: User?): number
  if user == nil then return 0 end
  return user.id
end
print(name_of(nil), id_of({id = 1}))
