// foreach iterates directly over a map; P only iterates seqs and sets, maps must go through keys() or values().
// expect-error: foreach-non-collection
machine Main {
  var balances: map[int, int];
  var k: int;
  var total: int;
  start state Init {
    entry {
      balances[1] = 10;
      foreach (k in balances) {
        total = total + k;
      }
    }
  }
}
