// The string contains a stray closing brace; a lone } must be written as }} in P strings.
// expect-error: format-malformed
machine Main {
  start state Init {
    entry {
      print "done }";
    }
  }
}
