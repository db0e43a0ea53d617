// The unary operator - is applied to a string; negation is only defined on int and float.
// expect-error: bad-operand-type
machine Main {
  var name: string;
  var other: string;
  start state Init {
    entry {
      name = "abc";
      other = -name;
    }
  }
}
