/** The prompt-injection detector: instruction overrides, role-play overrides, prompt exfiltration, encodings. */
package org.llmatlas.detect.injection;
