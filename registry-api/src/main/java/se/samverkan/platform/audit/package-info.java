/** The audit trail: who changed which record, when, with its state before and after, in the same transaction. */
package se.samverkan.platform.audit;
