// The receive statement lists eAck twice in one case's event list; each event may appear in only one case.
// expect-error: duplicate-receive-case
event eAck;

machine Main {
  start state Init {
    entry {
      send this, eAck;
      receive {
        case eAck, eAck: { print "acked"; }
      }
    }
  }
}
