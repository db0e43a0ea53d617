// any and data values in collections, recovered with `as`, compared with ==.
machine Main {
  start state Init {
    entry {
      var xs: seq[any];
      var d: map[int, data];
      var a: any;
      xs += (0, 1);
      xs += (1, "two");
      xs += (2, (3, 4));
      d[0] = xs[1] as string;
      d[1] = default(seq[int]);
      a = xs[2];
      assert (a as (int, int)).1 == 4;
      assert xs[0] == 1 && d[0] == "two";
      assert (d[1] as seq[int]) == default(seq[int]);
      a = this;
      assert a as machine == this;
    }
  }
}
