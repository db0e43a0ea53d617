// Updating `m[k] = m[k] + 1` when k is absent reads the missing key first: a missing-key error.
// expect: missing-key

event eCount: string;

machine Main {
  var counts: map[string, int];

  start state Counting {
    entry {
      counts["a"] = 0;
      send this, eCount, "a";
      send this, eCount, "b";
    }
    on eCount do (k: string) {
      counts[k] = counts[k] + 1;
    }
  }
}
