// The do-handler names the function HandlePing, which is declared nowhere.
// expect-error: undefined-function
event ePing;

machine Main {
  start state Init {
    on ePing do HandlePing;
  }
}
