// receive: cases with and without payloads, several events per case, a
// return from inside a case, and locals of cases.

event eValue: int;
event eAny: any;
event eDone;

machine Main {
  start state Init {
    entry {
      var n: int;
      n = Wait();
      while (n > 0) {
        receive {
          case eDone: { break; }
          case eValue: (v: int) { n = n - v; }
        }
      }
    }
  }

  fun Wait(): int {
    receive {
      case eValue, eAny: (v: any) {
        var copy: any;
        copy = v;
        return 1;
      }
      case eDone: { return 0; }
    }
  }
}
