// A field name is used on an unnamed tuple; unnamed tuples are accessed by index only.
// expect-error: missing-tuple-field
machine Main {
  var pair: (int, int);
  var n: int;
  start state Init {
    entry {
      pair = (3, 4);
      n = pair.first;
    }
  }
}
