// The anonymous exit function declares a parameter; the grammar only allows parameterless exit blocks.
// expect-error: parse-error
event eNext;

machine Main {
  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done;
    exit (code: int) {
      print "bye";
    }
  }

  state Done { }
}
