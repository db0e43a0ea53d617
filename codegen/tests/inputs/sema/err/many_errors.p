// Several independent errors of the first stage are all reported, in order
// of position, each once (an undefined name does not cascade).

event ePing: int;

machine Main {
  var count: int;

  start state Init {
    entry {
      count = missing + 1;
      count = "text";
      send this, ePing;
      Undefined(count);
      count = count + 1.5;
    }
  }
}

fun Broken(): int {
  var x: int;
  x = unknownToo;
}
