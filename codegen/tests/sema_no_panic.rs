//! Property test: parsing plus semantic analysis never panics on mutated P
//! programs, and every rejection comes with in-bounds, renderable
//! diagnostics. The mutations work on tokens and lines of the repository's
//! P files (deleting, duplicating, swapping, and renaming identifiers to
//! other identifiers of the same file), so most mutants still parse and
//! reach the checker with wrong names, types and structure.

use p_codegen::diag;
use p_codegen::source::SourceMap;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

fn p_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            p_files(&e, out);
        } else if e.extension().is_some_and(|x| x == "p") {
            out.push(e);
        }
    }
}

/// The P files to mutate, each split into tokens.
static CORPUS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../p-models");
    let mut files = Vec::new();
    p_files(&root, &mut files);
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .map(|t| tokens(&t))
        .collect()
});

/// Identifiers, numbers, string literals, whitespace runs and single
/// symbols; concatenating them gives the text back.
fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' && chars[i] != '\n' {
                i += 1;
            }
            i = (i + 1).min(chars.len());
        } else {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

fn is_ident(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Replace one identifier by another identifier of the same file.
    Rename {
        at: u16,
        with: u16,
    },
    DeleteToken {
        at: u16,
    },
    DuplicateToken {
        at: u16,
    },
    SwapTokens {
        a: u16,
        b: u16,
    },
    DeleteLine {
        at: u16,
    },
    DuplicateLine {
        at: u16,
    },
    SwapLines {
        a: u16,
        b: u16,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<u16>(), any::<u16>()).prop_map(|(at, with)| Mutation::Rename { at, with }),
        1 => any::<u16>().prop_map(|at| Mutation::DeleteToken { at }),
        1 => any::<u16>().prop_map(|at| Mutation::DuplicateToken { at }),
        1 => (any::<u16>(), any::<u16>()).prop_map(|(a, b)| Mutation::SwapTokens { a, b }),
        2 => any::<u16>().prop_map(|at| Mutation::DeleteLine { at }),
        2 => any::<u16>().prop_map(|at| Mutation::DuplicateLine { at }),
        1 => (any::<u16>(), any::<u16>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
    ]
}

/// An index in `0..len` picked by `at` (len > 0).
fn pick(at: u16, len: usize) -> usize {
    at as usize % len
}

/// Line `k` as a token range (the newline-bearing whitespace ends a line).
fn line_ranges(toks: &[String]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.contains('\n') {
            ranges.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        ranges.push((start, toks.len()));
    }
    ranges
}

fn apply(toks: &mut Vec<String>, m: &Mutation) {
    if toks.is_empty() {
        return;
    }
    let n = toks.len();
    match *m {
        Mutation::Rename { at, with } => {
            let idents: Vec<usize> = (0..n).filter(|&i| is_ident(&toks[i])).collect();
            if !idents.is_empty() {
                let (a, b) = (
                    idents[pick(at, idents.len())],
                    idents[pick(with, idents.len())],
                );
                toks[a] = toks[b].clone();
            }
        }
        Mutation::DeleteToken { at } => {
            toks.remove(pick(at, n));
        }
        Mutation::DuplicateToken { at } => {
            let i = pick(at, n);
            let t = toks[i].clone();
            toks.insert(i, t);
        }
        Mutation::SwapTokens { a, b } => toks.swap(pick(a, n), pick(b, n)),
        Mutation::DeleteLine { at } => {
            let lines = line_ranges(toks);
            let (s, e) = lines[pick(at, lines.len())];
            toks.drain(s..e);
        }
        Mutation::DuplicateLine { at } => {
            let lines = line_ranges(toks);
            let (s, e) = lines[pick(at, lines.len())];
            let copy: Vec<String> = toks[s..e].to_vec();
            toks.splice(s..s, copy);
        }
        Mutation::SwapLines { a, b } => {
            let lines = line_ranges(toks);
            let (x, y) = (lines[pick(a, lines.len())], lines[pick(b, lines.len())]);
            let (first, second) = if x.0 <= y.0 { (x, y) } else { (y, x) };
            if first.1 <= second.0 {
                let mut out = toks[..first.0].to_vec();
                out.extend_from_slice(&toks[second.0..second.1]);
                out.extend_from_slice(&toks[first.1..second.0]);
                out.extend_from_slice(&toks[first.0..first.1]);
                out.extend_from_slice(&toks[second.1..]);
                *toks = out;
            }
        }
    }
}

/// Runs the front end on `text`: no panic, and a rejection explains itself
/// with spans inside the file.
fn check(text: &str) {
    let mut sm = SourceMap::new();
    let id = sm.add("mutant.p", text);
    if let Err(diags) = p_codegen::check_sources(&sm) {
        assert!(!diags.is_empty());
        for d in &diags {
            for span in std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)) {
                assert_eq!(span.file, id);
                assert!(
                    span.start <= span.end && span.end as usize <= text.len(),
                    "{d:?}"
                );
            }
        }
        assert!(diag::render_all(&sm, &diags).contains("mutant.p:"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn analysis_never_panics_on_mutants(
        file in any::<prop::sample::Index>(),
        muts in prop::collection::vec(mutation(), 1..5),
    ) {
        let mut toks = file.get(&CORPUS).clone();
        for m in &muts {
            apply(&mut toks, m);
        }
        check(&toks.concat());
    }
}

#[test]
fn unmutated_files_do_not_panic() {
    for toks in CORPUS.iter() {
        check(&toks.concat());
    }
}

/// Programs nested as deep as the parser allows are checked without
/// exhausting the stack.
#[test]
fn deep_nesting_is_checked_without_overflow() {
    use p_codegen::syntax::{MAX_BRACKET_DEPTH, MAX_TREE_DEPTH};
    let brackets = MAX_BRACKET_DEPTH - 10;
    let depth = MAX_TREE_DEPTH as usize - 50;
    let bodies = [
        format!("x = {}1{};", "(".repeat(brackets), ")".repeat(brackets)),
        format!("x = {};", vec!["1"; depth].join(" + ")),
        format!("x = {}1;", "-".repeat(depth)),
        format!("{}x = 2;", "if (true) x = 1; else ".repeat(depth / 3)),
        format!(
            "x = {}1{};",
            "(".repeat(brackets / 2),
            ",)".repeat(brackets / 2)
        ),
        format!(
            "{}x = 1;{}",
            "while (true) { ".repeat(brackets - 5),
            " }".repeat(brackets - 5)
        ),
    ];
    for body in bodies {
        let text = format!("fun f() {{ var x: int; {body} }}");
        let mut sm = SourceMap::new();
        let id = sm.add("deep.p", text.as_str());
        assert!(
            p_codegen::syntax::parse(&sm, id).is_ok(),
            "the parser must accept this depth, so the checker sees it: {body:.60}"
        );
        check(&text);
    }
}
