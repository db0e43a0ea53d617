// The receive statement waits for eResult, which is not a declared event.
// expect-error: undefined-event
event eReply;

machine Main {
  start state Init {
    entry {
      send this, eReply;
      receive {
        case eResult: { print "done"; }
      }
    }
  }
}
