// The foreach iterator is a string while the sequence holds ints; the iterator must have the element type.
// expect-error: foreach-item-type
machine Main {
  var items: seq[int];
  var item: string;
  start state Init {
    entry {
      items += (0, 1);
      foreach (item in items) {
        print item;
      }
    }
  }
}
