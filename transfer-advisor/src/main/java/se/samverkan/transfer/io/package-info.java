/** Reading the advisor's text inputs: CSV records with their line numbers, JSON documents with named fields. */
package se.samverkan.transfer.io;
