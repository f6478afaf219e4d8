//! wippy-compiler: AST to register bytecode ([`Proto`]).

pub mod opcode;
mod proto;

pub use proto::{Constant, LocalVar, Proto, UpvalDesc};
