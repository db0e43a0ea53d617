// A variable needs a type after `:`.
machine Main {
    var count: ;
    start state Init { }
}
