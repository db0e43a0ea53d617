// The only return of Find is inside a while loop; P does not treat loops as returning on every path.
// expect-error: missing-return
fun Find(items: seq[int], target: int): int {
  var i: int;
  while (true) {
    if (items[i] == target) {
      return i;
    }
    i = i + 1;
  }
}

machine Main {
  var items: seq[int];
  var n: int;
  start state Init {
    entry {
      items += (0, 4);
      n = Find(items, 4);
    }
  }
}
