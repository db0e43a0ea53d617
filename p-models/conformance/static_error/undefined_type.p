// The field is declared with the type tConfig, which is declared nowhere.
// expect-error: undefined-type
machine Main {
  var config: tConfig;
  start state Init { }
}
