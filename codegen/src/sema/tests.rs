//! Tests and implementations (P's `ModuleSystemTypeChecker.CheckSafetyTest`
//! and `CheckImplementationDecl`), parametric tests expanded into their
//! cases (`params`), and the implicit test of a program that declares none (`ModuleSystemDeclarations`: `Main` with every machine
//! bound to its own interface and no spec attached).

use super::model::*;
use super::modules::{Info, Named};
use super::{Checker, TestAst, params};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;
use std::collections::HashMap;

impl<'a> Checker<'a> {
    pub(super) fn check_modules(&mut self) {
        let mut named = vec![Named::NotYet; self.module_ast.len()];
        // P checks every named module, used or not.
        for i in 0..self.module_ast.len() {
            let span = self.module_ast[i].name.span;
            self.named_module(i, span, &mut named);
        }
        let scenarios: Vec<MachineId> = (0..self.m.machines.len() as u32)
            .map(MachineId)
            .filter(|m| self.m.machines[m.index()].kind == MachineKind::Scenario)
            .collect();
        for t in self.test_ast.clone() {
            // A parametric test's cases (checked even if its module is not).
            let cases = match t {
                TestAst::Test(ast::TestDecl {
                    name,
                    params: Some(tp),
                    ..
                }) => match self.param_cases(name, tp) {
                    Some(cases) => Some(cases),
                    None => continue,
                },
                _ => None,
            };
            let (name, main, module, kind, span) = match t {
                TestAst::Test(t) => (&t.name, t.main.as_ref(), &t.module, TestKind::Test, t.span),
                TestAst::Implementation(t) => (
                    &t.name,
                    t.main.as_ref(),
                    &t.module,
                    TestKind::Implementation,
                    t.span,
                ),
            };
            let Some(info) = self.module_expr(module, &mut named) else {
                continue;
            };
            let what = if kind == TestKind::Test {
                "test"
            } else {
                "implementation"
            };
            if !self.closed(&info, what, &name.name, span) {
                continue;
            }
            let main = match main {
                Some(m) => match self.main_machine(m, &info) {
                    Some(id) => Some(id),
                    None => continue,
                },
                None => info.main,
            };
            if kind == TestKind::Test {
                let Some(main) = main else {
                    self.error(Diagnostic::error(
                        name.span,
                        format!(
                            "test `{}` has no main machine: write `test {} [main = M]: ...`",
                            name.name, name.name
                        ),
                    ));
                    continue;
                };
                let payload = self.m.machines[main.index()].payload;
                if payload != TypeId::NULL {
                    let mname = self.machine_name(main).to_owned();
                    self.error(
                        Diagnostic::error(
                            span,
                            format!(
                                "the main machine `{mname}` of test `{}` cannot take a payload, but its start state's entry takes a `{}`",
                                name.name,
                                self.ty(payload)
                            ),
                        )
                        .with_note("a test creates its main machine without arguments"),
                    );
                    continue;
                }
            }
            let test = Test {
                name: name.name.clone(),
                kind,
                main,
                module: info.to_model(),
                scenarios: scenarios.clone(),
                params: Vec::new(),
                span: name.span,
            };
            match cases {
                None => self.m.tests.push(test),
                Some(cases) => {
                    for a in cases {
                        let name = params::case_name(&self.m, &test.name, &a);
                        self.m.tests.push(Test {
                            name,
                            params: a,
                            ..test.clone()
                        });
                    }
                }
            }
        }
        self.unique_case_names();
        if self.test_ast.is_empty() {
            self.default_test(scenarios);
        }
    }

    /// Test case names are what `--testcase` selects: an expanded
    /// parametric case may not take the name of another test.
    fn unique_case_names(&mut self) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for i in 0..self.m.tests.len() {
            let t = &self.m.tests[i];
            match seen.get(&t.name) {
                None => {
                    seen.insert(t.name.clone(), i);
                }
                Some(&first) => {
                    let d =
                        Diagnostic::error(t.span, format!("two test cases are named `{}`", t.name))
                            .with_label(self.m.tests[first].span, "the other one is declared here")
                            .with_note(
                                "a parametric test `t` names its cases `t___param_value__...`",
                            );
                    self.error(d);
                }
            }
        }
    }

    /// A test's module must bind every interface it creates.
    fn closed(&mut self, info: &Info, what: &str, name: &str, span: Span) -> bool {
        let Some(i) = info.creates.iter().find(|i| !info.bindings.contains_key(i)) else {
            return true;
        };
        let iname = self.m.interfaces[i.index()].name.clone();
        self.error(
            Diagnostic::error(
                span,
                format!(
                    "the module of {what} `{name}` creates `{iname}` but binds no machine to it"
                ),
            )
            .with_note(format!(
                "add `{iname}` (or `SomeMachine -> {iname}`) to the module"
            )),
        );
        false
    }

    /// Without tests or implementations, the machine `Main` (if any) runs
    /// with every machine bound to its own interface.
    fn default_test(&mut self, scenarios: Vec<MachineId>) {
        let Some(main) = self.m.machine_by_name("Main") else {
            return;
        };
        if self.m.machines[main.index()].is_spec() {
            return;
        }
        let bindings = self
            .m
            .machines
            .iter()
            .enumerate()
            .filter_map(|(mi, m)| m.interface.map(|i| (i, MachineId(mi as u32))))
            .collect();
        let module = self.bindings_info(bindings).to_model();
        let span = self.m.machines[main.index()].span;
        self.m.tests.push(Test {
            name: "DefaultImpl".into(),
            kind: TestKind::Default,
            main: Some(main),
            module,
            scenarios,
            params: Vec::new(),
            span,
        });
    }
}
