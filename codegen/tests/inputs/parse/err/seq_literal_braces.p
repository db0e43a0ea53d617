// P has no sequence literal: `{| 1, 2 |}` comes from a proposal that was
// never merged into P's grammar (p-org/P pull request 901), so it is not an
// expression here either. Sequences are built with `+=`.
machine Main {
    start state Init {
        entry {
            var s: seq[int];
            s = {| 1, 2 |};
        }
    }
}
