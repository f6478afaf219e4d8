//! wippy-lua types.
