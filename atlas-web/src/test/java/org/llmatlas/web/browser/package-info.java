/** End-to-end tests in headless Debian Chromium (Selenium), with screenshots under {@code target/screenshots}. */
package org.llmatlas.web.browser;
