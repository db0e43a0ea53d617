// eSet carries an int but is sent without a payload.
// expect-error: payload-type-mismatch
event eSet: int;

machine Main {
  start state Init {
    entry {
      send this, eSet;
    }
    ignore eSet;
  }
}
