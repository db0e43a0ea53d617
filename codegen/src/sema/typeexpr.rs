//! Types as written -> interned types (P's `TypeResolver`).
//!
//! A name is looked up as an enum, a type alias, an event set, an interface
//! (every machine declares one) and finally a spec machine. Aliases are
//! expanded where they are used, so an alias that mentions itself is
//! reported instead of expanding forever.

use super::model::*;
use super::names::Ns;
use super::{Checker, Resolving};
use crate::diag::Diagnostic;
use crate::syntax::ast;
use std::collections::HashSet;

impl<'a> Checker<'a> {
    /// The type `te` denotes; [`TypeId::ERROR`] after reporting an error.
    pub(super) fn resolve_type(&mut self, te: &ast::TypeExpr) -> TypeId {
        use ast::TypeExprKind as T;
        match &te.kind {
            T::Bool => TypeId::BOOL,
            T::Int => TypeId::INT,
            T::Float => TypeId::FLOAT,
            T::String => TypeId::STRING,
            T::Event => TypeId::EVENT,
            T::Machine => TypeId::MACHINE,
            T::Data => TypeId::DATA,
            T::Any => TypeId::ANY,
            T::Seq(e) => {
                let e = self.resolve_type(e);
                self.wrap(e, TypeKind::Seq)
            }
            T::Set(e) => {
                let e = self.resolve_type(e);
                self.wrap(e, TypeKind::Set)
            }
            T::Map(k, v) => {
                let k = self.resolve_type(k);
                let v = self.resolve_type(v);
                if k == TypeId::ERROR || v == TypeId::ERROR {
                    TypeId::ERROR
                } else {
                    self.m.types.intern(TypeKind::Map(k, v))
                }
            }
            T::Tuple(elems) => {
                let ts: Vec<TypeId> = elems.iter().map(|e| self.resolve_type(e)).collect();
                if ts.contains(&TypeId::ERROR) {
                    TypeId::ERROR
                } else {
                    self.m.types.intern(TypeKind::Tuple(ts))
                }
            }
            T::NamedTuple(fields) => {
                let mut seen: HashSet<&str> = HashSet::new();
                let mut out = Vec::new();
                let mut bad = false;
                for (name, fty) in fields {
                    if !seen.insert(&name.name) {
                        self.error(Diagnostic::error(
                            name.span,
                            format!("the named tuple type has two fields named `{}`", name.name),
                        ));
                        bad = true;
                    }
                    let t = self.resolve_type(fty);
                    bad |= t == TypeId::ERROR;
                    out.push((name.name.clone(), t));
                }
                if bad {
                    TypeId::ERROR
                } else {
                    self.m.types.intern(TypeKind::NamedTuple(out))
                }
            }
            T::Named(name) => self.resolve_named_type(name),
        }
    }

    fn wrap(&mut self, elem: TypeId, f: fn(TypeId) -> TypeKind) -> TypeId {
        if elem == TypeId::ERROR {
            TypeId::ERROR
        } else {
            self.m.types.intern(f(elem))
        }
    }

    fn resolve_named_type(&mut self, name: &ast::Ident) -> TypeId {
        if let Some((id, _)) = self.names.get(Ns::Enum, &name.name) {
            return self.m.enums[id as usize].ty;
        }
        if let Some((id, _)) = self.names.get(Ns::Type, &name.name) {
            return self.resolve_typedef(TypeDeclId(id), name);
        }
        if let Some((id, _)) = self.names.get(Ns::EventSet, &name.name) {
            let origin = PermissionOrigin::EventSet(EventSetId(id));
            return self.m.types.intern(TypeKind::Permission(origin));
        }
        if let Some(id) = self.names.interface(&name.name) {
            let origin = PermissionOrigin::Interface(id);
            return self.m.types.intern(TypeKind::Permission(origin));
        }
        if let Some(id) = self.names.machine(&name.name) {
            let origin = PermissionOrigin::Spec(id);
            return self.m.types.intern(TypeKind::Permission(origin));
        }
        self.error(Diagnostic::error(
            name.span,
            format!(
                "unknown type `{}`: no type, enum, event set, machine or interface has this name",
                name.name
            ),
        ));
        TypeId::ERROR
    }

    /// The expansion of an alias, resolving it on first use.
    pub(super) fn resolve_typedef(&mut self, id: TypeDeclId, used_at: &ast::Ident) -> TypeId {
        let i = id.index();
        match self.typedef_state[i] {
            Resolving::Done => self.m.type_decls[i].ty,
            Resolving::InProgress => {
                let decl = self.m.type_decls[i].span;
                self.error(
                    Diagnostic::error(
                        used_at.span,
                        format!(
                            "type `{}` refers to itself; P types cannot be recursive",
                            used_at.name
                        ),
                    )
                    .with_label(decl, format!("`{}` declared here", used_at.name)),
                );
                TypeId::ERROR
            }
            Resolving::NotYet => {
                self.typedef_state[i] = Resolving::InProgress;
                let ast = self.typedef_ast[i];
                let ty = match &ast.ty {
                    Some(te) => self.resolve_type(te),
                    None => self.m.type_decls[i].ty,
                };
                self.m.type_decls[i].ty = ty;
                self.typedef_state[i] = Resolving::Done;
                ty
            }
        }
    }
}
