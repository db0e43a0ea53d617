// The assignment lacks its `;`: the caret goes right after `1`.
machine Main {
    var n: int;
    start state Init {
        entry {
            n = 1
            n = 2;
        }
    }
}
