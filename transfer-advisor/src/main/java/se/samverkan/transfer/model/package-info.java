/**
 * The transfer as coordinators describe it: from, to, the patient's need, the priority and the time window,
 * and the transport modes a region can choose from. Value objects validate in their constructors and name
 * the offending field in {@link se.samverkan.transfer.model.InvalidTransferException}.
 */
package se.samverkan.transfer.model;
