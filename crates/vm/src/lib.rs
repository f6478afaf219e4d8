//! wippy-lua vm.
