// `on` needs the events it handles.
event e;
machine Main {
    start state Init {
        on do Handle;
    }
    fun Handle() { }
}
