// The operator % is applied to strings; modulo is only defined on int and float.
// expect-error: bad-operand-type
machine Main {
  var s: string;
  var t: string;
  start state Init {
    entry {
      s = "ten";
      t = s % s;
    }
  }
}
