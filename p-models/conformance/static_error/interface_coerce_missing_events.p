// A Sender reference is coerced to IReceiver with to, but IReceiver accepts eData, which Sender does not receive.
// expect-error: bad-coercion
event eData;
event eAck;
interface IReceiver() receives eData, eAck;

machine Sender
receives eAck;
{
  start state Init {
    ignore eAck;
  }
}

machine Main {
  var s: Sender;
  var r: IReceiver;
  start state Init {
    entry {
      s = new Sender();
      r = s to IReceiver;
    }
  }
}
