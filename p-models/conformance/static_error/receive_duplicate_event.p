// The receive statement has two cases for eReply; each event may appear in only one case.
// expect-error: duplicate-receive-case
event eReply: int;
event eTimeout;

machine Main {
  var got: int;
  start state Init {
    entry {
      send this, eReply, 1;
      receive {
        case eReply: (v: int) { got = v; }
        case eTimeout: { got = -1; }
        case eReply: (w: int) { got = w + 1; }
      }
    }
  }
}
