//! Pest's parse errors as diagnostics in P's terms.
//!
//! Pest reports the furthest position it reached and what it tried there:
//! rules (`Rule::expr`, `Rule::kw_state`...) and literal tokens (`";"`).
//! This module sorts those into what a P programmer would call them (an
//! expression, a type, an event name, `;`...) and picks the most useful
//! sentence ("expected `;` after the statement", "expected an expression,
//! found `}`"); rule names never reach the user.

use super::grammar::Rule;
use crate::diag::Diagnostic;
use crate::source::{FileId, Span};
use pest::error::{Error, ErrorVariant, InputLocation};
use std::collections::BTreeSet;

/// What the parser would have accepted, in P's terms, most specific first
/// (the order of the variants is the order of preference).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Expected {
    Semicolon,
    Expression,
    Module,
    Type,
    EventName,
    Name,
    StateItem,
    MachineMember,
    Statement,
    Declaration,
    /// A specific token or keyword, written as the user would type it.
    Token(String),
}

/// Converts a pest error on `text` into one diagnostic.
pub(crate) fn from_pest(file: FileId, text: &str, err: &Error<Rule>) -> Diagnostic {
    let located = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let attempts = err.parse_attempts();
    // Pest locates the error at the start of the outermost rule that failed
    // furthest, and lists the rules tried there; the detailed attempts know
    // the furthest token itself and the literal tokens tried at it. When
    // that furthest point says something (not just the letters of a word
    // read inside a lookahead), it is the better place to point at.
    let furthest = attempts.as_ref().map_or(located, |a| a.max_position);
    let tokens: BTreeSet<Expected> = attempts
        .iter()
        .flat_map(|a| a.expected_tokens())
        .filter_map(|t| from_token(&t.to_string()))
        .collect();
    let use_furthest = furthest > located && !tokens.is_empty();
    let pos = if use_furthest { furthest } else { located }.min(text.len());
    let found = found_token(text, pos);
    let at = |start: usize, end: usize| Span::new(file, start, end);
    let span = at(pos, pos + found.len());
    let positives = match &err.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.as_slice(),
        // The only custom errors pest raises itself are its call and stack
        // limits, which deep nesting reaches first.
        ErrorVariant::CustomError { .. } => {
            return Diagnostic::error(span, "this is nested too deeply for the parser");
        }
    };
    if found.starts_with("/*") && !text[pos..].contains("*/") {
        return Diagnostic::error(at(pos, pos + 2), "unterminated comment: `/*` has no `*/`");
    }
    if found == "\"" {
        return Diagnostic::error(at(pos, pos + 1), "unterminated string literal");
    }
    let mut expected = BTreeSet::new();
    if !use_furthest {
        for rule in positives {
            expected.extend(from_rule(*rule));
        }
    }
    if use_furthest || furthest == located {
        expected.extend(tokens);
    }
    let found_text = if found.is_empty() {
        "end of file".to_owned()
    } else {
        format!("`{found}`")
    };
    if expected.contains(&Expected::Name) && is_reserved(found) {
        return Diagnostic::error(
            span,
            format!("`{found}` is a keyword and cannot be used as a name"),
        );
    }
    // Operators that could continue an expression are rarely what is
    // missing; a closing bracket or separator, when one fits, is.
    let continuations = ["`(`", "`[`", "`in`", "`to`"].map(|t| Expected::Token(t.to_owned()));
    if expected.iter().any(|e| !continuations.contains(e)) {
        expected.retain(|e| !continuations.contains(e));
    }
    // An expression, a module expression, a type or an event list is the one
    // thing to ask for where it may start; whatever else fits there (`;`
    // after `return`, keywords of other alternatives) says less.
    let primary = [
        Expected::Expression,
        Expected::Module,
        Expected::Type,
        Expected::EventName,
    ];
    if let Some(p) = primary.iter().find(|p| expected.contains(p)) {
        return Diagnostic::error(
            span,
            format!(
                "expected {}, found {found_text}",
                describe(&BTreeSet::from([p.clone()]))
            ),
        );
    }
    // Where a statement may start, the statement is what is missing; the
    // names, `var` and keywords that start statements say nothing more.
    if expected.contains(&Expected::Statement) {
        expected.retain(|e| {
            matches!(e, Expected::Statement) || *e == Expected::Token("`}`".to_owned())
        });
    }
    if expected.contains(&Expected::Semicolon) {
        // The `;` belongs right after the previous token, not at the next one.
        let end = end_of_previous_token(text, pos);
        let message = match construct_before(text, end) {
            Some(what) => format!("expected `;` after {what}"),
            None => "expected `;`".to_owned(),
        };
        return Diagnostic::error(at(end, end), message);
    }
    // A stray closing bracket where a declaration or member could start.
    let closer = matches!(found, "}" | ")" | "]");
    let structural = expected.iter().all(|e| {
        matches!(
            e,
            Expected::Declaration | Expected::MachineMember | Expected::StateItem
        ) || *e == Expected::Token("`}`".to_owned())
    });
    if closer && structural && !expected.contains(&Expected::Token(format!("`{found}`"))) {
        return Diagnostic::error(span, format!("unexpected {found_text}"));
    }
    let wanted = describe(&expected);
    let message = if wanted.is_empty() {
        format!("unexpected {found_text}")
    } else {
        format!("expected {wanted}, found {found_text}")
    };
    Diagnostic::error(span, message)
}

