// `as` recovers a value from any; `to` converts int to float, float to int and an enum to int.
enum Level { Low = 1, High = 10 }

machine Main {
  start state Init {
    entry {
      var a: any;
      var i: int;
      var f: float;
      a = 3;
      i = a as int;
      f = i to float;
      f = f / 2.0;
      i = f to int;
      assert i == 1;
      assert (High to int) == 10;
    }
  }
}
