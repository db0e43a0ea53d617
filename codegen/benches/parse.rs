//! Parse throughput on a generated multi-megabyte P file that exercises
//! every part of the grammar (declarations, machines, states, handlers,
//! statements, operators, modules and tests), reported in bytes per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use p_codegen::source::SourceMap;
use p_codegen::syntax;
use std::fmt::Write;
use std::hint::black_box;

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
interface IServer{i}(machine) receives eReq{i}, eTick{i};

machine Server{i} receives eReq{i}, eTick{i}; sends eAck{i};
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
        on eTick{i}, null goto Init;
    }}

    fun Flush() {{
        var r: tReq{i};
        while (sizeof(pending) > 0) {{
            r = pending[0];
            pending -= 0;
            print format("flushed {{0}}", r.id);
        }}
        count = count + 1.5 to int + float(2, 1) as int;
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
test tc{i} [main = Server{i}]: assert Safety{i} in (union Mod{i}, {{ Server{i} }});
"#
    );
}

/// A file of at least `min_bytes` bytes.
fn generate(min_bytes: usize) -> String {
    let mut out = String::with_capacity(min_bytes + 8192);
    let mut i = 0;
    while out.len() < min_bytes {
        block(&mut out, i);
        i += 1;
    }
    out
}

fn bench_parse(c: &mut Criterion) {
    let text = generate(4 * 1024 * 1024);
    let mut sources = SourceMap::new();
    let file = sources.add("generated.p", text.clone());
    // A benchmark of a failing parse would measure the wrong thing.
    let unit = syntax::parse(&sources, file).expect("the generated file parses");
    assert!(unit.decls.len() > 1000);

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("generated_4mb", |b| {
        b.iter(|| syntax::parse(black_box(&sources), file).map(|u| u.decls.len()))
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
