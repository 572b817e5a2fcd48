/**
 * Test fixtures shared through the atlas-screen test-jar: a scripted OpenAI-compatible server with realistic,
 * varied answers and scriptable faults, for the engine, the evaluation side and the web app's tests.
 */
package org.llmatlas.screen.testing;
