// An event is declared with the name halt, a keyword reserved for the built-in halt event.
// expect-error: parse-error
event halt;

machine Main {
  start state Init { }
}
