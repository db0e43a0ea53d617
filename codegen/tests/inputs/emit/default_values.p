// default(T) for primitive, collection, tuple and machine types.
type Pair = (a: int, b: seq[bool]);

machine Main {
  start state Init {
    entry {
      assert default(int) == 0 && default(bool) == false;
      assert default(string) == "" && default(float) == 0.0;
      assert sizeof(default(seq[int])) == 0;
      assert sizeof(default(map[int, int])) == 0;
      assert default(Pair).a == 0 && sizeof(default(Pair).b) == 0;
      assert default(machine) == null;
      assert default(event) == null;
    }
  }
}
