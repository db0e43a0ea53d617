// Safety observes eAlarm, but no machine of the module may send eAlarm (Main's sends list excludes it).
// expect-error: invalid-assert
event eTick;
event eAlarm;

spec Safety observes eAlarm {
  start state Watching {
    ignore eAlarm;
  }
}

machine Main
sends eTick;
{
  start state Init {
    entry {
      send this, eTick;
    }
    ignore eTick;
  }
}

test tcMain [main=Main]: assert Safety in { Main };
