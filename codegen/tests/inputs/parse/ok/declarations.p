// Top-level declarations other than machines: types, enums, events,
// event sets, interfaces and parametric-test globals.

type tKey = int;
type tRecord = (key: tKey, payload: seq[string]);
type tPair = (int, bool);
type tNested = map[int, set[(id: int, tags: seq[string])]];
type ForeignHandle;

enum Colour { RED, GREEN, BLUE }
enum Status { OK = 200, NOT_FOUND = 404 }

event ePing;
event ePong: int;
event eWrite assert 2: tRecord;
event eRead assume 5;
event eLimited assert 1;

eventset Traffic = { ePing, ePong, halt };

interface IServer(machine) receives ePing, eWrite;
interface ISilent() receives;
interface IAny(tRecord);

param numClients: int;
param useCache, verbose: bool;
