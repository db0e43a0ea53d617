// Record takes a seq[int] but the call statement passes a set[int].
// expect-error: wrong-argument-type
machine Main {
  var ids: set[int];

  fun Record(values1: seq[int]) {
    print format("{0}", values1);
  }

  start state Init {
    entry {
      Record(ids);
    }
  }
}
