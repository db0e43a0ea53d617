//! Parse throughput on a generated multi-megabyte P file that exercises
//! every part of the grammar (declarations, machines, states, handlers,
//! statements, operators, modules and tests), reported in bytes per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use p_codegen::source::SourceMap;
use p_codegen::syntax;
use std::hint::black_box;

fn bench_parse(c: &mut Criterion) {
    let text = p_codegen::synthetic::program(4 * 1024 * 1024);
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
