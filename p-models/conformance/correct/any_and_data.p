// Values of different types can live in seq[any] / map[int, data] and are recovered with `as`; == works across any.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var bag: seq[any];
      var store: map[int, data];
      var x: any;
      bag += (0, 1);
      bag += (1, "two");
      bag += (2, (3, 4));
      bag += (3, this);
      assert bag[0] as int == 1, "int element";
      assert bag[1] as string == "two", "string element";
      assert (bag[2] as (int, int)).1 == 4, "tuple element";
      assert bag[3] as machine == this, "machine element";
      assert bag[0] == 1 && bag[1] != 1, "== between any and int";
      store[1] = (name = "n", n = 1);
      store[2] = false;
      assert (store[1] as (name: string, n: int)).name == "n", "named tuple as data";
      assert !(store[2] as bool), "bool as data";
      x = bag;
      assert sizeof(x as seq[any]) == 4, "a seq stored in any";
    }
  }
}
