machine Main {
    start state Init {
        entry { }
    }
