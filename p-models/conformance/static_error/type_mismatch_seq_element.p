// A seq[string] value is assigned to a seq[int] variable; element types must match.
// expect-error: type-mismatch-assign
machine Main {
  var nums: seq[int];
  var words: seq[string];
  start state Init {
    entry {
      words += (0, "a");
      nums = words;
    }
  }
}
