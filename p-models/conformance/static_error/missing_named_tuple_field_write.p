// The code assigns to field name of a named tuple that only has fields id and age.
// expect-error: missing-tuple-field
machine Main {
  var person: (id: int, age: int);
  start state Init {
    entry {
      person.name = 3;
    }
  }
}
