// Machines, monitors and every kind of state item.

event eStart: int;
event eStop;
event eTick;
event eDone: (id: int, ok: bool);

machine Worker assume 4 receives eStart, eStop; sends eDone; receives eTick;
{
    var id: int;
    var seen, pending: seq[int];

    start state Init {
        entry (n: int) {
            id = n;
        }
        exit {
            pending = default(seq[int]);
        }
        defer eTick;
        ignore eStop, halt;
        on eStart goto Running;
        on null goto Idle with Log;
    }

    hot state Running {
        entry Log;
        exit Log;
        on eTick, eStart do Log;
        on eStop do (x: int) {
            seen += (sizeof(seen), x);
        }
        on eDone goto Idle with (d: (id: int, ok: bool)) {
            assert d.ok, "worker failed";
        }
    }

    cold state Idle {
    }

    fun Log() {
        print format("worker {0}", id);
    }

    fun Add(a: int, b: int): int {
        return a + b;
    }
}

machine Quiet receives; sends;
{
    start state S {
    }
}

spec Watcher observes eStart, eDone {
    var starts: int;

    start cold state Waiting {
        on eStart do {
            starts = starts + 1;
            goto Busy;
        }
    }

    hot state Busy {
        on eDone goto Waiting;
    }
}

scenario Coverage observes eTick {
    start state Counting {
        ignore eTick;
    }
}
