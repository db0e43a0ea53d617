// A string key is removed from a map[int, int]; the key must have the map's key type.
// expect-error: remove-key-type
machine Main {
  var balances: map[int, int];
  start state Init {
    entry {
      balances[1] = 100;
      balances -= ("1");
    }
  }
}
