print("hello from wippy-lua")
