// An int is coerced to string with to; the target of to must be int, float or an interface.
// expect-error: bad-coercion
machine Main {
  var s: string;
  start state Init {
    entry {
      s = 7 to string;
    }
  }
}