/// What a rule that failed at the error position stands for.
fn from_rule(rule: Rule) -> Option<Expected> {
    use Rule::*;
    Some(match rule {
        int_lit => Expected::Token("an integer".to_owned()),
        // The argument list of a call may follow a name: a continuation.
        call_args => Expected::Token("`(`".to_owned()),
        expr | paren_expr | named_tuple | float_lit | string_lit | name | quantifier | neg
        | not | verif_prefix | args | keys_expr | values_expr | sizeof_expr | default_expr
        | new_expr | choose_expr | format_expr | float_exp | fair_nondet | nondet | kw_true
        | kw_false | kw_this => Expected::Expression,
        ty_seq | ty_set | ty_map | ty_tuple | ty_named_tuple | ty_prim | ty_named => Expected::Type,
        event_set | event_list => Expected::EventName,
        iden | iden_list => Expected::Name,
        state_entry | state_exit | state_defer | state_ignore | state_on => Expected::StateItem,
        state_decl | var_decl => Expected::MachineMember,
        block | assert_stmt | assume_stmt | print_stmt | return_stmt | break_stmt
        | continue_stmt | while_stmt | foreach_stmt | if_stmt | new_stmt | raise_stmt
        | send_stmt | announce_stmt | goto_stmt | receive_stmt | call_stmt | assign_stmt
        | lvalue => Expected::Statement,
        program | type_def | enum_decl | event_decl | event_set_decl | interface_decl
        | machine_decl | spec_decl | module_decl | test_decl | impl_decl | param_decl | EOI => {
            Expected::Declaration
        }
        mod_expr_rule if is_mod_expr(mod_expr_rule) => Expected::Module,
        fun_params | fun_param => Expected::Token("a parameter `name: type`".to_owned()),
        other => return keyword(other).map(|k| Expected::Token(format!("`{k}`"))),
    })
}

fn is_mod_expr(rule: Rule) -> bool {
    use Rule::*;
    matches!(
        rule,
        paren_mod
            | primitive_mod
            | compose_mod
            | union_mod
            | hidee_mod
            | hidei_mod
            | assert_mod
            | rename_mod
            | main_mod
            | named_mod
    )
}

/// The word a keyword rule matches, for the keywords worth naming.
fn keyword(rule: Rule) -> Option<&'static str> {
    use Rule::*;
    Some(match rule {
        kw_observes => "observes",
        kw_state => "state",
        kw_do => "do",
        kw_goto => "goto",
        kw_with => "with",
        kw_in => "in",
        kw_to => "to",
        kw_main => "main",
        kw_else => "else",
        kw_case => "case",
        kw_receives => "receives",
        kw_creates => "creates",
        kw_refines => "refines",
        _ => return None,
    })
}

/// What a literal token tried at the error position stands for. Whitespace,
/// comments and the letters of words are noise here.
fn from_token(token: &str) -> Option<Expected> {
    Some(match token {
        ";" => Expected::Semicolon,
        "machine" | "event" | "enum" | "type" | "eventset" | "interface" | "module" | "test"
        | "implementation" => Expected::Declaration,
        "state" | "start" | "var" => Expected::MachineMember,
        "entry" | "exit" | "defer" | "ignore" | "on" => Expected::StateItem,
        "if" | "while" | "foreach" | "return" | "send" | "raise" | "print" => Expected::Statement,
        "choose" | "default" | "keys" | "values" | "sizeof" | "format" | "$" | "$$" | "!" => {
            Expected::Expression
        }
        ")" | "]" | "}" | "{" | "(" | "[" | ":" | "=" | "," | "::" | "->" | "+=" | "-=" => {
            Expected::Token(format!("`{token}`"))
        }
        _ => return None,
    })
}

/// "an expression or `)`"
fn describe(expected: &BTreeSet<Expected>) -> String {
    let mut words: Vec<String> = Vec::new();
    for e in expected {
        let w = match e {
            Expected::Semicolon => "`;`".to_owned(),
            Expected::Expression => "an expression".to_owned(),
            Expected::Module => "a module expression".to_owned(),
            Expected::Type => "a type".to_owned(),
            Expected::EventName => "an event name".to_owned(),
            Expected::Name => "a name".to_owned(),
            Expected::StateItem => {
                "a state item (`entry`, `exit`, `on`, `defer`, `ignore`)".to_owned()
            }
            Expected::MachineMember => "a machine member (`state`, `fun`, `var`)".to_owned(),
            Expected::Statement => "a statement".to_owned(),
            Expected::Declaration => {
                "a declaration (`machine`, `spec`, `event`, `type`, `enum`, `fun`, `module`, `test`, ...)"
                    .to_owned()
            }
            Expected::Token(t) => t.clone(),
        };
        // An expression or a type is the one thing to ask for: the other
        // alternatives at that point are operators that could continue.
        if matches!(
            e,
            Expected::Expression | Expected::Module | Expected::Type | Expected::EventName
        ) {
            return w;
        }
        if !words.contains(&w) {
            words.push(w);
        }
    }
    match words.len() {
        0 => String::new(),
        1 => words.remove(0),
        n => {
            let last = words.remove(n - 1);
            format!("{} or {last}", words.join(", "))
        }
    }
}

