//! wippy-lexer: the Lua 5.3 lexer (logos), with the extra punctuation of wippy-lua's type syntax.
//!
//! Sources are bytes (Lua is 8-bit clean). [`Lexer`] yields [`Token`]s with byte [`Span`]s and
//! reports errors as [`LexError`]s worded like PUC Lua 5.3; [`LineIndex`] maps offsets to lines
//! and columns; [`Near`] renders a token the way PUC's `near '...'` does.
//!
//! ```
//! use wippy_lexer::{Lexer, Token};
//!
//! let tokens: Vec<_> = Lexer::new(b"x = 0x10 .. 'a\\65'").collect::<Result<_, _>>().unwrap();
//! assert_eq!(tokens[2], (4, Token::Int(16), 8));
//! assert_eq!(tokens[4].1, Token::Str(b"aA".to_vec().into()));
//!
//! let err = Lexer::new(b"x = 3..2").find_map(Result::err).unwrap();
//! assert_eq!(err.full_message(b"stdin"), b"stdin:1: malformed number near '3..2'");
//! ```

mod cursor;
mod error;
mod lexer;
mod line_index;
mod long_bracket;
mod near;
mod numeral;
mod raw;
mod short_string;
mod token;

pub use error::{chunk_id, LexError};
pub use lexer::Lexer;
pub use line_index::LineIndex;
pub use near::Near;
pub use token::{Span, Token};
