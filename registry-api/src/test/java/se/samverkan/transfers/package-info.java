/** Tests of the transfer advice capability: the service without a container, the API on Payara Micro. */
package se.samverkan.transfers;
