// A param is read-only wherever a variable could be written, and params
// share one namespace.

param n: int;
param fast: bool;

machine Main {
  start state Init {
    entry {
      foreach (n in default(seq[int])) {
      }
      fast = true;
      fast = n;
    }
  }
}

param n: bool;
