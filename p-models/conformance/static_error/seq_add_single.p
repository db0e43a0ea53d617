// The single-value form += (value) is used on a seq; that form is only for sets, seqs need += (index, value).
// expect-error: add-non-set
machine Main {
  var items: seq[int];
  start state Init {
    entry {
      items += (42);
    }
  }
}
