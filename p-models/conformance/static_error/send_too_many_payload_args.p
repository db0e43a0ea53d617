// eValue carries a single int, but send passes two payload values.
// expect-error: payload-arity
event eValue: int;

machine Main {
  start state Init {
    entry {
      send this, eValue, 1, 2;
    }
    ignore eValue;
  }
}