/// The token that starts at `pos`: a word, a number, an operator or one
/// character; empty at the end of the file.
fn found_token(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    let word_len = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    if word_len > 0 {
        return &rest[..word_len];
    }
    const OPERATORS: [&str; 15] = [
        "<==>", "==>", "$$", "::", "->", "+=", "-=", "==", "!=", "<=", ">=", "&&", "||", "/*", "//",
    ];
    if let Some(op) = OPERATORS.iter().find(|op| rest.starts_with(**op)) {
        return &rest[..op.len()];
    }
    rest.chars().next().map_or("", |c| &rest[..c.len_utf8()])
}

/// Whether `word` is one of the words P reserves (see `reserved` in p.pest).
fn is_reserved(word: &str) -> bool {
    const RESERVED: [&str; 72] = [
        "any",
        "bool",
        "enum",
        "event",
        "eventset",
        "float",
        "int",
        "machine",
        "interface",
        "map",
        "set",
        "string",
        "seq",
        "data",
        "announce",
        "as",
        "assert",
        "assume",
        "break",
        "case",
        "cold",
        "continue",
        "default",
        "defer",
        "do",
        "else",
        "entry",
        "exit",
        "foreach",
        "format",
        "fun",
        "goto",
        "halt",
        "hot",
        "if",
        "ignore",
        "in",
        "keys",
        "new",
        "observes",
        "on",
        "print",
        "raise",
        "receive",
        "return",
        "send",
        "sizeof",
        "spec",
        "start",
        "state",
        "this",
        "type",
        "values",
        "var",
        "while",
        "with",
        "choose",
        "module",
        "implementation",
        "test",
        "refines",
        "compose",
        "union",
        "hidee",
        "hidei",
        "rename",
        "main",
        "receives",
        "sends",
        "creates",
        "to",
        "true",
    ];
    RESERVED.contains(&word) || word == "false" || word == "null"
}

/// The end of the last token before `pos`, skipping whitespace and
/// comments: where a missing `;` belongs.
fn end_of_previous_token(text: &str, pos: usize) -> usize {
    trim_end(text, 0, pos)
}

/// `end` moved back over the whitespace and comments that end
/// `text[start..end]`. Text that ends in a token is returned at once, so
/// this is cheap on every node of the tree.
pub(crate) fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let mut end = end.min(text.len());
    loop {
        let Some(before) = text.get(start..end) else {
            return end;
        };
        let trimmed = before.trim_end();
        if trimmed.len() == before.len() && !trimmed.ends_with("*/") {
            return end;
        }
        end = start + trimmed.len();
        // A line comment ending the trimmed text: step back to its start.
        let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
        if let Some(c) = line_comment_start(&trimmed[line_start..]) {
            end = start + line_start + c;
            continue;
        }
        if trimmed.ends_with("*/") {
            if let Some(open) = trimmed.rfind("/*") {
                end = start + open;
                continue;
            }
        }
        return end;
    }
}

/// Where a `//` comment starts in one line, ignoring `//` inside strings.
fn line_comment_start(line: &str) -> Option<usize> {
    let mut in_string = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// What the construct ending at `end` is, judged by the first word after
/// the previous `;`, `{` or `}`: "the statement", "the variable
/// declaration", "the event declaration"...
fn construct_before(text: &str, end: usize) -> Option<&'static str> {
    let head = &text[..end];
    let start = head.rfind([';', '{', '}']).map_or(0, |i| i + 1);
    let first = head[start..]
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .find(|w| !w.is_empty())?;
    Some(match first {
        "var" => "the variable declaration",
        "event" => "the event declaration",
        "type" => "the type declaration",
        "eventset" => "the event set declaration",
        "interface" => "the interface declaration",
        "module" => "the module declaration",
        "test" => "the test declaration",
        "implementation" => "the implementation declaration",
        "param" => "the parameter declaration",
        "fun" => "the function declaration",
        "defer" | "ignore" => "the event list",
        "entry" | "exit" | "on" => "the handler",
        "machine" if head[start..].contains("receives") || head[start..].contains("sends") => {
            "the event list"
        }
        "machine" | "spec" | "state" | "enum" => return None,
        _ => "the statement",
    })
}
