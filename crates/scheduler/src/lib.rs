//! wippy-lua scheduler.
