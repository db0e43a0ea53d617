// An int is assigned to an enum variable; ints are not enum values.
// expect-error: type-mismatch-assign
enum Level { LOW, HIGH }

machine Main {
  var lvl: Level;
  start state Init {
    entry {
      lvl = 1;
    }
  }
}
