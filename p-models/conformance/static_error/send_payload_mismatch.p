// eValue carries an int but is sent with a bool payload.
// expect-error: payload-type-mismatch
event eValue: int;

machine Main {
  start state Init {
    entry {
      send this, eValue, true;
    }
    ignore eValue;
  }
}
