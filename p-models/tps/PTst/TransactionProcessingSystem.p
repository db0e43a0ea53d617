// Creates every component of both regions, wires them into the pipeline and
// forwards control requests from the test driver to the named component,
// which answers the driver directly.

type tSystemConfig = (batches: seq[seq[tRecord]],);

machine TransactionProcessingSystem {
  var directory: map[string, machine];

  start state Init {
    entry (config: tSystemConfig) {
      Build(config.batches);
      goto Serving;
    }
  }

  state Serving {
    on eControlReq do (req: tControlReq) {
      send Lookup(req.control.target), eControlReq, req;
    }
  }

  fun Build(batches: seq[seq[tRecord]]) {
    var region: tRegion;
    var name: string;
    var stages: seq[string];
    var queues: seq[string];
    var stage: int;
    var inDns: machine;
    var outDns: machine;

    queues = QueueNames();
    stages = StageNames();

    foreach (region in Regions()) {
      foreach (name in queues) {
        Register(QueueId(name, region), new Queue((name = name, region = region)));
      }
    }

    inDns = new Route53DNSFailoverQ((name = InDnsName(),
      primary = Lookup(QueueId(queues[0], REGION_1)),
      secondary = Lookup(QueueId(queues[0], REGION_2))));
    Register(DnsId(InDnsName()), inDns);
    outDns = new Route53DNSFailoverQ((name = OutDnsName(),
      primary = Lookup(QueueId(queues[sizeof(queues) - 1], REGION_1)),
      secondary = Lookup(QueueId(queues[sizeof(queues) - 1], REGION_2))));
    Register(DnsId(OutDnsName()), outDns);

    foreach (name in stages) {
      Register(DatabaseId(name, REGION_1), new AuroraGlobalDatabase((name = name,)));
    }

    foreach (region in Regions()) {
      stage = 0;
      while (stage < sizeof(stages)) {
        Register(ContainerId(stages[stage], region), new QAQContainer((
          name = stages[stage],
          region = region,
          input = Lookup(QueueId(queues[stage], region)),
          output = Lookup(QueueId(queues[stage + 1], region)),
          database = Lookup(DatabaseId(stages[stage], region)))));
        stage = stage + 1;
      }
    }

    Register(SourceId(), new RecordSourceDNSFailover((dns = inDns, batches = batches)));
    Register(DestinationId(), new RecordDestinationDNSFailover((dns = outDns,)));
  }

  fun Register(id: tComponentId, component: machine) {
    directory[ComponentKey(id)] = component;
  }

  fun Lookup(id: tComponentId): machine {
    assert ComponentKey(id) in directory, format("the system has no {0}", ComponentKey(id));
    return directory[ComponentKey(id)];
  }
}
