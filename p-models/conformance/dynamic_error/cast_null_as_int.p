// Casting a null any (the default of `any`) to int with `as` is a failed-cast error.
// expect: cast

machine Main {
  var stored: any;

  start state Init {
    entry {
      var i: int;
      i = stored as int;
    }
  }
}
