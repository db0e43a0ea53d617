// The function Name is declared to return string but returns an int.
// expect-error: return-type-mismatch
fun Name(id: int): string {
  return id;
}

machine Main {
  var s: string;
  start state Init {
    entry {
      s = Name(1);
    }
  }
}
