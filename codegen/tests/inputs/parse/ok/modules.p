// The module system, tests and implementations.

event eReq;
machine Client { start state S { } }
machine Server receives eReq; { start state S { } }
machine Driver { start state S { } }
spec Safety observes eReq { start state S { } }
interface IServer() receives eReq;

param nClients: int;
param fast: bool;

module Clients = { Client };
module ServerMod = { Server -> IServer, Driver };
module System = union Clients, ServerMod;
module Composed = compose Clients, (ServerMod);
module Hidden = hidee eReq in System;
module HiddenI = hidei IServer in System;
module Renamed = rename Server to Server2 in System;
module WithMain = main Driver in System;
module Checked = assert Safety in System;

test tcBasic [main = Driver]: assert Safety in (union Clients, ServerMod, { Driver });
test tcRefine [main = Driver]: System refines Composed;
test param (nClients in [1, 2, 3], fast in [true, false]) tcParam [main = Driver]: System;
test param (nClients in [2, 4]) assume (nClients > 1) (2 wise) tcWise [main = Driver]: System;
implementation impl [main = Driver]: System;
implementation implNoMain: Clients;
