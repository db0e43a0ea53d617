// The named tuple type has fields id and amount, but the code reads a field named total.
// expect-error: missing-tuple-field
type tPayment = (id: int, amount: int);

machine Main {
  var p: tPayment;
  var x: int;
  start state Init {
    entry {
      p = (id = 1, amount = 50);
      x = p.total;
    }
  }
}
