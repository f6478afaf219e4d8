//! Differential-test driver: reads cases (see `difftest/gen.py`) from stdin and prints, per case,
//! the literal values our lexer finds or its error, in the format of `difftest/puc.lua`.

use std::io::{Read, Write};

use wippy_lexer::{Lexer, Token};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn main() -> std::io::Result<()> {
    let mut data = Vec::new();
    std::io::stdin().read_to_end(&mut data)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut rest = &data[..];
    while let [a, b, c, d, tail @ ..] = rest {
        let len = u32::from_le_bytes([*a, *b, *c, *d]) as usize;
        let (src, next) = tail.split_at(len.min(tail.len()));
        rest = next;
        let mut items = Vec::new();
        let mut error = None;
        for r in Lexer::new(src) {
            match r {
                Ok((_, Token::Int(i), _)) => items.push(format!("i:{i}")),
                Ok((_, Token::Float(f), _)) => items.push(format!("f:{}", hex(&f.to_le_bytes()))),
                Ok((_, Token::Str(s), _)) => items.push(format!("s:{}", hex(&s))),
                Ok(_) => {}
                Err(e) => error = Some(e.full_message(b"t")),
            }
        }
        match error {
            Some(msg) => writeln!(out, "E {}", hex(&msg))?,
            None => writeln!(out, "V {}", items.join(" "))?,
        }
    }
    Ok(())
}
