// Empty statements, empty blocks, empty handlers and empty functions are valid and do nothing.
// expect: no-bug

event eNothing;

machine Main {
  start state Init {
    entry {
      var x: int;
      ;
      { }
      { ; }
      Nothing();
      if (true) { } else { x = 1; }
      if (false) ; else x = 2;
      while (x < 5) {
        x = x + 1;
        ;
      }
      assert x == 5, "only the non-empty statements had an effect";
      send this, eNothing;
    }
    on eNothing do { }
    exit { }
  }

  fun Nothing() { }
}
