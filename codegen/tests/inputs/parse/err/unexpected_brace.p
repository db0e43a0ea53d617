// One `}` too many after the machine.
machine Main {
    start state Init { }
}
}
