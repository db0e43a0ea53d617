// Foreign types and functions: opaque values, no bodies, creates clauses.

type Handle;
event eOpen: Handle;

fun OpenHandle(name: string): Handle;
fun Launch(): machine creates Helper;

machine Helper { start state S { on eOpen do (h: Handle) { } } }

machine Main {
  var h: Handle;
  start state Init {
    entry {
      var m: machine;
      h = OpenHandle("x");
      m = Launch();
      send m, eOpen, h;
    }
  }
  fun Native(x: int): int;
}
