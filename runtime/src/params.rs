//! The values of P's `param` globals in one test case.
//!
//! A parametric test (`test param (n in [1, 2]) t ...`) expands into one
//! test case per assignment; each [`TestCase`](crate::TestCase) carries the
//! value of every `param` of the program, indexed by the param's number in
//! declaration order (the generator emits the whole list: a param the test
//! does not bind holds its type's default). Machine and monitor code read
//! them through [`Ctx::param`](crate::Ctx::param),
//! [`MonitorCtx::param`](crate::MonitorCtx::param) or
//! [`Env::param`](crate::Env::param): a slice index, nothing on the hot path.

/// The value of one `param` (P binds only int and bool values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    /// An `int` param.
    Int(i64),
    /// A `bool` param.
    Bool(bool),
}

impl ParamValue {
    /// The value of an `int` param.
    pub fn int(self) -> i64 {
        match self {
            ParamValue::Int(n) => n,
            ParamValue::Bool(b) => b as i64,
        }
    }

    /// The value of a `bool` param.
    pub fn bool(self) -> bool {
        match self {
            ParamValue::Bool(b) => b,
            ParamValue::Int(n) => n != 0,
        }
    }
}

/// Param number `i` of `params`; generated code always passes an index
/// below the length, so the fallback (an int 0) is never seen.
pub(crate) fn get(params: &[ParamValue], i: usize) -> ParamValue {
    params.get(i).copied().unwrap_or(ParamValue::Int(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_at_their_type() {
        let ps = [ParamValue::Int(-3), ParamValue::Bool(true)];
        assert_eq!(get(&ps, 0).int(), -3);
        assert!(get(&ps, 1).bool());
        assert_eq!(get(&ps, 2), ParamValue::Int(0));
        assert!(!ParamValue::Int(0).bool());
        assert_eq!(ParamValue::Bool(true).int(), 1);
    }
}
