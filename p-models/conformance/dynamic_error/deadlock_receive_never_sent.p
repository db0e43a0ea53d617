// A machine blocked in receive on an event that nobody sends, with no other machine able to run, is a deadlock.
// expect: deadlock

event eNever;

machine Main {
  start state Init {
    entry {
      receive {
        case eNever: { }
      }
    }
  }
}
