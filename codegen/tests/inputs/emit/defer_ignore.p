// defer keeps an event queued until a later state; ignore drops one.
event eLater;
event eNoise;
event eGo;

machine Main {
  var handled: int;
  start state Waiting {
    defer eLater;
    ignore eNoise;
    entry {
      send this, eLater;
      send this, eNoise;
      send this, eGo;
    }
    on eGo goto Ready;
  }
  state Ready {
    ignore eNoise;
    on eLater do {
      handled = handled + 1;
      assert handled == 1;
    }
  }
}
