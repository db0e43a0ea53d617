// The `with` function of `on e goto S with f` runs during the transition, so an assert failing in it is reported.
// expect: assertion
// message: transition payload too large

event eResize: int;

machine Main {
  start state Small {
    entry {
      send this, eResize, 500;
    }
    on eResize goto Large with (n: int) {
      assert n < 100, "transition payload too large";
    }
  }

  state Large {
    entry (n: int) { }
  }
}
