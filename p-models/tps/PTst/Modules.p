// Everything a test case runs except its main machine.
module TransactionProcessing = {
  RecordSourceDNSFailover,
  Route53DNSFailoverQ,
  Queue,
  QAQContainer,
  AuroraGlobalDatabase,
  RegionalDatabase,
  DatabaseReplicator,
  RecordDestinationDNSFailover,
  TransactionProcessingSystem,
  ScenarioDriver
};
