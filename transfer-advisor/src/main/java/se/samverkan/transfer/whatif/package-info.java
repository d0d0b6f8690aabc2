/**
 * Policy what-if: a year of transfers (CSV) replayed under a transport policy (JSON measures such as "prio 3
 * lying patients by road ambulance when the road trip is under N hours"), reporting per measure and for all
 * measures together the transfers moved, cost before and after, staff hours added and the net effect. Bad
 * rows are reported row by row and nothing is computed until every row is good.
 */
package se.samverkan.transfer.whatif;
