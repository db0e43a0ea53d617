// The int literal 3000000000 does not fit in 32 bits; P int literals must be 32-bit values.
// expect-error: int-literal-out-of-range
machine Main {
  var big: int;
  start state Init {
    entry {
      big = 3000000000;
    }
  }
}
