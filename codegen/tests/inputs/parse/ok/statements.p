// Every statement form, in machine functions and handlers.

event eReq: (from: machine, n: int);
event eResp: int;
event eAlarm;

machine Main {
    var log: seq[string];
    var table: map[int, string];
    var members: set[machine];
    var pair: (int, (string, bool));
    var rec: (name: string, hits: seq[int]);

    start state Init {
        entry {
            var i: int;
            var m: machine;
            var ok: bool;

            i = 0;
            while (i < 3) {
                log += (i, format("step {0}", i));
                i = i + 1;
                if (i == 2) {
                    continue;
                } else if (i > 5) {
                    break;
                } else {
                    ;
                }
            }
            foreach (m in members)
                send m, eResp, i;
            table[1] = "one";
            table += (2, "two");
            table -= 1;
            members += (this);
            members -= this;
            pair.0 = 7;
            pair.1.0 = "x";
            rec.hits[0] = 3;
            rec.name = "n";
            m = new Helper(this);
            new Helper(this);
            Touch(1, "a");
            assert i == 3;
            assert ok || !ok, format("ok is {0}", ok);
            assume sizeof(log) >= 0;
            print "done";
            announce eAlarm;
            announce eResp, 5;
            send m, eReq, (from = this, n = 1);
            send m, eAlarm;
            if ($)
                raise eAlarm;
            {
                receive {
                    case eResp: (v: int) {
                        i = v;
                    }
                    case eAlarm, eReq: {
                    }
                }
            }
            goto Done, 5;
        }
    }

    state Done {
        entry (n: int) {
            return;
        }
    }

    fun Touch(k: int, s: string): bool {
        if (k in table)
            return true;
        raise eResp, k;
    }
}

machine Helper {
    start state S {
        entry (creator: machine) {
        }
    }
}
