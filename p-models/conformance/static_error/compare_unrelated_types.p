// An int is compared with a string using ==; equality needs operands of mutually assignable types.
// expect-error: incomparable-types
machine Main {
  var n: int;
  var s: string;
  var same: bool;
  start state Init {
    entry {
      same = n == s;
    }
  }
}
