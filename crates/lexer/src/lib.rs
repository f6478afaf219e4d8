//! wippy-lexer: the Lua 5.3 lexer (logos), with the extra punctuation of wippy-lua's type syntax.

mod token;

pub use token::{Span, Token};
