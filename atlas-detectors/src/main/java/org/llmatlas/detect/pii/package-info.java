/** The PII detector: e-mail addresses, phone numbers, IBANs, payment cards and IP addresses, with spans. */
package org.llmatlas.detect.pii;
