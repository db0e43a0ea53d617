// The second stage: handler signatures and payload bindings are checked
// once the bodies are clean; all such errors are reported together.

event eNum: int;
event eNone;
event ePair: (int, int);

machine Main {
  start state Init {
    entry Setup;
    on eNum do OnText;
    on eNone goto Next;
    on ePair do (p: (int, string)) { }
  }
  state Next {
    entry (n: int) { }
    exit Leave;
  }
  fun Setup(a: int, b: int) { }
  fun OnText(s: string) { }
  fun Leave() { goto Init, 1, 2; }
}
