/** Tests of the transfer advisor, with a hand-made travel-time table so every figure can be checked by hand. */
package se.samverkan.transfer;
