// Types shared by every component of the transaction processing system.

// recordId doubles as the record's position in publication order (1, 2, ...),
// which is what lets components recognise a record they have already handled.
type tRecord = (recordId: int, recordValue: int);

enum tRegion { REGION_1, REGION_2 }

// OP_DUPLICATE is a success: the operation had already been applied, so a
// retry after a failure does not apply it twice.
enum tOpStatus { OP_SUCCESS, OP_DUPLICATE, OP_UNAVAILABLE }

// A failed component remembers whom it turned away and sends them this when
// it recovers, so that they retry then instead of polling a dead component.
event eDependencyRecovered: (component: string);

fun Regions(): seq[tRegion] {
  var regions: seq[tRegion];
  regions += (0, REGION_1);
  regions += (1, REGION_2);
  return regions;
}

fun OtherRegion(region: tRegion): tRegion {
  if (region == REGION_1) {
    return REGION_2;
  }
  return REGION_1;
}

// Enums print as numbers; names keep traces and assertion messages readable.
fun RegionName(region: tRegion): string {
  if (region == REGION_1) {
    return "region-1";
  }
  return "region-2";
}
