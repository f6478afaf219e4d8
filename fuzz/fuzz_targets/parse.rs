//! Fuzz target: parsing arbitrary bytes never panics or overflows the stack, a successful
//! parse survives the print -> parse round trip, and errors carry a line and a message.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match wippy_parser::parse(data, "=fuzz") {
        Ok(chunk) => {
            let printed = wippy_parser::pretty::print_chunk(&chunk);
            if let Err(e) = wippy_parser::parse(printed.as_bytes(), "=fuzz") {
                panic!("printed source does not parse: {}\n{printed}", e.full_message());
            }
        }
        Err(e) => assert!(e.line >= 1 && !e.message.is_empty()),
    }
});
