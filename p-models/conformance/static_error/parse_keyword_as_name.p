// A variable is named send, which is a P keyword and cannot be used as an identifier.
// expect-error: parse-error
machine Main {
  var send: int;
  start state Init { }
}
