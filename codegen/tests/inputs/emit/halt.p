// raise halt stops a machine; events sent to it afterwards are dropped.
event eStop;
event eAfter;

machine Main {
  start state Init {
    entry {
      var w: machine;
      w = new Worker();
      send w, eStop;
      send w, eAfter;
    }
  }
}

machine Worker {
  start state Init {
    on eStop do {
      raise halt;
    }
    on eAfter do {
      assert false, "never handled";
    }
  }
}
