// null fills tuple and named-tuple fields of machine and event type (also nested, in payloads, returns, goto and map keys), seq and map entries of machine type, and compares equal to itself and to unset references.
// expect: no-bug

type tReply = (id: int, from: machine);
event eAsk: (id: int, client: machine, tag: event);
event eReply: tReply;

fun PairOf(n: int): (int, machine) {
  return (n, null);
}

machine Main {
  var pair: (int, machine);
  var named: (who: machine, what: event, n: int);
  var nested: (int, (machine, event));
  var peers: seq[machine];
  var byId: map[int, machine];
  var worker: machine;
  var keyed: map[(int, event), int];

  start state Init {
    entry {
      var x: any;
      var back: (int, machine);
      var unset: machine;

      pair = (1, null);
      assert pair.0 == 1 && pair.1 == null, "a tuple field set to null is null";
      assert pair == (1, null) && (1, null) == pair, "a tuple equals a literal holding null";
      assert pair.1 == unset && null == pair.1, "null equals an unset reference";
      named = (who = null, what = null, n = 2);
      assert named.who == null && named.what == null && named.n == 2, "named-tuple fields hold null";
      assert named == (who = null, what = null, n = 2), "a named tuple equals its literal";
      nested = (3, (null, null));
      assert nested.1.0 == null && nested.1.1 == null, "nested tuple fields hold null";
      assert nested == (3, (null, null)), "a nested literal holding null compares equal";

      worker = new Worker();
      peers += (0, null);
      peers += (1, worker);
      assert sizeof(peers) == 2 && peers[0] == null && peers[1] == worker, "a seq of machines holds null";
      assert null in peers, "null is an element of the seq";
      byId[7] = null;
      byId += (8, worker);
      assert byId[7] == null && byId[8] != null, "a map of machines holds null";
      assert null in values(byId), "null is one of the map's values";
      keyed[(1, null)] = 12;
      assert (1, null) in keyed && keyed[(1, null)] == 12, "a tuple holding null is a map key";

      x = (4, null);
      assert x == (4, null), "an any holding a tuple with null equals the literal";
      back = x as (int, machine);
      assert back.0 == 4 && back.1 == null, "the tuple comes back out of the any";

      assert (5, null) == (5, null), "two literals holding null are equal";
      assert (5, null) != (6, null), "literals differing in another field are not";
      assert format("{0}", (7, null)) == "<7,,>", "null prints as empty text inside a tuple";
      assert format("[{0}]", null) == "[]", "null prints as empty text";
      assert format("{0}", (1, (null, 2))) == "<1,<,2,>,>", "also in a nested tuple";

      back = PairOf(9);
      assert back == (9, null), "a function returns a tuple literal holding null";

      send worker, eAsk, (id = 10, client = this, tag = null);
    }

    on eReply do (r: tReply) {
      assert r.id == 10 && r.from == null, "a payload field sent as null arrives as null";
      goto Done, (11, null);
    }
  }

  state Done {
    entry (p: (int, machine)) {
      assert p.0 == 11 && p.1 == null, "a goto payload holding null arrives intact";
    }
  }
}

machine Worker {
  start state Serve {
    on eAsk do (req: (id: int, client: machine, tag: event)) {
      assert req.tag == null, "an event field sent as null is null";
      send req.client, eReply, (id = req.id, from = null);
    }
  }
}
