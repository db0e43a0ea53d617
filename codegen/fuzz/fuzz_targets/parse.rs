//! Feeds arbitrary bytes (read as UTF-8, invalid sequences replaced) to the
//! parser. The parser must return a tree or diagnostics with spans inside
//! the input; any panic or overflow is a bug.

#![no_main]

use libfuzzer_sys::fuzz_target;
use p_codegen::source::SourceMap;
use p_codegen::{diag, syntax};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let len = text.len();
    let mut sources = SourceMap::new();
    let file = sources.add("fuzz.p", text);
    match syntax::parse(&sources, file) {
        Ok(unit) => {
            // Printing must give text that parses to the same tree.
            let printed = syntax::print(&unit);
            let again = sources.add("printed.p", printed);
            let reparsed = syntax::parse(&sources, again).expect("printed text parses");
            assert_eq!(reparsed.without_spans(), unit.without_spans());
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            for d in &diags {
                assert!(d.span.start <= d.span.end && d.span.end as usize <= len);
            }
            let _ = diag::render_all(&sources, &diags);
        }
    }
});
