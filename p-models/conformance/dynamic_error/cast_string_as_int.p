// Casting an any that holds a string to int with `as` is a failed-cast error.
// expect: cast

machine Main {
  start state Init {
    entry {
      var x: any;
      var i: int;
      x = "42";
      i = x as int;
    }
  }
}
