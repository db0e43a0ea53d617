// Main creates the interface ILogger, but no machine of the tested module is bound to ILogger.
// expect-error: module-not-closed
event eLog: int;
interface ILogger() receives eLog;

machine Logger {
  start state Init {
    ignore eLog;
  }
}

machine Main {
  var log: ILogger;
  start state Init {
    entry {
      log = new ILogger();
      send log, eLog, 1;
    }
  }
}

test tcMain [main=Main]: { Main, Logger };
