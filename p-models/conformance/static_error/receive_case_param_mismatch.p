// The receive case for eReply (payload int) declares a string parameter.
// expect-error: receive-payload-mismatch
event eReply: int;

machine Main {
  start state Init {
    entry {
      send this, eReply, 5;
      receive {
        case eReply: (s: string) { print s; }
      }
    }
  }
}
