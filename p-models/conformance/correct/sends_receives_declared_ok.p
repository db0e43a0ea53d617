// Machines with explicit `sends` / `receives` lists run without error when every send respects both lists.
// expect: no-bug

event ePing: machine;
event ePong: int;

machine Main sends ePing; receives ePong; {
  var pongs: int;

  start state Init {
    entry {
      var s: Server;
      s = new Server();
      send s, ePing, this;
      send s, ePing, this;
    }
    on ePong do (n: int) {
      pongs = pongs + 1;
      assert n == pongs, "pongs numbered in order";
    }
  }
}

machine Server receives ePing; sends ePong; {
  var count: int;

  start state Serve {
    on ePing do (m: machine) {
      count = count + 1;
      send m, ePong, count;
    }
  }
}
