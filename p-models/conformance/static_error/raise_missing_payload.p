// eStart carries a string but is raised without a payload.
// expect-error: payload-type-mismatch
event eStart: string;

machine Main {
  start state Init {
    entry {
      raise eStart;
    }
    on eStart do (name: string) {
      print name;
    }
  }
}
