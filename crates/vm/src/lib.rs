//! wippy-lua vm.
pub mod lualib;
