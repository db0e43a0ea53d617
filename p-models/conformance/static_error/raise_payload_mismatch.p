// eCount carries an int but is raised with a bool payload.
// expect-error: payload-type-mismatch
event eCount: int;

machine Main {
  start state Init {
    entry {
      raise eCount, true;
    }
    on eCount do (n: int) {
      print format("{0}", n);
    }
  }
}
