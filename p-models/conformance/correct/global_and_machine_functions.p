// Global functions are shared by all machines; machine functions can read and write that machine's variables.
// expect: no-bug

event eResult: int;

fun Square(x: int): int {
  return x * x;
}

fun Describe(name: string, n: int): string {
  return format("{0}={1}", name, n);
}

machine Main {
  var base: int;

  start state Init {
    entry {
      base = 3;
      assert Square(base) == 9, "global function from a machine";
      assert AddToBase(4) == 7, "machine function reads a field";
      Scale(2);
      assert base == 6, "machine function writes a field";
      assert Describe("base", base) == "base=6", "global function with two parameters";
      new Helper(this);
    }
    on eResult do (r: int) {
      assert r == 25, "the other machine uses the same global function";
    }
  }

  fun AddToBase(x: int): int {
    return base + x;
  }

  fun Scale(k: int) {
    base = base * k;
  }
}

machine Helper {
  start state Run {
    entry (m: Main) {
      send m, eResult, Square(5);
    }
  }
}
