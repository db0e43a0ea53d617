//! Synthetic P programs for benchmarks: a large, valid program made of
//! numbered copies of one block that exercises every part of the grammar
//! (declarations, machines, states, handlers, statements, operators,
//! modules and tests), so parse and analysis throughput are measured on
//! realistic text without shipping a multi-megabyte file.

use std::fmt::Write;

/// One block of varied P code; `i` keeps every name unique.
fn block(out: &mut String, i: usize) {
    let _ = write!(
        out,
        r#"
// Block {i}: types, events and a machine with several states.
type tReq{i} = (id: int, from: machine, names: seq[string], tags: map[int, set[bool]]);
enum Phase{i} {{ Idle{i} = 0, Busy{i} = 5, Done{i} = 9 }}
event eReq{i}: tReq{i};
event eAck{i} assert 3: (id: int, ok: bool);
event eTick{i};
eventset All{i} = {{ eReq{i}, eAck{i}, eTick{i} }};
interface IServer{i}(int) receives eReq{i}, eTick{i};

machine Server{i} receives eReq{i}, eTick{i}; sends eAck{i}, eReq{i};
{{
    var pending: seq[tReq{i}];
    var seen: map[int, bool];
    var count, limit: int;

    start state Init {{
        entry (n: int) {{
            limit = n * 2 + 1;
            count = 0;
            goto Serving;
        }}
        defer eTick{i};
    }}

    hot state Serving {{
        on eReq{i} do (r: tReq{i}) {{
            var k: int;
            var ok: bool;
            k = r.id % 7 + sizeof(r.names) - (count * 3) / 2;
            ok = !(k in seen) && (count < limit || $) && r.from != null;
            if (ok) {{
                seen[k] = true;
                pending += (sizeof(pending), r);
            }} else {{
                seen -= k;
            }}
            while (k > 0 && count <= limit) {{
                k = k - 1;
                count = count + 1;
            }}
            foreach (k in keys(seen)) {{
                assert k >= 0, format("bad key {{0}} at {{1}}", k, count);
            }}
            send r.from, eAck{i}, (id = r.id, ok = ok);
            announce eTick{i};
        }}
        on eTick{i} goto Draining with Flush;
        ignore halt;
    }}

    cold state Draining {{
        entry Flush;
        on eTick{i}, null goto Serving;
    }}

    fun Flush() {{
        var r: tReq{i};
        while (sizeof(pending) > 0) {{
            r = pending[0];
            pending -= 0;
            print format("flushed {{0}}", r.id);
        }}
        send this, eReq{i}, (id = count, from = this, names = default(seq[string]), tags = default(map[int, set[bool]]));
        count = count + (1.5 to int) + (2.5 to int);
        receive {{
            case eTick{i}: {{ return; }}
            case eReq{i}: (x: tReq{i}) {{ pending += (0, x); }}
        }}
    }}
}}

spec Safety{i} observes eReq{i}, eAck{i} {{
    var open: set[int];
    start state Watch {{
        on eReq{i} do (r: tReq{i}) {{ open += (r.id); }}
        on eAck{i} do (a: (id: int, ok: bool)) {{
            assert a.id in open, "ack without request";
            open -= a.id;
        }}
    }}
}}

fun Helper{i}(a: int, b: float, c: (int, (string, bool))): bool {{
    return a + c.0 > 3 && c.1.1 || b * .5 >= 2.25 && c.1.0 == "x\"y";
}}

module Mod{i} = {{ Server{i} -> IServer{i} }};
machine Driver{i} {{
    start state Start {{
        entry {{ new IServer{i}(3); }}
    }}
}}

test tc{i} [main = Driver{i}]: assert Safety{i} in (union Mod{i}, {{ Driver{i} }});
"#
    );
}

/// A file of at least `min_bytes` bytes.
pub fn program(min_bytes: usize) -> String {
    let mut out = String::with_capacity(min_bytes + 8192);
    let mut i = 0;
    while out.len() < min_bytes {
        block(&mut out, i);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::source::SourceMap;

    #[test]
    fn the_synthetic_program_is_a_valid_p_program() {
        let text = super::program(20_000);
        assert!(text.len() >= 20_000);
        let mut sources = SourceMap::new();
        sources.add("synthetic.p", text);
        match crate::check_sources(&sources) {
            Ok(model) => assert!(model.machines.len() >= 4, "several blocks"),
            Err(errors) => panic!(
                "the synthetic program has errors: {}",
                errors
                    .iter()
                    .map(|e| e.message.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }
}
