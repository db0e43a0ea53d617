// A set element is assigned through an index; only seq and map elements are assignable.
// expect-error: assign-set-element
machine Main {
  var ids: set[int];
  start state Init {
    entry {
      ids += (1);
      ids[0] = 2;
    }
  }
}
