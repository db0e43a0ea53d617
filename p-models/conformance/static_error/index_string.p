// A string is indexed with [ ]; strings are not collections in P.
// expect-error: index-non-collection
machine Main {
  var word: string;
  var c: string;
  start state Init {
    entry {
      word = "hello";
      c = word[0];
    }
  }
}
