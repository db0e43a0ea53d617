// Foreign functions (declared without a body, implemented in C# or Java
// for P's own backends) are reported once each, global or of a machine,
// with their signatures and `creates` clauses still checked.

type Handle;

fun OpenHandle(name: string): Handle;
fun Launch(): machine creates Helper, Missing;

machine Helper { start state S { } }

machine Main {
  var h: Handle;
  start state Init {
    entry {
      var m: machine;
      h = OpenHandle("x");
      m = Launch();
      assert Native(1) == 2;
    }
  }
  fun Native(x: int): int;
}
