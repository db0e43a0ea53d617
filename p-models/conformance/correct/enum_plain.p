// Plain enum elements are numbered 0, 1, 2 in declaration order, compare by identity and can be stored in collections.
// expect: no-bug

enum Light { Red, Yellow, Green }

fun Next(l: Light): Light {
  if (l == Red) {
    return Green;
  } else if (l == Green) {
    return Yellow;
  }
  return Red;
}

machine Main {
  var current: Light;

  start state Init {
    entry {
      var seen: set[Light];
      var counts: map[Light, int];
      var i: int;
      assert current == Red, "the default is the first element";
      while (i < 6) {
        seen += (current);
        if (current in counts) {
          counts[current] = counts[current] + 1;
        } else {
          counts[current] = 1;
        }
        current = Next(current);
        i = i + 1;
      }
      assert sizeof(seen) == 3, "the cycle visits every element";
      assert counts[Red] == 2 && counts[Yellow] == 2 && counts[Green] == 2, "each visited twice";
      assert Red != Yellow && Yellow != Green, "distinct elements";
      assert (Yellow to int) == 1, "declaration order numbering";
    }
  }
}
