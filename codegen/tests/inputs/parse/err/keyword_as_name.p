// `machine` is reserved: it cannot name a variable.
machine Main {
    var machine: int;
    start state Init { }
}
